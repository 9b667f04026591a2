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
test('one stray byte in UTF-8 text becomes U+FFFD with a note, not a re-decode of the whole text', () => {
  const bytes = Buffer.concat([Buffer.from('“Zoë’s café” is open again, officials said. '), Buffer.from([0xff]), Buffer.from(' The mayor’s office agreed.')]);
  const r = decode(bytes);
  assert.ok(r.ok);
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.rule, 'bad-utf8');
  assert.equal(r.text, '“Zoë’s café” is open again, officials said. \uFFFD The mayor’s office agreed.');
});
test('text invalid at most of its non-ASCII bytes is still Windows-1252', () => {
  // one sequence happens to be valid UTF-8 (0xC3 0xA9, 'Ã©' in Windows-1252); the other three are not
  const r = decode(Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0x20, 0x93]), Buffer.from('ok'), Buffer.from([0x94, 0x20, 0xc3, 0xa9])]));
  assert.ok(r.ok && r.encoding === 'windows-1252' && r.text === 'Café “ok” Ã©');
});
test('gzip unpacks only up to the cap: a bomb is refused as too large, not unpacked in full', () => {
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
  const r = decode(bomb, { maxBytes: 1024 * 1024 });
  assert.deepEqual(r.ok ? r : r.rule, 'too-large');
  assert.equal((decode(Buffer.from('x'.repeat(2000)), { maxBytes: 1000 }) as { rule: string }).rule, 'too-large');
});
test('line records are judged line by line: a binary or non-UTF-8 line is blanked and named, the rest kept', () => {
  const bytes = Buffer.concat([Buffer.from('{"text":"one"}\n{"text":"t\0wo"}\n'), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from('{"text":"four"}')]);
  const r = decode(bytes, { lineRecords: true });
  assert.ok(r.ok);
  assert.equal(r.text, '{"text":"one"}\n\n\n{"text":"four"}');
  assert.deepEqual(r.badLines?.map((b) => [b.line, b.rule]), [[2, 'binary-line'], [3, 'bad-utf8-line']]);
});
