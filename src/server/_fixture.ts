import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES } from '../core/_test/paths.js';
import { readPaths } from '../read/index.js';
import type { Diagnostic, StoryId } from '../core/model.js';
import { createPipeline, type Pipeline } from '../analyze/pipeline.js';
import { openStore, type Store } from '../store/index.js';
import { ingest } from '../app/index.js';
import { startServer, type RunningServer, type ServerOptions } from './index.js';

// Test helpers: a store holding examples/ in a temporary folder, and a server over it on loopback.
// The first example goes in alone, so its story's first id is an old id once the rest join it.

export interface ExampleStore {
  store: Store;
  dir: string;
  db: string;
  pipeline: Pipeline;
  /** The story id after the first article alone (stories get new ids as they grow). */
  firstStoryId: StoryId;
}

export async function exampleStore(): Promise<ExampleStore> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-server-'));
  const db = join(dir, 'store.db');
  const store = await openStore(db);
  const pipeline = createPipeline();
  const sink: Diagnostic[] = [];
  const read = async (path: string) => { const drafts = []; for await (const d of readPaths([path], sink)) drafts.push(d); return drafts; };
  await ingest(store, await read(join(EXAMPLES, 'ferry', 'harbour-wire.txt')), { pipeline });
  const [first] = await store.listStories({ limit: 1 });
  await ingest(store, await read(EXAMPLES), { pipeline });
  return { store, dir, db, pipeline, firstStoryId: first!.id };
}

export async function serve(store: Store, options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  return startServer({ store, host: '127.0.0.1', port: 0, ...options });
}
