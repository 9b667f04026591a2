import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agglomerate, type Link } from './agglomerate.js';

const criterion = { ratio: 0.5, floor: 0.1, singleton: 0.5 };
const clique = (items: number[], p: number): Link[] => items.flatMap((a, i) => items.slice(i + 1).map((b) => ({ a, b, p })));

test('two tight groups joined by a weak bridge stay two', () => {
  const links = [...clique([0, 1, 2], 0.9), ...clique([3, 4], 0.9), { a: 2, b: 3, p: 0.4 }];
  assert.deepEqual(agglomerate(5, links, criterion), [[0, 1, 2], [3, 4]]);
});

test('a loose report joins the group it links to on average', () => {
  const links = [...clique([0, 1, 2], 0.9), { a: 3, b: 0, p: 0.5 }, { a: 3, b: 1, p: 0.4 }, { a: 3, b: 2, p: 0.45 }];
  assert.deepEqual(agglomerate(4, links, criterion), [[0, 1, 2, 3]]);
});

test('no links, no merges; links below the floor never merge', () => {
  assert.deepEqual(agglomerate(3, [], criterion), [[0], [1], [2]]);
  assert.deepEqual(agglomerate(2, [{ a: 0, b: 1, p: 0.09 }], { ...criterion, singleton: 0.01 }), [[0], [1]]);
  assert.deepEqual(agglomerate(0, [], criterion), []);
});

test('the result does not depend on the order of the links', () => {
  const links = [...clique([0, 1, 2], 0.8), ...clique([3, 4, 5], 0.7), { a: 1, b: 4, p: 0.3 }, { a: 0, b: 5, p: 0.2 }];
  assert.deepEqual(agglomerate(6, [...links].reverse(), criterion), agglomerate(6, links, criterion));
});

test('a report told as one member of a story tells it joins when the strongest link weighs in (top), not on the mean alone', () => {
  const links = [...clique([0, 1, 2, 3], 0.9), { a: 4, b: 0, p: 0.85 }, { a: 4, b: 1, p: 0.1 }, { a: 4, b: 2, p: 0.1 }, { a: 4, b: 3, p: 0.1 }];
  const strict = { ratio: 0.6, floor: 0.1, singleton: 0.5 };
  assert.deepEqual(agglomerate(5, links, strict), [[0, 1, 2, 3], [4]]);
  assert.deepEqual(agglomerate(5, links, { ...strict, top: 0.3 }), [[0, 1, 2, 3, 4]]);
  // the strongest link of a merged group is the stronger of its parts' (2 joins through 0 after 0 and 1 merged; on the mean alone it would not)
  assert.deepEqual(agglomerate(3, [{ a: 0, b: 1, p: 0.9 }, { a: 2, b: 0, p: 0.9 }, { a: 2, b: 1, p: 0.05 }], { ...strict, ratio: 1, top: 0.5 }), [[0, 1, 2]]);
  assert.deepEqual(agglomerate(3, [{ a: 0, b: 1, p: 0.9 }, { a: 2, b: 0, p: 0.9 }, { a: 2, b: 1, p: 0.05 }], { ...strict, ratio: 1 }), [[0, 1], [2]]);
});
