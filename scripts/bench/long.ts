import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pipeline } from '../../src/analyze/pipeline.js';
import { buildStories } from '../../src/story/story.js';
import { createStoryContext } from '../../src/story/context.js';

// One long article, analysed and built into its story, at growing sizes: the time of each and its growth
// exponent from the size before (1 = linear, 2 = quadratic). The text is real reports of ../shared/data
// concatenated (third-party text: read there, never copied into the repo).

const DEFAULT_SIZES = [50, 200, 800, 3000].map((kb) => kb * 1024);

/** Real report text of at least `bytes` UTF-8 bytes, cut at a paragraph. */
function reportsText(jsonl: string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text?: string }).text?.trim();
    if (!text) continue;
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
    if (size >= bytes) break;
  }
  return parts.join('\n\n');
}

export function benchLongArticles(pipeline: Pipeline, sharedData: string, sizes: readonly number[] = DEFAULT_SIZES): void {
  const jsonl = join(sharedData, 'gva', 'articles.jsonl');
  if (!existsSync(jsonl)) {
    console.log(`one long article: skipped (${jsonl} is absent; it holds the real reports the text is built from)`);
    return;
  }
  const context = createStoryContext();
  console.log('one long article (gva reports concatenated; analyse + build its story, one run each):');
  let before: { bytes: number; seconds: number } | undefined;
  for (const target of sizes) {
    const text = reportsText(jsonl, target);
    const bytes = Buffer.byteLength(text);
    const t0 = process.hrtime.bigint();
    const article = pipeline.analyze({ origin: `long-${target}.txt`, source: { name: 'bench' }, text });
    buildStories([article], context);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const growth = before ? (Math.log(seconds / before.seconds) / Math.log(bytes / before.bytes)).toFixed(2) : '-';
    console.log(`  ${`${(bytes / 1024).toFixed(0)} KB`.padStart(8)} ${seconds.toFixed(1).padStart(8)} s  ${(bytes / 1024 / seconds).toFixed(0).padStart(6)} KB/s  growth exponent ${growth}`);
    before = { bytes, seconds };
  }
}
