import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../core/model.js';
import { BRIEF_LIMITS, buildBrief } from './brief.js';
import { renderText } from './text.js';
import { claimOn, FIXTURE_ARTICLES, FIXTURE_STORY, fixtureFact, herald } from './_fixture.js';
import { INCIDENT, INCIDENT_ARTICLES, INCIDENT_STORY } from './_incident.js';

test('the terminal brief names the story, what happened, the sources and every section of the short form', () => {
  const text = renderText([buildBrief(FIXTURE_STORY, FIXTURE_ARTICLES)]);
  const lines = text.split('\n');
  assert.equal(lines[0], '3 articles from 3 sources, 1 story');
  assert.equal(lines[2], 'Story 1: Footbridge at Elm Ford collapses  [Sfixture]');
  assert.equal(lines[3], '  What happened:');
  assert.equal(lines[4], '    - 12 vs 14 people injured [conflict, 2 sources]');
  for (const heading of ['3 articles:', 'Conflicts:', 'Agreed by several sources:', 'Stated by one source only:', 'Timeline:', 'Main entities:'])
    assert.ok(lines.includes(`  ${heading}`), heading);
  assert.ok(lines.includes('    - "Footbridge at Elm Ford collapses" (Valley Herald, 2031-03-04)'));
  assert.ok(lines.includes('      not body: 1 title: "Footbridge at Elm Ford collapses"; 1 caption: "The broken span, seen from the east ban…"'));
  assert.ok(lines.includes(`        River Times (later): "Fourteen people were injured in the collapse of the Elm Ford footbridge." [${FIXTURE_STORY.facts[0]!.claims[1]!.start}-${FIXTURE_STORY.facts[0]!.claims[1]!.end}]`));
  assert.ok(lines.includes('    2031-03-04* engineers inspected the bridge (Hill Gazette)'));
  assert.ok(lines.includes('    Ines Hale (PER): 2 mentions in 2 articles; also "Hale"'));
  assert.ok(lines.includes('  Framing (tone -1..+1 toward Ines Hale, town council; opinion share):'));
  assert.ok(lines.includes('    River Times: Ines Hale   –  , town council -0.20; opinion 0%'));
  assert.ok(!text.includes('more'), 'nothing is left out of a brief this small');
});

test('the terminal brief says how many items and claims its short form leaves out', () => {
  const claim = claimOn(herald, 'The town council closed the crossing the same evening.');
  const many: Fact[] = Array.from({ length: BRIEF_LIMITS.agreed + 2 }, (_, i) => fixtureFact(`F${i}`, 'event', 'agreed', `statement ${i}`, Array(5).fill(claim)));
  const text = renderText([buildBrief({ ...FIXTURE_STORY, facts: many }, FIXTURE_ARTICLES)]);
  assert.match(text, /\n {4}… and 2 more facts \(report\.html and the web UI list them all\)\n/);
  assert.match(text, /\n {8}… and 2 more claims\n/);
  assert.ok(!text.includes(`statement ${BRIEF_LIMITS.agreed}`));
});

test('the terminal brief opens the story with its incident record, each value pointing to its sentences', () => {
  const text = renderText([buildBrief(INCIDENT_STORY, INCIDENT_ARTICLES)]);
  const lines = text.split('\n');
  assert.equal(lines[3], '  Incident record: ASSAULT');
  assert.equal(lines[4], '    when: 2031-05-11 [agreed, 3 sources: Millbrook Ledger, Valley Courier, Evening Post]  s1 s2 s3');
  assert.equal(lines[5], '    where: Harlow Springs (Ohio, US · 40.21, -82.71) [agreed, 3 sources: Millbrook Ledger, Valley Courier, Evening Post]  s1 s2 s3');
  assert.ok(lines.includes('    injured: 3 (2 sources: Millbrook Ledger, Valley Courier) — also 4 (1 source: Evening Post, later report) [conflict]  3: s1 s2; 4: s3'));
  assert.ok(lines.includes('    arrested: 1 [one source only: Millbrook Ledger]  s4'));
  assert.ok(lines.includes('    victim: Dana Ruiz, 34 (1 source: Millbrook Ledger)  s5'));
  assert.ok(lines.includes('    suspect: Mark Ellis, 19 (2 sources: Millbrook Ledger, Valley Courier)  s4 s6'));
  const s4 = INCIDENT.figures[2]!.claims[0]!;
  assert.ok(lines.includes(`      s4 Millbrook Ledger [${s4.start}-${s4.end}]: "${s4.text}"`));
  assert.ok(lines.indexOf('  What happened:') > lines.indexOf('    sentences:'), 'the record comes first');
});

test('a story without an incident record shows none', () => {
  assert.doesNotMatch(renderText([buildBrief(FIXTURE_STORY, FIXTURE_ARTICLES)]), /Incident record/);
});
