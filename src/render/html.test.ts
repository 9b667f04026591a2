import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { readPaths, type Draft } from '../read/index.js';
import type { Diagnostic } from '../core/model.js';
import { createPipeline } from '../analyze/pipeline.js';
import { buildStories } from '../story/story.js';
import { createStoryContext } from '../story/context.js';
import { EXAMPLES, REPO } from '../core/_test/paths.js';
import { renderReport } from './html.js';

async function exampleReport() {
  const pipeline = createPipeline();
  const drafts: Draft[] = [];
  const sink: Diagnostic[] = [];
  for await (const d of readPaths([EXAMPLES], sink)) drafts.push(d);
  const articles = drafts.map((d) => pipeline.analyze(d));
  const stories = buildStories(articles, createStoryContext());
  return { html: renderReport(stories, articles, 'test'), stories, articles };
}

test('article text is escaped, never markup', () => {
  const pipeline = createPipeline();
  const a = pipeline.analyze({ origin: 'x.txt', source: { name: '<b>Evil</b>' }, text: 'The mayor said <script>alert(1)</script> on Monday in the town hall.' });
  const articles = [a];
  const stories = buildStories(articles, createStoryContext());
  const html = renderReport(stories, articles, 'test');
  assert.ok(!html.includes('<script>alert(1)</script>'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!html.includes('<b>Evil</b>'));
  assert.match(html, /Content-Security-Policy/);
  assert.doesNotMatch(html, /<script|https?:\/\/(?!harbourwire)/, 'no script and no network reference in the report');
});

test('the report holds every story section and every article', async () => {
  const { html, articles } = await exampleReport();
  for (const h of ['What happened', 'Sources', 'Conflicts', 'Agreed by several sources', 'Stated by one source only', 'Timeline', 'Entities and their spellings', 'How each source frames the main actors', 'The articles'])
    assert.ok(html.includes(`<h3>${h}</h3>`), `missing section ${h}`);
  for (const a of articles) assert.ok(html.includes(`id="art-${a.id}"`));
});

const CHROMIUM = '/usr/bin/chromium';
test('report.html renders in Chromium, on a desktop and a phone', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (apt-get install chromium); skipped` }, async () => {
  const { chromium } = await import('playwright-core');
  const { html, stories } = await exampleReport();
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-report-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const shots = resolve(REPO, 'out/screenshots');
  mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
      const page = await browser.newPage({ viewport });
      const requests: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      await page.goto(pathToFileURL(file).href);
      assert.equal(await page.locator('h2').first().innerText(), `Story 1 ${stories[0]!.title}`);
      assert.equal(await page.locator('.sources .source').count(), 4);
      assert.ok(await page.locator('table.entities tbody tr').count() > 3);
      assert.ok(await page.locator('article.text .seg.caption').count() >= 1, 'captions are marked in the article texts');
      // Nothing overflows the viewport horizontally: readable without sideways scrolling.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${name}: page is ${overflow}px wider than the viewport`);
      assert.deepEqual(requests, [], 'the report makes no network request');
      await page.screenshot({ path: join(shots, `report-${name}.png`), fullPage: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
