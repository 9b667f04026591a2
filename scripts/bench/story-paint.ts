// How long the web UI takes to show a story: serves a store, opens the story page in Chromium at a
// desktop and a phone width, and times (from navigation) the first contentful paint, the moment the
// story's title is in the page, and the moment every chart is drawn; plus the page's height.
// usage: node dist/scripts/bench/story-paint.js --db STORE.db [--story ID] (default: the story with most articles)
import { openStore } from '../../src/store/index.js';
import { startServer } from '../../src/server/index.js';

const CHROMIUM = '/usr/bin/chromium';

async function main(): Promise<void> {
  const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const db = arg('--db');
  if (!db) throw new Error('usage: story-paint --db STORE.db [--story ID]');
  const store = await openStore(db);
  const stories = await store.listStories({ limit: 1000 });
  const story = arg('--story') ?? [...stories].sort((a, b) => b.articles - a.articles)[0]?.id;
  if (!story) throw new Error(`${db}: no story`);
  const server = await startServer({ store, host: '127.0.0.1', port: 0, jobs: 1 });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    for (const [name, width, height] of [['desktop', 1366, 768], ['phone', 390, 844]] as const) {
      for (let run = 0; run < 3; run++) {
        const page = await browser.newPage({ viewport: { width, height } });
        await page.goto(`${server.url}/#/story/${story}`);
        // Polled on every animation frame in the page: the value is the frame the title was first in.
        // The frame after it has been laid out and painted is when a reader sees it.
        const titled = await (await page.waitForFunction(() => {
          if (!document.querySelector('.story-page h1')) return 0;
          const w = window as unknown as { painted?: number };
          requestAnimationFrame(() => setTimeout(() => { w.painted = performance.now(); }));
          return performance.now();
        }, null, { polling: 'raf', timeout: 60_000 })).jsonValue();
        const painted = await (await page.waitForFunction(() => (window as unknown as { painted?: number }).painted ?? 0, null, { timeout: 60_000 })).jsonValue();
        await page.locator('#timeline .timeline, #timeline .empty').first().waitFor();
        const figures = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
          return { fcp, ready: performance.now() - nav.startTime, height: document.scrollingElement!.scrollHeight };
        });
        console.log(`${name} run ${run + 1}: story ${story}, first contentful paint ${figures.fcp.toFixed(0)} ms, story in the page by ${titled.toFixed(0)} ms and painted by ${painted.toFixed(0)} ms, page ${figures.height} px tall`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
}

await main();
