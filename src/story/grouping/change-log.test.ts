import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleId, StoryId } from '../../core/model.js';
import { ChangeLog } from './change-log.js';

const S = (id: string) => id as StoryId;
const members = (...ids: string[]) => ids as ArticleId[];

test('a story written and removed within the batch is neither written nor removed', () => {
  const log = new ChangeLog();
  log.record(new Map([[S('S1'), members('a', 'b')]]), [S('S0')]);
  log.record(new Map([[S('S2'), members('a', 'b', 'c')]]), [S('S1')]);
  assert.deepEqual([...log.result().stories.keys()], ['S2']);
  assert.deepEqual(log.result().removed, ['S0']);
});

test('a story that existed before, written again and removed again, is removed', () => {
  const log = new ChangeLog();
  log.record(new Map([[S('Sx'), members('a')]]), [S('S0')]);
  log.record(new Map([[S('S0'), members('a', 'b')]]), [S('Sx')]);
  log.record(new Map([[S('S3'), members('a', 'b', 'c')]]), [S('S0')]);
  assert.deepEqual([...log.result().stories.keys()], ['S3']);
  assert.deepEqual(log.result().removed, ['S0']);
});

test('a story that existed before and is written again at the end is written, not removed', () => {
  const log = new ChangeLog();
  log.record(new Map([[S('Sx'), members('a')]]), [S('S0')]);
  log.record(new Map([[S('S0'), members('a', 'b')]]), [S('Sx')]);
  assert.deepEqual([...log.result().stories.keys()], ['S0']);
  assert.deepEqual(log.result().removed, []);
});
