import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span } from './model.js';
import { seededRandom as seeded } from './random.js';
import { overlapping, overlapsByItem, withinByItem } from './spans.js';

// The position indexes must give exactly what a scan of every span for every item gives.

function sentences(rand: () => number, n: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) { const start = at + Math.floor(rand() * 3); const end = start + 1 + Math.floor(rand() * 20); out.push({ start, end }); at = end; }
  return out;
}
function spans(rand: () => number, n: number, length: number): Span[] {
  return Array.from({ length: n }, () => { const start = Math.floor(rand() * length); return { start, end: start + 1 + Math.floor(rand() * 30) }; });
}

test('overlapsByItem and withinByItem equal the scan of every span for every item', () => {
  const rand = seeded(7);
  for (let round = 0; round < 50; round++) {
    const items = sentences(rand, 1 + Math.floor(rand() * 30));
    const xs = spans(rand, Math.floor(rand() * 40), items.at(-1)!.end + 5);
    assert.deepEqual(overlapsByItem(items, xs), items.map((it) => xs.filter((s) => s.end > it.start && s.start < it.end)));
    assert.deepEqual(withinByItem(items, xs), items.map((it) => xs.filter((s) => s.start >= it.start && s.end <= it.end)));
  }
});

test('overlapsByItem of items that overlap falls back to the scan', () => {
  const items = [{ start: 0, end: 10 }, { start: 5, end: 15 }];
  assert.deepEqual(overlapsByItem(items, [{ start: 6, end: 7 }]), [[{ start: 6, end: 7 }], [{ start: 6, end: 7 }]]);
});

test('overlapping finds the sorted spans that share a character with a range', () => {
  const rand = seeded(11);
  for (let round = 0; round < 50; round++) {
    const xs = spans(rand, Math.floor(rand() * 40), 200).sort((a, b) => a.start - b.start);
    const longest = xs.reduce((n, s) => Math.max(n, s.end - s.start), 0);
    const range = spans(rand, 1, 200)[0]!;
    assert.deepEqual(overlapping(xs, range, longest), xs.filter((s) => s.start < range.end && range.start < s.end));
  }
});
