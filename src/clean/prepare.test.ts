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

