import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildBrief, factLines, type Brief } from './brief.js';
import { renderReport } from './html.js';
import { renderText } from './text.js';
import { FIXTURE_ARTICLES, FIXTURE_STORY } from './_fixture.js';

// The terminal brief and report.html render one Brief: they must name the same things in the same order.

const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Where each of `needles` occurs in `hay`, each searched after the one before; -1 when missing. */
function inOrder(hay: string, needles: readonly string[], from = 0): number[] {
  let at = from;
  return needles.map((n) => {
    const i = hay.indexOf(n, at);
    if (i >= 0) at = i + n.length;
    return i;
  });
}

function assertNamesInOrder(brief: Brief, text: string, html: string) {
  const check = (what: string, names: string[], textStart: string, htmlStart: string) => {
    const t = inOrder(text, names, text.indexOf(textStart));
    const h = inOrder(html, names.map(escHtml), html.indexOf(htmlStart));
    assert.ok(!t.includes(-1), `${what}: the terminal brief names ${JSON.stringify(names)} in order (${t})`);
    assert.ok(!h.includes(-1), `${what}: report.html names ${JSON.stringify(names)} in order (${h})`);
  };
  check('what happened', brief.happened.facts.map((f) => f.statement), 'What happened', '<h3>What happened');
  check('sources', brief.sources.map((s) => s.name), 'articles:', '<h3>Sources');
  check('facts', factLines(brief).map((f) => f.statement), 'Conflicts:', '<h3>Conflicts');
  check('claims', factLines(brief).flatMap((f) => f.claims.items.map((c) => c.text)), 'Conflicts:', '<h3>Conflicts');
  check('timeline', brief.timeline.items.map((t) => t.statement), 'Timeline:', '<h3>Timeline');
  check('entities', brief.entities.items.map((e) => e.name), 'Main entities:', '<h3>Entities');
  check('framing', brief.framing.rows.map((r) => r.source), 'Framing', '<h3>How each source frames');
}

test('the terminal brief and report.html of one Brief name the same facts, claims and sources in the same order', () => {
  const brief = buildBrief(FIXTURE_STORY, FIXTURE_ARTICLES);
  assertNamesInOrder(brief, renderText([brief]), renderReport([brief], FIXTURE_ARTICLES, 'test'));
});

test('a fact the Brief leaves out is in neither rendering', () => {
  const brief = buildBrief(FIXTURE_STORY, FIXTURE_ARTICLES);
  const dropped = brief.single.items.pop()!;
  assert.ok(!renderText([brief]).includes(dropped.statement));
  assert.ok(!renderReport([brief], FIXTURE_ARTICLES, 'test').includes(dropped.statement));
});
