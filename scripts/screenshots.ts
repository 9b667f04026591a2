// The README's tour: screenshots of the web UI over examples/ (our own made-up articles, never third-party
// text), the story page and an article page at a laptop's width (1366 px) and a phone's (390 px).
// usage: node dist/scripts/screenshots.js [OUTDIR] (default docs/) [--sections] (also each story section, for review)
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../src/core/model.js';
import { createPipeline } from '../src/analyze/pipeline.js';
import { readPaths } from '../src/read/index.js';
import { openStore } from '../src/store/index.js';
import { ingest } from '../src/app/index.js';
import { startServer } from '../src/server/index.js';

const CHROMIUM = '/usr/bin/chromium';
const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = resolve(args.find((a) => !a.startsWith('--')) ?? join(REPO, 'docs'));
  const sections = args.includes('--sections');
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-shots-'));
  const store = await openStore(join(dir, 'store.db'));
  const sink: Diagnostic[] = [];
  const drafts = [];
  // Read from the repository root, so the pages show origins as examples/…, not this machine's paths.
  process.chdir(REPO);
  for await (const d of readPaths(['examples'], sink)) drafts.push(d);
  await ingest(store, drafts, { pipeline: createPipeline() });
  const [story] = await store.listStories({ limit: 1 });
  if (!story) throw new Error('examples/ made no story');
  const server = await startServer({ store, host: '127.0.0.1', port: 0, jobs: 1 });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const detail = await (await fetch(`${server.url}/api/stories/${story.id}`)).json() as { articles: { id: string; source: { name: string } }[] };
    // The article with the most kinds of segment shows the annotations best: the HTML page (caption, comments).
    const article = detail.articles.find((a) => a.source.name === 'Lakeside Courier') ?? detail.articles[0]!;
    for (const [name, width, height] of [['1366', 1366, 900], ['390', 390, 844]] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${server.url}/#/story/${story.id}`);
      await page.locator('#timeline .timeline').waitFor();
      await page.screenshot({ path: join(out, `tour-story-${name}.png`) });
      if (sections) {
        for (const id of ['brief-sources', 'timeline', 'actors', 'facts', 'framing']) {
          await page.locator(`#${id}`).screenshot({ path: join(out, `section-${id}-${name}.png`) });
        }
      }
      await page.goto(`${server.url}/#/article/${article.id}`);
      await page.locator(`.article-page[data-article="${article.id}"] .article-text`).waitFor();
      await page.screenshot({ path: join(out, `tour-article-${name}.png`) });
      await page.close();
    }
    console.log(`screenshots of story ${story.id} and article ${article.id} in ${out}`);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
