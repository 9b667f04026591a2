import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { decode } from './decode.js';

test('UTF-8 passes through', () => assert.deepEqual(decode(Buffer.from('Zoë’s café')), { ok: true, text: 'Zoë’s café', encoding: 'utf-8' }));
test('Windows-1252 curly quotes are recognised', () => {
  const r = decode(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]));
  assert.ok(r.ok);
  assert.equal(r.text, '“Hi” café');
  assert.equal(r.encoding, 'windows-1252');
});
test('Latin-1 without C1 bytes is named latin-1', () => {
  const r = decode(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  assert.ok(r.ok && r.text === 'café' && r.encoding === 'latin-1' && r.note);
});
test('a declared charset wins over the guess', () => {
  const html = Buffer.concat([Buffer.from('<meta charset="iso-8859-7"><p>'), Buffer.from([0xe1, 0xe2]), Buffer.from('</p>')]);
  const r = decode(html);
  assert.ok(r.ok && r.text.includes('αβ'));
});
test('UTF-16 with a BOM', () => {
  const r = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hello', 'utf16le')]));
  assert.ok(r.ok && r.text === 'hello');
});
test('empty, blank and binary inputs are refused with a reason', () => {
  assert.deepEqual(decode(Buffer.alloc(0)), { ok: false, rule: 'empty-file', message: 'is empty' });
  assert.equal((decode(Buffer.from(' \n\t ')) as { rule: string }).rule, 'empty-file');
  assert.equal((decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])) as { rule: string }).rule, 'binary-file');
});
test('gzip is unpacked', () => {
  const r = decode(gzipSync(Buffer.from('<p>hi</p>')));
  assert.ok(r.ok && r.text === '<p>hi</p>');
});
