import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as corroborate from './index.js';

test('the public surface: read, analyse, group, store, export, serve', async () => {
  const pipeline = corroborate.createPipeline();
  const a = pipeline.analyze({ origin: 'note.txt', source: { name: 'Note' }, text: 'Storm closes the port of Mwanza on Monday, officials said.' });
  const stories = corroborate.analyzeStories([a], corroborate.createStoryContext());
  assert.equal(stories.length, 1);
  assert.deepEqual(corroborate.checkStoryPasses(corroborate.STORY_PASSES), []);
  assert.deepEqual(Object.keys(corroborate.exporters).sort(), [...corroborate.EXPORT_FORMATS].sort());
  const store = await corroborate.openStore(':memory:');
  assert.equal((await store.listStories()).length, 0);
  await store.close();
  assert.equal(typeof corroborate.startServer, 'function');
  assert.deepEqual(corroborate.checkPipeline(corroborate.DEFAULT_STAGES), []);
});
