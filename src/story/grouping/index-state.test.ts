import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleId } from '../../core/model.js';
import { ProfileCache } from './index-state.js';
import type { ArticleProfile } from './profile.js';

const profile = (n: number) => ({ keys: [`k${n}`] }) as unknown as ArticleProfile;
const id = (n: number) => `a${n}` as ArticleId;

test('the profile cache is bounded by the size of its profiles, least recently used out first', () => {
  const cache = new ProfileCache(100);
  for (let n = 0; n < 4; n++) cache.set(id(n), profile(n), 30);
  assert.deepEqual(cache.stats, { profiles: 3, jsonChars: 90 }, 'a fourth of 30 would pass 100');
  assert.equal(cache.get(id(0)), undefined, 'the oldest went');
  cache.get(id(1));
  cache.set(id(4), profile(4), 60);
  assert.ok(cache.get(id(1)), 'the one just read stays');
  assert.equal(cache.get(id(2)), undefined);
  assert.equal(cache.get(id(3)), undefined);
  assert.deepEqual(cache.stats, { profiles: 2, jsonChars: 90 });
});

test('the profile cache counts a profile set again once, and keeps one profile over the bound alone', () => {
  const cache = new ProfileCache(100);
  cache.set(id(1), profile(1), 40);
  cache.set(id(1), profile(1), 40);
  assert.deepEqual(cache.stats, { profiles: 1, jsonChars: 40 });
  cache.set(id(2), profile(2), 500);
  assert.deepEqual(cache.stats, { profiles: 1, jsonChars: 500 });
  assert.ok(cache.get(id(2)));
  cache.clear();
  assert.deepEqual(cache.stats, { profiles: 0, jsonChars: 0 });
});
