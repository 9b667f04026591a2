import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { readers } from '../read/index.js';
import { reporter } from '../core/report.js';
import { ingest } from '../app/index.js';
import type { AnalyzedArticle } from '../core/model.js';
import type { ArticleResponse, StoryResponse } from './api-types.js';
import { renderReport } from '../render/html.js';
import { exampleStore, serve, type ExampleStore } from './_fixture.js';
import type { RunningServer } from './index.js';

// The layout at a phone's width (390 px) and a laptop's (1366 px), in the web UI and in report.html:
// no page scrolls sideways, no card overlaps another, and no card's text runs out of it, even with a
// long title and a long file path. Screenshots of every page at both widths go to a temporary folder.

const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (CI installs Debian's chromium with apt); layout tests skipped`;
const WIDTHS = [['phone', 390, 844], ['laptop', 1366, 768]] as const;
/** Boxes that must neither overlap their neighbours nor let their content out. */
const CARDS = '.card, .story-item, .column, .side, .hit, .fact, dl.incident .field, .relations li, article.source, article.text, .facts-table tr';
// An unbroken 90-character token in the title and a deep path: the cases that ran into neighbours.
const LONG = 'title: The regional water board’s annual meeting voted on Thursday to publish the audit of the northern reservoir works, reference WaterBoardAudit_2026_NorthernReservoir_Appendix_C_Contractor_Invoices_Volume_4\n'
  + 'source: The Very Long Name Of A Regional Evening Newspaper And Its Weekend Supplement\n\n'
  + 'The water board voted on Thursday to publish the audit of the northern reservoir works. Its chair, Miriam Osei, said the contractor had been paid twice for the same pipes.\n';
const LONG_ORIGIN = 'archive/2026/lake-victoria/ferry-inquiry/regional-evening-newspaper-weekend-supplement/council_emergency_committee_minutes_thursday_session_full_text.txt';

interface Misfit {
  scroll: number;
  width: number;
  overlaps: string[];
  spills: string[];
}

/** What does not fit on the page as laid out: sideways scroll, overlapping cards, content wider than its card. */
function misfits(selector: string): Misfit {
  const boxes = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.offsetParent !== null);
  const name = (el: Element) => `${el.className || el.tagName}: ${(el.textContent ?? '').trim().slice(0, 50)}`;
  const overlaps: string[] = [];
  const spills: string[] = [];
  const rects = boxes.map((el) => el.getBoundingClientRect());
  for (let i = 0; i < boxes.length; i++) {
    // A card inside another (a fact inside a side) is not an overlap.
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxes[i]!.contains(boxes[j]!) || boxes[j]!.contains(boxes[i]!)) continue;
      const a = rects[i]!, b = rects[j]!;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left), y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 1 && y > 1) overlaps.push(`${name(boxes[i]!)} × ${name(boxes[j]!)}`);
    }
    if (boxes[i]!.scrollWidth > boxes[i]!.clientWidth + 1) spills.push(`${name(boxes[i]!)} (${boxes[i]!.scrollWidth} > ${boxes[i]!.clientWidth})`);
    if (rects[i]!.right > innerWidth + 1) spills.push(`${name(boxes[i]!)} ends at ${Math.round(rects[i]!.right)} px`);
  }
  return { scroll: document.scrollingElement!.scrollWidth, width: innerWidth, overlaps, spills };
}

describe('layout at 390 and 1366 px', { skip: SKIP }, () => {
  let ex: ExampleStore, server: RunningServer, browser: Browser;
  let ferry: StoryResponse, long: StoryResponse;
  let report: string;
  const shots = mkdtempSync(join(tmpdir(), 'corroborate-layout-'));

  before(async () => {
    ex = await exampleStore();
    const drafts = readers.text.read({ origin: LONG_ORIGIN, content: LONG }, reporter([], 'test'));
    const longId = (await ingest(ex.store, drafts, { pipeline: ex.pipeline })).added[0]!.id;
    server = await serve(ex.store);
    const get = async <T>(path: string) => (await (await fetch(`${server.url}${path}`)).json()) as T;
    const ferryId = (await ex.store.listStories({ entity: 'Lake Victoria' }))[0]!.id;
    ferry = await get<StoryResponse>(`/api/stories/${ferryId}`);
    long = await get<StoryResponse>(`/api/stories/${(await get<ArticleResponse>(`/api/articles/${longId}`)).story!.id}`);
    // report.html of the same stories, from the same Briefs and analysed articles the API serves.
    const stories = ferry.story.id === long.story.id ? [ferry] : [ferry, long];
    const articles: AnalyzedArticle[] = [];
    for (const s of stories) for (const a of s.articles) articles.push((await get<ArticleResponse>(`/api/articles/${a.id}`)).article);
    report = join(shots, 'report.html');
    writeFileSync(report, renderReport(stories.map((s) => s.brief), articles, 'test'));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    console.log(`# layout screenshots in ${shots}`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await ex?.store.close();
  });

  async function check(name: string, width: number, height: number, open: (p: Page) => Promise<void>): Promise<Misfit> {
    const page = await browser.newPage({ viewport: { width, height } });
    try {
      await open(page);
      const found = await page.evaluate(misfits, CARDS);
      await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
      assert.ok(found.scroll <= found.width, `${name} at ${width} px: the page is ${found.scroll} px wide`);
      assert.deepEqual(found.overlaps, [], `${name} at ${width} px: cards overlap`);
      assert.deepEqual(found.spills, [], `${name} at ${width} px: content runs out of its card`);
      return found;
    } finally {
      await page.close();
    }
  }

  for (const [device, width, height] of WIDTHS) {
    test(`the story list fits a ${device}`, async () => {
      await check('stories', width, height, async (p) => {
        await p.goto(`${server.url}/`);
        await p.locator(`.story-item[data-story="${long.story.id}"]`).waitFor();
      });
    });

    for (const which of ['ferry', 'long'] as const) {
      test(`the ${which} story page fits a ${device}`, async () => {
        const story = which === 'ferry' ? ferry : long;
        await check(`story-${which}`, width, height, async (p) => {
          await p.goto(`${server.url}/#/story/${story.story.id}`);
          await p.locator(`.story-page[data-story="${story.story.id}"] #timeline .timeline`).waitFor();
        });
      });
    }

    test(`an article page with a long title and path fits a ${device}`, async () => {
      const article = long.articles.find((a) => a.origin === LONG_ORIGIN)!;
      await check('article-long', width, height, async (p) => {
        await p.goto(`${server.url}/#/article/${article.id}`);
        await p.locator(`.article-page[data-article="${article.id}"] .article-text`).waitFor();
      });
    });

    test(`report.html fits a ${device}`, async () => {
      await check('report', width, height, (p) => p.goto(pathToFileURL(report).href).then(() => undefined));
    });
  }

  test('on a phone: facts are cards, the network is a list, framing names sit above their bars and a tap shows the words', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
    try {
      await page.goto(`${server.url}/#/story/${ferry.story.id}`);
      await page.locator(`.story-page[data-story="${ferry.story.id}"] #timeline .timeline`).waitFor();
      if (ferry.story.facts.length) {
        // One card per fact: the rows are blocks as wide as the page, the header row is hidden.
        assert.equal(await page.locator('table.facts-table thead').isVisible(), false);
        const row = await page.locator('table.facts-table tbody tr').first().boundingBox();
        assert.ok(row && row.width > 300, `a fact card is ${row?.width} px wide`);
      }
      if (ferry.network.nodes.length) {
        assert.equal(await page.locator('svg.network-chart').count(), 0, 'no graph on a phone');
        assert.equal(await page.locator('#actors ul.relations li').count(), new Set(ferry.network.edges.map((e) => `${e.source}>${e.target}`)).size + ferry.network.oneSided.length);
      }
      const bar = page.locator('svg.framing-chart g.framing-bar').first();
      if (await bar.count()) {
        // No source name is clipped: every label's text is the source's whole name (when it fits the screen).
        const labels = await page.locator('svg.framing-chart text.source-label').allTextContents();
        const names = new Set(ferry.brief.framing.rows.map((r) => r.source));
        for (const label of labels) assert.ok(names.has(label) || label.endsWith('…'), label);
        assert.ok(labels.some((l) => names.has(l)));
        await bar.tap();
        assert.match(await page.locator('.framing-words').innerText(), / on .+: [+−]?\d\.\d\d over \d+ sentence/);
      }
      // The timeline's axis says its scale: more than one label.
      assert.ok((await page.locator('svg.timeline-chart .axis .tick text').count()) >= 2);
    } finally {
      await page.close();
    }
  });
});
