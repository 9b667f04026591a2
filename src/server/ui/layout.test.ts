import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRoute } from './format.js';
import { forceLayout, linear, parsePeriod, timeTicks } from './layout.js';

test('calendar values are the periods they name', () => {
  assert.deepEqual(parsePeriod('2025-03-14'), { start: Date.UTC(2025, 2, 14), end: Date.UTC(2025, 2, 15), grain: 'day' });
  assert.deepEqual(parsePeriod('2025-03'), { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1), grain: 'month' });
  assert.deepEqual(parsePeriod('2024'), { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1), grain: 'year' });
  assert.equal(parsePeriod('2025-03-14T18:30:00+03:00')?.grain, 'day');
  assert.equal(parsePeriod('2025-02-30'), undefined);
  assert.equal(parsePeriod('soon'), undefined);
});

test('ticks: days for a few days, months for a year, years for decades', () => {
  assert.deepEqual(timeTicks(Date.UTC(2025, 2, 14), Date.UTC(2025, 2, 16)).map((t) => t.label), ['Mar 14', 'Mar 15', 'Mar 16']);
  assert.ok(timeTicks(Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)).every((t) => /^[A-Z][a-z]{2} 2024$/.test(t.label)));
  assert.deepEqual(timeTicks(Date.UTC(1990, 5, 1), Date.UTC(2020, 5, 1), 4).map((t) => t.label), ['1991', '1999', '2007', '2015']);
  // A phone's axis (room for 4 labels) over five weeks that cross one month's start: days, not one month label.
  const phone = timeTicks(Date.UTC(2013, 4, 20), Date.UTC(2013, 5, 24), 4);
  assert.ok(phone.length >= 2 && phone.length <= 4, phone.map((t) => t.label).join(', '));
  for (const [days, max] of [[1, 2], [9, 3], [40, 4], [70, 4], [400, 3], [800, 2], [3000, 4]] as const) {
    const n = timeTicks(Date.UTC(2020, 0, 20), Date.UTC(2020, 0, 20) + days * 86_400_000, max).length;
    assert.ok(n >= 2, `${days} days, at most ${max} ticks: ${n}`);
  }
  assert.equal(linear(0, 10, 100, 200)(5), 150);
  assert.equal(linear(3, 3, 0, 10)(3), 5);
});

test('the force layout is deterministic, keeps nodes in the box and linked nodes closer than unlinked ones', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const edges = [['a', 'b'], ['b', 'c'], ['a', 'c']] as const;
  const one = forceLayout(ids, edges, 600, 400, 40);
  assert.deepEqual(forceLayout(ids, edges, 600, 400, 40), one);
  for (const p of one.values()) assert.ok(p.x >= 40 - 1e-9 && p.x <= 560 + 1e-9 && p.y >= 40 - 1e-9 && p.y <= 360 + 1e-9);
  const d = (x: string, y: string) => Math.hypot(one.get(x)!.x - one.get(y)!.x, one.get(x)!.y - one.get(y)!.y);
  assert.ok(d('a', 'b') < d('a', 'e') || d('a', 'b') < d('b', 'd'));
  assert.deepEqual(forceLayout(['only'], [], 300, 200), new Map([['only', { x: 150, y: 100 }]]));
});

test('hash routes', () => {
  assert.deepEqual(parseRoute(''), { view: 'list' });
  assert.deepEqual(parseRoute('#/?q=ferry%20sank'), { view: 'list', q: 'ferry sank' });
  assert.deepEqual(parseRoute('#/story/S1'), { view: 'story', id: 'S1' });
  assert.deepEqual(parseRoute('#/article/abc?at=10-20'), { view: 'article', id: 'abc', at: { start: 10, end: 20 } });
  assert.deepEqual(parseRoute('#/article/abc?at=x'), { view: 'article', id: 'abc' });
});
