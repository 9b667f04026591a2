import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Diagnostic } from '../core/model.js';
import { HttpError } from './http.js';
import { draftsFromBody } from './upload.js';

// Request bodies into drafts: the media type picks the reader, the query's metadata wins.

const opts = { maxDecodedBytes: 1 << 20 };
const read = (body: string | Buffer, type?: string, meta = {}) => {
  const sink: Diagnostic[] = [];
  return { drafts: draftsFromBody(Buffer.isBuffer(body) ? body : Buffer.from(body), type, meta, sink, opts), sink };
};

test('text/plain is read as text even when it looks like HTML; metadata from the query wins', () => {
  const { drafts } = read('title: From the header\n\n<p>Officials said on Monday the <b>bridge</b> would reopen.</p>\n', 'text/plain; charset=utf-8', { source: 'Wire', published: '2025-01-02' });
  assert.equal(drafts.length, 1);
  assert.match(drafts[0]!.text, /<b>bridge<\/b>/);
  assert.equal(drafts[0]!.title, 'From the header');
  assert.equal(drafts[0]!.source.name, 'Wire');
  assert.equal(drafts[0]!.published, '2025-01-02');
});

test('a declared charset decodes the body', () => {
  const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x77, 0x6e, 0x65, 0x72, 0x73, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2e]);
  assert.equal(read(latin1, 'text/plain; charset=iso-8859-1').drafts[0]!.text, 'Café owners said.');
  assert.throws(() => read('x', 'text/plain; charset=klingon'), (e: HttpError) => e.status === 415);
});

test('JSON: an array of records, each read like a JSONL line; broken JSON is a 400', () => {
  const { drafts } = read(JSON.stringify([{ text: 'One short report.', source: 'A' }, { text: 'Another short report.', title: 'T' }]), 'application/json');
  assert.deepEqual(drafts.map((d) => [d.source.name, d.title]), [['A', undefined], ['', 'T']], 'a record without a source is unknown, not named after the upload');
  assert.throws(() => read('[{', 'application/json'), (e: HttpError) => e.status === 400 && e.code === 'bad-request');
});

test('unknown or missing media types are a 415; an empty body is a diagnostic, not drafts', () => {
  assert.throws(() => read('x', 'image/png'), (e: HttpError) => e.status === 415 && /image\/png/.test(e.message));
  assert.throws(() => read('x', undefined), (e: HttpError) => e.status === 415);
  const { drafts, sink } = read('', 'text/plain');
  assert.deepEqual(drafts, []);
  assert.equal(sink[0]!.level, 'error');
});

test('a gzipped body is inflated, up to a limit', () => {
  assert.equal(read(gzipSync('Ministers met on Friday.'), 'text/plain').drafts[0]!.text, 'Ministers met on Friday.');
  assert.throws(() => read(gzipSync(Buffer.alloc(2 << 20, 'a')), 'text/plain'), (e: HttpError) => e.status === 413);
});
