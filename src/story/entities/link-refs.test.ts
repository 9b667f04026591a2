import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, ArticleId, Entity, EntityId, Mention } from '../../core/model.js';
import { loadCountries } from './countries.js';
import { participantLinks } from './link-refs.js';

// A sentence written for this test: which entity a speaker's phrase stands for.
const TEXT = 'The port will reopen, Northern diplomats said. The Ministry of Ports said it would. Talia Morn\'s aide said it was late.';
const at = (text: string) => { const start = TEXT.indexOf(text); return { start, end: start + text.length, text }; };
const ENTITIES: Entity[] = [
  { id: 'E1' as EntityId, name: 'Northern', type: 'MISC', aliases: [], count: 1 },
  { id: 'E2' as EntityId, name: 'Ministry of Ports', type: 'ORG', aliases: [], count: 1 },
  { id: 'E3' as EntityId, name: 'Talia Morn', type: 'PER', aliases: [], count: 1 },
];
const MENTIONS: Mention[] = [{ ...at('Northern'), type: 'MISC' }, { ...at('Ministry of Ports'), type: 'ORG' }, { ...at('Talia Morn'), type: 'PER' }];
const ARTICLE: AnalyzedArticle = {
  id: 'a' as ArticleId, origin: 'a.txt', source: { name: 'a' }, language: 'eng', text: TEXT, diagnostics: [],
  segments: [{ start: 0, end: TEXT.length, kind: 'body' }], mentions: MENTIONS,
  quotes: [{ ...at('The port will reopen'), direct: false, speaker: at('Northern diplomats') }, { ...at('it would'), direct: false, speaker: at('The Ministry of Ports') },
    { ...at('it was late'), direct: false, speaker: at('Talia Morn\'s aide') }],
};

test('a word that describes the people a phrase names ("Northern diplomats") or a person\'s possessive ("Talia Morn\'s aide") is not who spoke; a body\'s name is', () => {
  const entityOf = (m: Mention) => ENTITIES.find((e) => e.name === m.text)?.id;
  const links = participantLinks(ARTICLE, ENTITIES, entityOf, loadCountries());
  const linked = (text: string) => links.find((l) => l.start === TEXT.indexOf(text))?.entity;
  assert.equal(linked('Northern diplomats'), undefined);
  assert.equal(linked('The Ministry of Ports'), 'E2');
  assert.equal(linked('Talia Morn\'s aide'), undefined);
});

test('a place\'s police or coroner is not the place ("Brookvale police said")', () => {
  const text = 'The man was arrested, Brookvale police said. The boy died, Brookvale said.';
  const span = (t: string, from = 0) => { const start = text.indexOf(t, from); return { start, end: start + t.length, text: t }; };
  const town: Entity = { id: 'E9' as EntityId, name: 'Brookvale', type: 'LOC', aliases: [], count: 2 };
  const second = text.indexOf('Brookvale said');
  const article: AnalyzedArticle = {
    ...ARTICLE, text, segments: [{ start: 0, end: text.length, kind: 'body' }],
    mentions: [{ ...span('Brookvale'), type: 'LOC' }, { ...span('Brookvale', second), type: 'LOC' }],
    quotes: [{ ...span('The man was arrested'), direct: false, speaker: span('Brookvale police') }, { ...span('The boy died'), direct: false, speaker: span('Brookvale', second) }],
  };
  const links = participantLinks(article, [town], () => town.id, loadCountries());
  assert.equal(links.find((l) => l.start === text.indexOf('Brookvale police'))?.entity, undefined);
  assert.equal(links.find((l) => l.start === second)?.entity, 'E9');
});
