import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Diagnostic } from '../core/model.js';
import { seededRandom } from '../core/random.js';
import { readPaths } from './index.js';

// Fuzzing every reader (text, HTML, JSONL, feeds, gzip of each): seeded, bounded by a count and a
// time budget. Whatever the bytes, reading never throws, every file it cannot read is named in a
// diagnostic, and the good records listed with the bad ones are read.

const SEED = 16;
const ROUNDS = 40;
const BUDGET_MS = 4000;
const GOOD = 'Dock workers ended their strike on Friday after a week, the union said in a statement.';

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);

/** A valid input of each format, to be broken. */
const VALID: Readonly<Record<string, string>> = {
  txt: `title: Strike ends\n\n${GOOD}\n`,
  html: `<html><head><title>Strike ends</title></head><body><article><p>${GOOD}</p></article></body></html>`,
  jsonl: `${JSON.stringify({ id: 'a', text: GOOD })}\n${JSON.stringify({ id: 'b', html: `<p>${GOOD} Ships left.</p>` })}\n`,
  rss: `<?xml version="1.0"?><rss version="2.0"><channel><title>Dock Daily</title><item><title>Ends</title><description><![CDATA[<p>${GOOD}</p>]]></description></item></channel></rss>`,
};

/** Ways to break bytes: each keeps some of the input and adds what attackers and accidents add. */
const MUTATIONS: readonly ((b: Buffer, rand: Rand) => Buffer)[] = [
  (b, rand) => b.subarray(0, int(rand, b.length)),                                             // cut short
  (b, rand) => { const c = Buffer.from(b); for (let i = 0; i < 1 + int(rand, 8); i++) c[int(rand, c.length)] = int(rand, 256); return c; },
  (b, rand) => Buffer.concat([b, Buffer.from(Array.from({ length: int(rand, 512) }, () => int(rand, 256)))]),
  (b, rand) => { const at = int(rand, b.length); return Buffer.concat([b.subarray(0, at), Buffer.from([0, 0, 0]), b.subarray(at)]); },
  (b, rand) => { const at = int(rand, b.length); return Buffer.concat([b.subarray(0, at), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), b.subarray(at)]); },
  (b, rand) => Buffer.concat([b, Buffer.from('<div>'.repeat(2000 + int(rand, 3000)))]),       // deep markup
  (b, rand) => Buffer.concat([b, Buffer.from(`${'['.repeat(5000 + int(rand, 5000))}\n`)]),       // deep JSON
  (b) => Buffer.concat([b, Buffer.from('\x1b[2J\x1b]0;owned\x07\r\n')]),                           // terminal escapes
  (b, rand) => gzipSync(b).subarray(0, 10 + int(rand, 20)),                                        // broken gzip
  () => Buffer.alloc(0),
  (b, rand) => Buffer.from(b.toString('utf8').split('').sort(() => rand() - 0.5).join('')),
];

test('fuzz: every reader survives broken bytes, names what it cannot read and reads the good records beside it', async () => {
  const rand = seededRandom(SEED);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-fuzz-'));
  const started = Date.now();
  for (let round = 0; round < ROUNDS && Date.now() - started < BUDGET_MS; round++) {
    const format = pick(rand, Object.keys(VALID));
    let bytes = pick(rand, MUTATIONS)(Buffer.from(VALID[format]!), rand);
    const gz = rand() < 0.3;
    if (gz) bytes = gzipSync(bytes);
    const bad = join(dir, `r${round}-bad.${format}${gz ? '.gz' : ''}`);
    const good = join(dir, `r${round}-good.jsonl`);
    writeFileSync(bad, bytes);
    // the good file's lines sit around a line of the same garbage: a bad record never costs the others
    writeFileSync(good, [JSON.stringify({ id: 'first', text: `${GOOD} Round ${round}.` }), bytes.toString('latin1').replace(/\n/g, ' '), JSON.stringify({ id: 'last', text: `${GOOD} Again ${round}.` })].join('\n'));
    const sink: Diagnostic[] = [];
    const origins: string[] = [];
    for await (const d of readPaths([bad, good], sink, { maxArticleBytes: 64 * 1024 })) origins.push(d.origin);
    const context = `round ${round}: ${format}${gz ? '.gz' : ''}`;
    assert.ok(origins.includes(`${good}#first`) && origins.includes(`${good}#last`), `${context}: good lines lost (${origins.join(', ')})`);
    const fromBad = origins.filter((o) => o.startsWith(bad));
    const named = sink.some((d) => (d.origin ?? '').startsWith(bad) || d.message.includes(bad));
    assert.ok(fromBad.length > 0 || named, `${context}: nothing read and no diagnostic names the file`);
    for (const d of sink) if (d.level === 'error') assert.ok((d.origin ?? d.message).includes(dir), `${context}: an error names no input: ${d.message}`);
  }
});
