import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, ArticleId, Span } from '../../core/model.js';
import { articleMarks, cutRuns } from './annotate.js';

// Cutting an article into display runs: every character once, marks split where they overlap.

const text = 'Jane Roe said "Ruritania will talk" on Monday.\nPhoto: Wire';
const article: AnalyzedArticle = {
  id: 'a1' as ArticleId, origin: 'a1', source: { name: 'Wire' }, language: 'eng', text, diagnostics: [],
  segments: [{ start: 0, end: 47, kind: 'body' }, { start: 47, end: text.length, kind: 'caption' }],
  mentions: [
    { start: 0, end: 8, text: 'Jane Roe', type: 'PER' },
    { start: 15, end: 24, text: 'Ruritania', type: 'LOC' },
    { start: 54, end: 58, text: 'Wire', type: 'ORG' },
  ],
  quotes: [{ start: 14, end: 35, text: '"Ruritania will talk"', direct: true, speaker: { start: 0, end: 8, text: 'Jane Roe' } }],
  dates: [{ start: 39, end: 45, text: 'Monday', value: '2025-01-06', grain: 'day', basis: 'explicit' }],
};

/** The story's name for the entity a mention is linked to: here only "Jane Roe" (0-8) is linked. */
const naming = (name: string) => (m: Span) => (m.start === 0 && m.end === 8 ? name : undefined);

test('runs cover the text exactly once, segment by segment', () => {
  const segs = cutRuns(text, article.segments, articleMarks(article, naming('Jane Roe')));
  assert.deepEqual(segs.map((s) => s.kind), ['body', 'caption']);
  assert.equal(segs.flatMap((s) => s.runs).map((r) => text.slice(r.start, r.end)).join(''), text);
  for (const s of segs) for (const r of s.runs) assert.ok(r.start >= s.start && r.end <= s.end);
});

test('a mention inside a quote is one run with both marks', () => {
  const runs = cutRuns(text, article.segments, articleMarks(article, () => undefined)).flatMap((s) => s.runs);
  const ruritania = runs.find((r) => text.slice(r.start, r.end) === 'Ruritania')!;
  assert.deepEqual(ruritania.marks.map((m) => m.kind).sort(), ['mention', 'quote']);
  const quoteRuns = runs.filter((r) => r.marks.some((m) => m.kind === 'quote'));
  assert.equal(quoteRuns.map((r) => text.slice(r.start, r.end)).join(''), '"Ruritania will talk"');
  assert.ok(runs.find((r) => text.slice(r.start, r.end) === 'Monday')!.marks.some((m) => m.kind === 'date'));
});

test('labels name the entity and the quote speaker; a claim span is marked', () => {
  const marks = articleMarks(article, naming('Jane Roe (minister)'), { start: 0, end: 47 });
  assert.match(marks[0]!.label, /PER: Jane Roe → Jane Roe \(minister\)/);
  assert.match(marks.find((m) => m.kind === 'quote')!.label, /quote by Jane Roe/);
  assert.ok(marks.some((m) => m.kind === 'claim'));
});

test('gaps between segments show as body; marks outside the text are dropped', () => {
  const segs = cutRuns('abcdef', [{ start: 2, end: 4, kind: 'comment' }], [{ start: 3, end: 99, kind: 'date', label: '' }, { start: 5, end: 5, kind: 'date', label: '' }]);
  assert.deepEqual(segs.map((s) => [s.start, s.end, s.kind]), [[0, 2, 'body'], [2, 4, 'comment'], [4, 6, 'body']]);
  assert.ok(segs.every((s) => s.runs.every((r) => r.marks.length === 0)));
});
