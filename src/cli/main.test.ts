import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { assertOffsets } from '../core/_test/offsets.js';
import { EXAMPLES, needsShared, REPO, SHARED, SHARED_DATA } from '../core/_test/paths.js';
import type { AnalyzedArticle, Story } from '../core/model.js';
import { defaultDeps, main } from './main.js';

// One pipeline for every command of this file: building one loads the NER model.
const deps = defaultDeps();

async function run(argv: string[]) {
  let out = '', err = '';
  const code = await main(argv, { out: (s) => { out += s; }, err: (s) => { err += s; } }, deps);
  return { code, out, err };
}
type Output = { articles: AnalyzedArticle[]; stories: Story[] };

test('--version and --help exit 0; no command or a bad flag is a usage error', async () => {
  assert.match((await run(['--version'])).out, /^\d+\.\d+\.\d+\n$/);
  assert.match((await run(['--help'])).out, /corroborate analyze PATH/);
  assert.equal((await run([])).code, 2);
  assert.equal((await run(['analyze'])).code, 2);
  assert.equal((await run(['analyze', '--nope', 'x'])).code, 2);
  assert.equal((await run(['frobnicate'])).code, 2);
});

test('the examples: one story of four articles from four formats, every record on its own text', async () => {
  const { code, out } = await run(['analyze', EXAMPLES, '--json']);
  assert.equal(code, 0);
  const json = JSON.parse(out) as Output;
  assert.equal(json.articles.length, 4);
  assert.equal(json.stories.length, 1);
  assert.equal(json.stories[0]!.articles.length, 4);
  assert.deepEqual((json as unknown as { nearCopies: unknown[] }).nearCopies, [], 'the four ferry reports are no copies of each other');
  assert.deepEqual(json.stories[0]!.derivation, []);
  for (const a of json.articles) assertOffsets(a);
  const kinds = new Set(json.articles.flatMap((a) => a.segments.map((s) => s.kind)));
  for (const k of ['title', 'body', 'caption', 'credit', 'comment', 'boilerplate']) assert.ok(kinds.has(k as never), `no ${k} segment in the examples`);
  assert.ok(json.articles.every((a) => a.published && a.source.name && a.origin), 'every example has a date, a source and an origin');
});

test('the brief names stories, sources, what was set aside and main entities', async () => {
  const { code, out } = await run(['analyze', EXAMPLES]);
  assert.equal(code, 0);
  assert.match(out, /4 articles from 4 sources, 1 story/);
  assert.match(out, /Harbour Wire/);
  assert.match(out, /not body: .*credit/);
  assert.match(out, /Main entities:/);
});

test('--out writes story.json and brief.txt', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-out-'));
  assert.equal((await run(['analyze', EXAMPLES, '--out', dir])).code, 0);
  const json = JSON.parse(execFileSync('cat', [join(dir, 'story.json')], { encoding: 'utf8' })) as Output;
  assert.equal(json.articles.length, 4);
});

test('bad inputs are named and skipped; the rest of the batch is analysed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bad-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  writeFileSync(join(dir, 'cp1252.txt'), Buffer.concat([Buffer.from('The mayor called the plan '), Buffer.from([0x93]), Buffer.from('a disgrace'), Buffer.from([0x94]), Buffer.from(' on Monday, and the council voted it down the same evening.')]));
  writeFileSync(join(dir, 'broken.html'), '<html><body><div><p>The bridge reopened on Tuesday after repairs that took three months, the city said.<p>Traffic was light.</div></span></i><script>');
  writeFileSync(join(dir, 'german.txt'), 'Die Regierung hat am Montag neue Regeln für den Hafen beschlossen. Die Arbeiter sind mit der Entscheidung nicht zufrieden und wollen weiter streiken.');
  const { code, out, err } = await run(['analyze', dir, '--json']);
  assert.equal(code, 0);
  assert.match(err, /empty\.txt: is empty/);
  assert.match(err, /binary\.txt: is a binary file/);
  assert.match(err, /huge\.txt: is 50\.0 MB, over the 5\.0 MB limit/);
  assert.match(err, /cp1252\.txt: not UTF-8; decoded as windows-1252/);
  assert.match(err, /german\.txt: the text is in another language \(deu\)/);
  const json = JSON.parse(out) as Output;
  const names = json.articles.map((a) => a.origin.split('/').pop()).sort();
  assert.deepEqual(names, ['broken.html', 'cp1252.txt', 'german.txt']);
  assert.match(json.articles.find((a) => a.origin.endsWith('cp1252.txt'))!.text, /“a disgrace”/);
  assert.match(json.articles.find((a) => a.origin.endsWith('broken.html'))!.text, /bridge reopened/);
  assert.equal(json.articles.find((a) => a.origin.endsWith('german.txt'))!.language, 'deu');
  for (const a of json.articles) assertOffsets(a);
});

test('exit 1 when no article could be read, with the input named', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-none-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'empty.txt'), '');
  const r = await run(['analyze', dir]);
  assert.equal(r.code, 1);
  assert.match(r.err, /empty\.txt: is empty/);
  assert.equal((await run(['analyze', join(dir, 'missing.txt')])).code, 1);
});

test('standard input is read for -', async () => {
  let out = '';
  const code = await main(['analyze', '-', '--json'], {
    out: (s) => { out += s; }, err: () => {},
    stdin: async () => Buffer.from('The harbour master said on Tuesday that ships could enter the port again after the storm.'),
  }, deps);
  assert.equal(code, 0);
  assert.equal((JSON.parse(out) as Output).articles[0]!.origin, '-');
});

test('the seeds: read, cleaned, dated and grouped as the gold says', { skip: needsShared('seeds') }, async () => {
  const { code, out } = await run(['analyze', resolve(SHARED_DATA, 'seeds'), '--json']);
  assert.equal(code, 0);
  const json = JSON.parse(out) as Output;
  for (const a of json.articles) assertOffsets(a);
  const score = execFileSync('node', [resolve(SHARED, 'tools/score-story.mjs'), resolve(SHARED_DATA, 'seeds-gold.json'), '-'], { input: out, encoding: 'utf8', cwd: REPO });
  const foundation = score.split('\n').filter((l) => /\b(read|marked non-body|kept as body|published \d|grouped into one story|no other article)\b/.test(l));
  assert.ok(foundation.length >= 25, `expected the foundation checks, got ${foundation.length}`);
  assert.deepEqual(foundation.filter((l) => l.startsWith('MISS') && l.includes('[core]')), []);
});
