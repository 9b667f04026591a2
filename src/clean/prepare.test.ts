import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reporter } from '../core/report.js';
import { readText } from '../read/text.js';
import { unknownSource } from '../read/source.js';
import { prepareArticle } from './prepare.js';

test('a file name never names the source: a text nothing names is an unknown outlet of its own', () => {
  const draft = readText('The ferry sank on Monday, the coastguard said. Nine people were rescued.', 'data/000_38bce9262d58ba2b.txt', reporter([], 'test'));
  assert.equal(draft.source.name, '');
  const a = prepareArticle(draft, []), b = prepareArticle({ ...draft, text: `${draft.text} Two are missing.` }, []);
  assert.equal(a.source.unknown, true);
  assert.match(a.source.name, /^unknown source/);
  assert.notEqual(a.source.name, b.source.name, 'two unknown reports are not one outlet');
  assert.deepEqual(unknownSource('0123456789abcdef').name, 'unknown source (01234567)');
});


test('a headline above its stamp is the title; a stamp is never one', () => {
  const body = 'The actor will host the ceremony next year, the academy said on Monday in a short statement to reporters.';
  const headed = prepareArticle(readText(`Hugh Jackman to host the Oscars\nApril 27, 2009\n${body}\n`, 'a.txt', reporter([], 'test')), []);
  assert.equal(headed.title, 'Hugh Jackman to host the Oscars');
  assert.equal(headed.published, '2009-04-27');
  const stampFirst = prepareArticle(readText(`April 27, 2009\n${body}\n`, 'b.txt', reporter([], 'test')), []);
  assert.equal(stampFirst.title, undefined);
  assert.equal(stampFirst.segments.find((s) => s.start === 0)!.kind, 'boilerplate');
});
