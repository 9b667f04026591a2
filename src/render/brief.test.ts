import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleId, Fact } from '../core/model.js';
import { BRIEF_LIMITS, buildBrief, factLines, shortForm } from './brief.js';
import { claimOn, FIXTURE_ARTICLES, FIXTURE_STORY, fixtureFact, gazette, herald, times } from './_fixture.js';

const brief = buildBrief(FIXTURE_STORY, FIXTURE_ARTICLES);

test('facts are split by status, in the story order, each citing its claims with the source name', () => {
  assert.deepEqual(brief.conflicts.items.map((f) => f.id), ['Finjured']);
  assert.deepEqual(brief.agreed.items.map((f) => f.id), ['Fclosed', 'Fsafe']);
  assert.deepEqual(brief.single.items.map((f) => f.id), ['Finspected', 'Fhospital']);
  assert.deepEqual(factLines(brief).map((f) => f.id), ['Finjured', 'Fclosed', 'Fsafe', 'Finspected', 'Fhospital']);
  const byId = new Map(FIXTURE_ARTICLES.map((a) => [a.id as string, a]));
  for (const f of factLines(brief)) for (const c of f.claims.items) {
    assert.equal(byId.get(c.article)!.text.slice(c.start, c.end), c.text, 'a citation points at its words');
    assert.equal(c.source, byId.get(c.article)!.source.name);
  }
  const [injured] = brief.conflicts.items;
  assert.equal(injured!.claims.items[1]!.later, true);
  assert.equal(injured!.claims.short, BRIEF_LIMITS.conflictClaims);
  assert.equal(brief.agreed.items[0]!.claims.short, BRIEF_LIMITS.claims);
});

test('a conflict carries its sides, each version once, largest first; other facts carry none', () => {
  const sides = brief.conflicts.items[0]!.sides!;
  assert.deepEqual(sides.map((s) => s.label), ['at least 12', '14']);
  assert.deepEqual(sides.map((s) => s.claims.map((c) => c.article)), [[herald.id], [times.id]]);
  assert.equal(brief.agreed.items[0]!.sides, undefined);
});

test('what happened: conflicts, then agreed facts, never quotes; single-source events and figures when nothing is shared', () => {
  assert.equal(brief.happened.headline, FIXTURE_STORY.title);
  assert.deepEqual(brief.happened.facts.map((f) => f.fact), ['Finjured', 'Fclosed']);
  assert.equal(brief.happened.fromOneSource, false);
  const alone = buildBrief({ ...FIXTURE_STORY, facts: FIXTURE_STORY.facts.filter((f) => f.status === 'single').reverse() }, FIXTURE_ARTICLES);
  assert.equal(alone.happened.fromOneSource, true);
  assert.deepEqual(alone.happened.facts.map((f) => f.fact), ['Finspected', 'Fhospital'], 'the event before the figure');
  // of single-source events, the one its report tells first (its lead), whatever the facts' order
  const later = fixtureFact('Fsaid', 'event', 'single', 'Hale said nobody would cross', [claimOn(gazette, 'Hale said nobody would cross it again until it was safe.')]);
  const two = buildBrief({ ...FIXTURE_STORY, facts: [later, ...FIXTURE_STORY.facts.filter((f) => f.id === 'Finspected')] }, FIXTURE_ARTICLES);
  assert.deepEqual(two.happened.facts.map((f) => f.fact), ['Finspected', 'Fsaid']);
});

test('sources: one line per article in story order, with what was set aside and what only it states', () => {
  assert.deepEqual(brief.sources.map((s) => s.name), ['Valley Herald', 'River Times', 'Hill Gazette']);
  const [h, t, g] = brief.sources;
  assert.deepEqual(h!.setAside.map((x) => x.kind), ['title', 'caption'], 'non-body kinds in their fixed order');
  assert.equal(h!.setAside[1]!.segments[0]!.text, 'The broken span, seen from the east bank.\n');
  assert.equal(h!.facts, 3);
  assert.deepEqual(t!.unique, ['Fhospital']);
  assert.deepEqual(g!.omitted, ['Fclosed']);
  assert.equal(g!.published, undefined);
  assert.equal(h!.language, undefined, 'English is not named');
  assert.equal(h!.characters, herald.text.length);
});

test('timeline, entities and framing', () => {
  assert.deepEqual(brief.timeline.items.map((t) => [t.date, t.fact, t.inheritedFrom, t.sources]), [
    ['2031-03-03', 'Fclosed', undefined, ['Valley Herald', 'River Times']],
    ['2031-03-04', 'Finspected', 'the Valley Herald', ['Hill Gazette']],
  ]);
  assert.deepEqual(brief.entities.items.map((e) => e.name), ['Ines Hale', 'Elm Ford', 'town council'], 'an entity with no mention is left out');
  assert.deepEqual(brief.entities.items[0]!.alsoSpelled, ['Hale']);
  assert.equal(brief.entities.items[0]!.articles, 2);
  assert.deepEqual(brief.framing.actors.items.map((a) => a.name), ['Ines Hale', 'town council']);
  assert.deepEqual(brief.framing.rows.map((r) => r.tones.map((t) => t?.score ?? null)), [[0.4, -0.1], [null, -0.2], [0.3, null]]);
});

test('the short form is a prefix of the full lists and knows how many it leaves out', () => {
  const many: Fact[] = Array.from({ length: BRIEF_LIMITS.single + 3 }, (_, i) =>
    fixtureFact(`Fmany${i}`, 'event', 'single', `statement ${i}`, [claimOn(gazette, 'Engineers inspected what was left of the bridge.')]));
  const big = buildBrief({ ...FIXTURE_STORY, facts: many }, FIXTURE_ARTICLES);
  assert.equal(big.single.items.length, BRIEF_LIMITS.single + 3);
  const { shown, more } = shortForm(big.single);
  assert.deepEqual(shown, big.single.items.slice(0, BRIEF_LIMITS.single));
  assert.equal(more, 3);
});

test('an article missing from the list is named by its id and has no source line', () => {
  const partial = buildBrief(FIXTURE_STORY, [herald, times]);
  assert.deepEqual(partial.sources.map((s) => s.article), [herald.id, times.id]);
  const cited = partial.agreed.items[1]!.claims.items.find((c) => c.article === (gazette.id as ArticleId))!;
  assert.equal(cited.source, gazette.id);
});
