import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Diagnostic } from '../core/model.js';
import { readBytes, readPaths, type Draft, type ReadOptions } from './index.js';

// Hostile input: caps that hold after decompression and per record, bad lines skipped by number,
// links followed once; every problem is a diagnostic naming its input and the rest of the batch is read.

const STORY = 'Dock workers in the port ended their strike on Friday after a week, the union said.';

async function readAll(paths: string[], options: ReadOptions = {}): Promise<{ drafts: Draft[]; sink: Diagnostic[] }> {
  const sink: Diagnostic[] = [];
  const drafts: Draft[] = [];
  for await (const d of readPaths(paths, sink, options)) drafts.push(d);
  return { drafts, sink };
}

test('a small gzip that unpacks past the article cap is refused by name; the good file listed with it is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-limits-'));
  writeFileSync(join(dir, 'a-good.txt'), STORY);
  writeFileSync(join(dir, 'b-bomb.txt.gz'), gzipSync(Buffer.from('word '.repeat(400_000))));
  const { drafts, sink } = await readAll([join(dir, 'a-good.txt'), join(dir, 'b-bomb.txt.gz')], { maxArticleBytes: 1024 * 1024 });
  assert.deepEqual(drafts.map((d) => d.text), [STORY]);
  const refused = sink.filter((d) => d.rule === 'too-large');
  assert.equal(refused.length, 1);
  assert.match(refused[0]!.message, /b-bomb\.txt\.gz/);
});

test('JSONL: a NUL line, a non-UTF-8 line, a non-JSON line and a line over the cap are each named by number and skipped', () => {
  const lines = [
    JSON.stringify({ id: 'one', text: STORY }),
    '{"text":"null\0byte"}',
    Buffer.from([0x7b, 0x22, 0x74, 0xff, 0x22, 0x7d]),
    '{not json',
    JSON.stringify({ text: 'x '.repeat(3000) }),
    JSON.stringify({ id: 'six', text: `${STORY} Ships left.` }),
  ];
  const bytes = Buffer.concat(lines.map((l, i) => Buffer.concat([Buffer.from(l), Buffer.from(i < lines.length - 1 ? '\n' : '')])));
  const sink: Diagnostic[] = [];
  const drafts = [...readBytes('batch.jsonl', bytes, sink, { maxArticleBytes: 4096 })];
  assert.deepEqual(drafts.map((d) => d.origin), ['batch.jsonl#one', 'batch.jsonl#six']);
  const errors = sink.filter((d) => d.level === 'error').map((d) => [d.rule, /batch\.jsonl#(\d+)/.exec(d.message)?.[1]]);
  assert.deepEqual(errors, [['binary-line', '2'], ['bad-utf8-line', '3'], ['jsonl-bad-line', '4'], ['too-large', '5']]);
});

test('a feed item over the cap is skipped by name; the other items are read', () => {
  const item = (title: string, body: string) => `<item><title>${title}</title><description><![CDATA[<p>${body}</p>]]></description></item>`;
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Dock Daily</title>${item('Big', 'word '.repeat(2000))}${item('Small', STORY)}</channel></rss>`;
  const sink: Diagnostic[] = [];
  const drafts = [...readBytes('feed.rss', Buffer.from(rss), sink, { maxArticleBytes: 4096 })];
  assert.deepEqual(drafts.map((d) => d.title), ['Small']);
  assert.match(sink.find((d) => d.rule === 'too-large')!.message, /feed\.rss#1/);
});

test('an article over the cap in a batch is refused by origin; the rest goes on', () => {
  const sink: Diagnostic[] = [];
  // 3,000 characters on its line, 6,000 bytes of text: the line passes the first check, the article not the cap
  const bytes = Buffer.from([JSON.stringify({ id: 'big', text: 'é'.repeat(3000) }), JSON.stringify({ id: 'ok', text: STORY })].join('\n'));
  const drafts = [...readBytes('b.jsonl', bytes, sink, { maxArticleBytes: 4096 })];
  assert.deepEqual(drafts.map((d) => d.origin), ['b.jsonl#ok']);
  assert.ok(sink.some((d) => d.rule === 'too-large' && d.message.includes('b.jsonl#big')));
});

test('symbolic links in a folder are followed once: a linked file is read, a link loop and a broken link are reported', async () => {
  const root = mkdtempSync(join(tmpdir(), 'corroborate-links-'));
  const outside = join(root, 'outside.txt');
  writeFileSync(outside, STORY);
  const dir = join(root, 'news');
  mkdirSync(dir);
  writeFileSync(join(dir, 'own.txt'), `${STORY} More ships left.`);
  symlinkSync(outside, join(dir, 'linked.txt'));
  symlinkSync(dir, join(dir, 'loop'));
  symlinkSync(join(root, 'missing.txt'), join(dir, 'broken.txt'));
  const { drafts, sink } = await readAll([dir]);
  assert.deepEqual(drafts.map((d) => d.origin).sort(), [join(dir, 'linked.txt'), join(dir, 'own.txt')]);
  assert.deepEqual(sink.map((d) => d.rule).sort(), ['broken-link', 'link-loop']);
});

/** A gzip that unpacks to `members` copies of `block`: one small member repeated (gunzip reads members one after another). */
const gzipBomb = (block: Buffer, members: number) => Buffer.concat(Array(members).fill(gzipSync(block)));

test('the issue\'s bombs at the default caps: 1 GB of zeros, 1 GB of text and an 11 MB page, gzipped, are refused by name without unpacking them; the good file is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bombs-'));
  const MB = 1024 * 1024;
  writeFileSync(join(dir, 'a-good.txt'), STORY);
  const zeros = gzipBomb(Buffer.alloc(MB), 1024);
  const text = gzipBomb(Buffer.from(`${STORY}\n\n`.repeat(Math.ceil(MB / (STORY.length + 2)))), 1024);
  const page = gzipBomb(Buffer.from(`<html><body><article>${`<p>${STORY}</p>`.repeat(12_000)}</article></body></html>`), 11);
  assert.ok(zeros.length < 1.1 * MB, `1 GB of zeros in ${zeros.length} bytes`);
  writeFileSync(join(dir, 'b-zeros.txt.gz'), zeros);
  writeFileSync(join(dir, 'c-text.txt.gz'), text);
  writeFileSync(join(dir, 'd-page.html.gz'), page);
  const peakBefore = process.resourceUsage().maxRSS;
  const { drafts, sink } = await readAll([dir]);
  // unpacking any of them in full would have raised the peak by a gigabyte (1 GB of bytes, then its string)
  const grownMb = (process.resourceUsage().maxRSS - peakBefore) / 1024;
  assert.deepEqual(drafts.map((d) => d.text), [STORY]);
  assert.deepEqual(sink.filter((d) => d.level === 'error').map((d) => [d.rule, /[bcd]-\w+\.\w+\.gz/.exec(d.message)?.[0]]),
    [['too-large', 'b-zeros.txt.gz'], ['too-large', 'c-text.txt.gz'], ['too-large', 'd-page.html.gz']]);
  assert.ok(grownMb < 256, `peak memory grew by ${grownMb.toFixed(0)} MB`);
});
