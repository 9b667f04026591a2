import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { StoryId } from '../core/model.js';
import { REPO } from '../core/_test/paths.js';
import { buildBrief } from './brief.js';
import { renderReport } from './html.js';
import { claimOn, FIXTURE_ARTICLES, FIXTURE_STORY, fixtureArticle, fixtureFact } from './_fixture.js';
import { INCIDENT, INCIDENT_ARTICLES, INCIDENT_STORY } from './_incident.js';

const fixtureReport = () => renderReport([buildBrief(FIXTURE_STORY, FIXTURE_ARTICLES)], FIXTURE_ARTICLES, 'test');

test('article text is escaped, never markup', () => {
  const sentence = 'The mayor said <script>alert(1)</script> on Monday in the town hall.';
  const a = fixtureArticle('Ahostile', '<b>Evil</b>', [['body', sentence]], { title: '<img src=x onerror=alert(2)>' });
  const fact = fixtureFact('F<i>x</i>', 'event', 'single', 'the mayor said <u>it</u>', [claimOn(a, sentence)]);
  const story = { ...FIXTURE_STORY, id: 'S<x>' as StoryId, title: '<em>t</em>', articles: [a.id], facts: [fact], timeline: [], framing: [], entities: [] };
  const html = renderReport([buildBrief(story, [a])], [a], '<now>');
  for (const markup of ['<script>alert(1)</script>', '<b>Evil</b>', '<img src=x', '<i>x</i>', '<u>it</u>', '<em>t</em>', '<x>', '<now>']) assert.ok(!html.includes(markup), markup);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.match(html, /Content-Security-Policy/);
  assert.doesNotMatch(html, /<script|https?:\/\//, 'no script and no network reference in the report');
});

test('the report holds every story section and every article, with the cited sentences marked', () => {
  const html = fixtureReport();
  for (const h of ['What happened', 'Sources', 'Conflicts', 'Agreed by several sources', 'Stated by one source only', 'Timeline', 'Entities and their spellings', 'How each source frames the main actors', 'The articles'])
    assert.ok(html.includes(`<h3>${h}</h3>`), `missing section ${h}`);
  for (const a of FIXTURE_ARTICLES) assert.ok(html.includes(`id="art-${a.id}"`));
  for (const f of FIXTURE_STORY.facts) for (const c of f.claims) {
    assert.ok(html.includes(`href="#s-${c.article}-${c.start}"`), 'each claim links to its sentence');
    assert.ok(html.includes(`<mark id="s-${c.article}-${c.start}">`), 'and the sentence is marked');
  }
  assert.match(html, /<p class="meta">not body: 1 title, 1 caption<\/p>/);
  assert.match(html, /<td>Ines Hale <span class="count">\(mayor\)<\/span><\/td>/);
  assert.match(html, /<td>GB<\/td>/, 'a country stands in for a place without coordinates');
  assert.match(html, /<time class="inherited" title="date from the Valley Herald">2031-03-04\*<\/time>/);
});

test('with no fact shared by several sources, what happened shows the single-source ones and says so', () => {
  const story = { ...FIXTURE_STORY, facts: FIXTURE_STORY.facts.filter((f) => f.status === 'single') };
  const html = renderReport([buildBrief(story, FIXTURE_ARTICLES)], FIXTURE_ARTICLES, 'test');
  assert.match(html, /<h3>What happened<\/h3><ul class="summary"><li><a href="#Finspected">/);
  assert.match(html, /No fact is stated by more than one source yet/);
});

const incidentReport = () => renderReport([buildBrief(INCIDENT_STORY, INCIDENT_ARTICLES)], INCIDENT_ARTICLES, 'test');

test('the report opens a story with its incident record, every version linked to its sentences', () => {
  const html = incidentReport();
  assert.ok(html.indexOf('<section class="incident">') < html.indexOf('<h3>What happened</h3>'), 'the record comes first');
  assert.match(html, /<h3>Incident record <span class="type">ASSAULT<\/span><\/h3>/);
  const field = (name: string) => html.match(new RegExp(`<div class="field [a-z]+" data-field="${name}">.*?</dd></div>`))?.[0] ?? '';
  assert.match(field('injured'), /<strong class="value"><a href="#Finjured">3<\/a><\/strong> <span class="support">2 sources:<\/span>.*<span class="tag conflict">conflict<\/span> <span class="also">also <span class="version"><strong class="value">4<\/strong> <span class="support">1 source:<\/span>.*Evening Post<\/a> <span class="tag later">later report<\/span>/);
  assert.match(field('arrested'), /<span class="tag single">one source only<\/span>/);
  assert.match(field('place'), /<span class="geo">Ohio, US · 40\.21, -82\.71<\/span>/);
  assert.match(html, /<div class="field participant" data-role="victim"><dt>victim<\/dt><dd><span class="version"><strong class="value">Dana Ruiz, 34<\/strong>/);
  const cited = [INCIDENT.date!, INCIDENT.place!, ...INCIDENT.figures, ...INCIDENT.participants].flatMap((x) => x.claims);
  for (const c of cited) {
    assert.ok(html.includes(`href="#s-${c.article}-${c.start}"`), `a link to ${c.text}`);
    assert.ok(html.includes(`<mark id="s-${c.article}-${c.start}">`), `the sentence ${c.text} is marked`);
  }
});

test('a story without an incident record has no record section', () => {
  assert.doesNotMatch(fixtureReport(), /class="incident"/);
});

const CHROMIUM = '/usr/bin/chromium';
test('report.html renders in Chromium, on a desktop and a phone', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (apt-get install chromium); skipped` }, async () => {
  const { chromium } = await import('playwright-core');
  const html = fixtureReport();
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
      assert.equal(await page.locator('h2').first().innerText(), `Story 1 ${FIXTURE_STORY.title}`);
      assert.equal(await page.locator('.sources .source').count(), FIXTURE_ARTICLES.length);
      assert.equal(await page.locator('table.entities tbody tr').count(), 3);
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

test('the incident record fits a phone screen and its links lead to the sentence', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent; skipped` }, async () => {
  const { chromium } = await import('playwright-core');
  const file = join(mkdtempSync(join(tmpdir(), 'corroborate-report-')), 'report.html');
  writeFileSync(file, incidentReport());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(pathToFileURL(file).href);
    assert.ok(await page.locator('dl.incident').isVisible());
    assert.equal(await page.locator('dl.incident .field').count(), 7);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`);
    const box = await page.locator('dl.incident [data-field=injured]').boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'the disputed field stays on screen');
    await page.screenshot({ path: join(resolve(REPO, 'out/screenshots'), 'report-incident-phone.png'), fullPage: true });
    await page.locator('dl.incident [data-field=injured] .also a.cite').first().click();
    assert.equal(await page.locator('mark:target').innerText(), INCIDENT.figures[0]!.alternatives![0]!.claims[0]!.text);
  } finally {
    await browser.close();
  }
});
