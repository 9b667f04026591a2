import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, ArticleId, Entity, EntityId, Event } from '../core/model.js';
import { readingOf } from './_links.js';
import { frameSources } from './framing.js';

// Two made-up reports of the same talks: one in praise of Norland, one critical of it.
const NORLAND = 'E1' as EntityId, MINISTRY = 'E2' as EntityId;

function report(id: string, sentences: string[]): AnalyzedArticle {
  const text = sentences.join(' ');
  let at = 0;
  const spans = sentences.map((s) => { const span = { start: at, end: at + s.length, text: s }; at += s.length + 1; return span; });
  const mentions = spans.flatMap((s) => [...s.text.matchAll(/Norland(?:ic Foreign Ministry)?/g)].map((m) => ({
    start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: m[0],
    type: m[0] === 'Norland' ? 'LOC' as const : 'ORG' as const, entity: m[0] === 'Norland' ? NORLAND : MINISTRY,
  })));
  return {
    id: id as ArticleId, origin: `${id}.txt`, source: { name: id }, language: 'eng', text, diagnostics: [],
    segments: [{ start: 0, end: text.length, kind: 'body' }], sentences: spans.map(({ start, end, text }) => ({ start, end, text, tokenStart: 0, tokenEnd: 0 })), mentions,
    events: [{ start: 0, end: 7, text: 'Norland', type: 'CONSULT', actor: { start: 0, end: 7, text: 'Norland', entity: NORLAND }, negated: false, hedged: false } as Event],
  };
}

const entities: Entity[] = [
  { id: NORLAND, type: 'LOC', name: 'Norland', aliases: [{ text: 'Norland', articles: ['praise', 'critic'] as ArticleId[] }], count: 6 } as Entity,
  { id: MINISTRY, type: 'ORG', name: 'Norlandic Foreign Ministry', affiliation: 'Norland', aliases: [{ text: 'Norlandic Foreign Ministry', articles: ['critic'] as ArticleId[] }], count: 1 } as Entity,
];

test('tone toward an actor ranks the praising source above the critical one, officials speaking for their state', () => {
  const praise = report('praise', [
    'Norland hosted peace talks in its capital.',
    'Norland showed a steadfast commitment to dialogue and reconciliation.',
    'Observers called the talks constructive.',
  ]);
  const critic = report('critic', [
    'Norland hosted talks in its capital.',
    'Norland is taking advantage of the war to advance its own interests.',
    'The Norlandic Foreign Ministry repeated a familiar narrative of meddling abroad.',
  ]);
  const framing = frameSources([praise, critic], entities, [], readingOf([praise, critic]));
  const toward = (i: number) => framing[i]!.toward.find((t) => t.entity === NORLAND)!;
  assert.ok(toward(0).score > 0, `praise scores ${toward(0).score}`);
  assert.ok(toward(1).score < 0, `critic scores ${toward(1).score}`);
  assert.equal(toward(1).sentences, 3, 'the ministry sentence counts toward Norland');
  assert.ok(toward(0).score <= 1 && toward(1).score >= -1);
});
