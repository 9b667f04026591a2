import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedArticle, ArgRef, ArticleId, Entity, EntityType, Mention, Segment } from '../../core/model.js';
import { loadCountries } from './countries.js';
import { gazetteerOf, type Place } from './gazetteer.js';
import { chainArticle } from './in-article.js';
import { participantLinks } from './link-refs.js';
import { readStory } from '../reading.js';
import { canonicalName, resolveStoryEntities } from './story-entities.js';

// Three short articles of our own about one made-up round of talks, with the mentions a tagger
// would give (some mistyped, as taggers do), and a reader comment that is not the story's.

type Spec = [string, EntityType][];

function article(id: string, body: string, names: Spec, comment?: { text: string; names: Spec }): AnalyzedArticle {
  const text = comment ? `${body}\n\n${comment.text}` : body;
  const segments: Segment[] = [{ start: 0, end: body.length, kind: 'body' }];
  if (comment) segments.push({ start: body.length, end: text.length, kind: 'comment' });
  const mentions: Mention[] = [];
  const find = (spec: Spec, from: number) => {
    let pos = from;
    for (const [name, type] of spec) {
      const start = text.indexOf(name, pos);
      assert.ok(start >= 0, `${id}: ${name}`);
      mentions.push({ start, end: start + name.length, text: name, type });
      pos = start + name.length;
    }
  };
  find(names, 0);
  if (comment) find(comment.names, body.length);
  return { id: id as ArticleId, origin: `${id}.txt`, source: { name: id }, language: 'eng', text, segments, mentions, diagnostics: [] };
}

const A1 = article('a1',
  'Kremlin spokesman Dmitry Peskov said Russia would keep talking to Hamas. Mahmoud Abbas is expected in Moscow. ' +
  'Abbas met Vladimir Putin last year. Putin’s aide declined to comment. The Kremlin spokesman added that more talks were planned.',
  [['Kremlin', 'ORG'], ['Dmitry Peskov', 'PER'], ['Russia', 'LOC'], ['Hamas', 'ORG'], ['Mahmoud Abbas', 'PER'], ['Moscow', 'LOC'],
    ['Abbas', 'PER'], ['Vladimir Putin', 'PER'], ['Putin', 'MISC'], ['Kremlin', 'ORG']]);
const A2 = article('a2',
  'Iran’s Deputy Foreign Minister Ali Bagheri Kani visited Moscow. Mahmud Abbas will follow. The delegation was led by ' +
  'Moussa Abu Marzouk, a senior Hamas official. Aba Marzouk said the US had failed. Volodymyr Zelensky was not invited. ' +
  'Protests took place in Hebron and in the Gaza Strip.',
  [['Iran', 'LOC'], ['Ali Bagheri Kani', 'PER'], ['Moscow', 'LOC'], ['Mahmud Abbas', 'PER'], ['Moussa Abu Marzouk', 'PER'], ['Hamas', 'ORG'],
    ['Aba Marzouk', 'ORG'], ['US', 'ORG'], ['Volodymyr Zelensky', 'PER'], ['Hebron', 'LOC'], ['Gaza Strip', 'LOC']]);
const A3 = article('a3',
  'Ali Baghiri Kani and Marzouk met in Tehran. Israeli officials protested. Gaza was shelled again. ' +
  'The United States and the Russian Foreign Ministry commented.',
  [['Ali Baghiri Kani', 'PER'], ['Marzouk', 'PER'], ['Tehran', 'LOC'], ['Israeli', 'MISC'], ['Gaza', 'LOC'], ['United States', 'LOC'],
    ['Russian Foreign Ministry', 'ORG']],
  { text: 'Comment: Putin is great.', names: [['Putin', 'PER']] });

const place = (name: string, country: string, population: number, lat: number, lon: number, feature = 'PPL'): Place => ({ name, country, population, lat, lon, feature });
const gazetteer = gazetteerOf([
  place('Moscow', 'RU', 10_000_000, 55.75, 37.62, 'PPLC'), place('Moscow', 'US', 25_000, 46.73, -117.0, 'PPLA2'),
  place('Hebron', 'PS', 160_000, 31.53, 35.09, 'PPLA2'), place('Hebron', 'US', 9_000, 39.07, -84.7),
  place('Tehran', 'IR', 7_000_000, 35.69, 51.42, 'PPLC'), place('Washington, D.C.', 'US', 600_000, 38.9, -77.04, 'PPLC'),
  place('Jerusalem', 'IL', 800_000, 31.77, 35.22, 'PPLA'),
]);

const countries = loadCountries();
const result = resolveStoryEntities([A1, A2, A3], 'S', { gazetteer: () => gazetteer, countries });
const reading = readStory(result);
const byAlias = (alias: string): Entity => {
  const found = result.entities.filter((e) => e.aliases.some((a) => a.text === alias));
  assert.equal(found.length, 1, `one entity spelt "${alias}": ${found.map((e) => e.name).join(', ')}`);
  return found[0]!;
};
const aliases = (e: Entity) => e.aliases.map((a) => a.text).sort();

test('spellings of one person across articles make one entity', () => {
  assert.deepEqual(aliases(byAlias('Mahmoud Abbas')), ['Abbas', 'Mahmoud Abbas', 'Mahmud Abbas']);
  assert.deepEqual(aliases(byAlias('Vladimir Putin')), ['Putin', 'Vladimir Putin']);
  assert.deepEqual(aliases(byAlias('Moussa Abu Marzouk')), ['Aba Marzouk', 'Marzouk', 'Moussa Abu Marzouk']);
  const kani = byAlias('Ali Bagheri Kani');
  assert.deepEqual(aliases(kani), ['Ali Bagheri Kani', 'Ali Baghiri Kani']);
  assert.equal(kani.name, 'Ali Bagheri Kani');
  assert.equal(byAlias('Moussa Abu Marzouk').name, 'Moussa Abu Marzouk');   // the fullest form
  assert.equal(byAlias('Moussa Abu Marzouk').type, 'PER');                  // one mention typed ORG does not matter
  assert.deepEqual(byAlias('Mahmud Abbas').aliases.find((a) => a.text === 'Abbas'), { text: 'Abbas', count: 1, articles: ['a1'] });
});

test('people who share a name part stay apart', () => {
  assert.notEqual(byAlias('Vladimir Putin'), byAlias('Volodymyr Zelensky'));
  assert.notEqual(byAlias('Moussa Abu Marzouk'), byAlias('Mahmoud Abbas'));
  assert.notEqual(byAlias('Dmitry Peskov'), byAlias('Ali Bagheri Kani'));
});

test('roles, affiliations and countries from context', () => {
  const peskov = byAlias('Dmitry Peskov');
  assert.deepEqual(peskov.roles, ['spokesman']);
  assert.equal(peskov.affiliation, 'Kremlin');
  assert.equal(peskov.country, 'RU');
  const kani = byAlias('Ali Bagheri Kani');
  assert.deepEqual(kani.roles, ['deputy foreign minister']);
  assert.equal(kani.country, 'IR');
  assert.equal(byAlias('Moussa Abu Marzouk').affiliation, 'Hamas');
  assert.equal(byAlias('Israeli').country, 'IL');
  assert.equal(byAlias('Russian Foreign Ministry').country, 'RU');
});

test('places: countries, regions and cities, geocoded in the story’s countries', () => {
  const gaza = byAlias('Gaza');
  assert.equal(gaza, byAlias('Gaza Strip'));
  assert.equal(gaza.name, 'Gaza Strip');
  assert.equal(gaza.geo?.country, 'PS');
  assert.equal(byAlias('Hebron').geo?.country, 'PS');
  assert.equal(byAlias('Moscow').geo?.country, 'RU');
  const us = byAlias('US');
  assert.equal(us, byAlias('United States'));
  assert.equal(us.type, 'LOC');
  assert.equal(us.geo?.country, 'US');
  const kremlin = byAlias('Kremlin');
  assert.equal(kremlin.type, 'ORG');
  assert.equal(kremlin.country, 'RU');
  assert.notEqual(kremlin, byAlias('Russia'));     // the seat of government is affiliated, not merged
  assert.notEqual(byAlias('Moscow'), byAlias('Russia'));
});

test('mentions are linked to their entities; a comment’s are not', () => {
  for (const a of [A1, A2, A3]) {
    for (const m of a.mentions!) {
      const inComment = a.segments.find((s) => s.start <= m.start && m.start < s.end)?.kind === 'comment';
      assert.equal(reading.entityId(a.id, m, 'mention') === undefined, inComment, `${a.id} ${m.text}`);
    }
  }
  assert.ok(result.links.every((l) => l.kind === 'mention'));
  assert.equal(result.links.length, [A1, A2, A3].reduce((n, a) => n + a.mentions!.filter((m) => reading.entityId(a.id, m, 'mention')).length, 0));
  const counts = result.entities.map((e) => e.count);
  assert.deepEqual(counts, [...counts].sort((x, y) => y - x));
  assert.equal(result.entities[0]!.id, 'S-E1');
});

test('quote and event refs take the entity their span names', () => {
  const a1: AnalyzedArticle = { ...A1 };
  const ref = (text: string, from = 0): ArgRef => { const start = a1.text.indexOf(text, from); return { start, end: start + text.length, text }; };
  const spokesman = a1.text.indexOf('The Kremlin spokesman');
  a1.quotes = [{ ...ref('more talks were planned'), direct: false, speaker: ref('The Kremlin spokesman', spokesman) }];
  a1.events = [{ ...ref('met'), type: 'CONSULT', actor: ref('Abbas', a1.text.indexOf('Abbas met')), target: ref('Vladimir Putin'), negated: false, hedged: false }];
  const before = JSON.stringify(a1);
  const links = participantLinks(a1, result.entities, (m) => reading.entityId(a1.id, m, 'mention'), countries);
  const linked = readStory({ entities: result.entities, links });
  assert.ok(links.every((l) => l.kind === 'participant' && l.article === a1.id));
  assert.equal(linked.entityId(a1.id, a1.quotes[0]!.speaker, 'participant'), byAlias('Dmitry Peskov').id);
  assert.equal(linked.entityId(a1.id, a1.events[0]!.actor, 'participant'), byAlias('Mahmoud Abbas').id);
  assert.equal(linked.entityId(a1.id, a1.events[0]!.target, 'participant'), byAlias('Vladimir Putin').id);
  assert.equal(linked.country(a1.id, a1.quotes[0]!.speaker), 'RU', 'a participant takes its linked entity’s country');
  assert.equal(JSON.stringify(a1), before, 'the article is not changed');
});

test('canonical names: a person in full, a body spelled out', () => {
  const alias = (text: string, count: number, articles = 1) => ({ text, count, articles: Array.from({ length: articles }, (_, i) => `a${i}` as ArticleId) });
  assert.equal(canonicalName([alias('Putin', 9, 3), alias('Vladimir Putin', 2, 2)], true), 'Vladimir Putin');
  assert.equal(canonicalName([alias('Ali Bagger Kani', 1), alias('Ali Baghiri Kani', 1), alias('Ali Bagheri Kani', 1)], true), 'Ali Bagheri Kani');
  assert.equal(canonicalName([alias('UN', 5, 3), alias('United Nations', 1)], false), 'United Nations');
  assert.equal(canonicalName([alias('Betty Ford', 8, 4), alias('Into Betty Ford Clinic', 1)], false), 'Betty Ford');
});

test('in one article: a headline short form joins the full name that follows; a capital speaking for its state is marked', () => {
  const text = 'Abbas to visit Moscow\nPalestinian leader Mahmoud Abbas will travel next week. Moscow insists the visit is routine.';
  const spec: Spec = [['Abbas', 'PER'], ['Moscow', 'LOC'], ['Palestinian', 'MISC'], ['Mahmoud Abbas', 'PER'], ['Moscow', 'LOC']];
  const a = article('h1', text, spec);
  const chains = chainArticle(a.text, a.id, 0, a.mentions!, loadCountries());
  const abbas = chains.find((c) => c.kind === 'person')!;
  assert.deepEqual(abbas.mentions.map((m) => m.text), ['Abbas', 'Mahmoud Abbas']);
  assert.equal(abbas.name, 'Mahmoud Abbas');
  assert.deepEqual(abbas.roles, ['leader']);
  assert.deepEqual(abbas.countries, ['PS']);
  const moscow = chains.find((c) => c.name === 'Moscow')!;
  assert.equal(moscow.mentions.length, 2);
  assert.equal(moscow.metonymic, true);
  assert.equal(chains.find((c) => c.kind === 'demonym')?.key, 'demonym:PS');
});

test('a surname two full names of the article share joins neither of them', () => {
  const text = 'The victim was Dale Prent. His mother, Ann Prent, spoke. "He was kind," said Prent. Tom Reed came too, Reed said.';
  const at = (t: string, from = 0) => { const start = text.indexOf(t, from); return { start, end: start + t.length, text: t, type: 'PER' as const }; };
  const mentions = [at('Dale Prent'), at('Ann Prent'), at('Prent', text.indexOf('said Prent')), at('Tom Reed'), at('Reed', text.indexOf('Reed said'))];
  const chains = chainArticle(text, 'a' as ArticleId, 0, mentions, loadCountries());
  const of = (name: string) => chains.find((c) => c.name === name)?.mentions.map((m) => m.text);
  assert.deepEqual(of('Dale Prent'), ['Dale Prent']);
  assert.deepEqual(of('Ann Prent'), ['Ann Prent']);
  assert.deepEqual(of('Prent'), ['Prent']);
  assert.deepEqual(of('Tom Reed'), ['Tom Reed', 'Reed'], 'a surname one full name has joins it');
});
