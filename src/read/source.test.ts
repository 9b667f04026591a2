import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reporter } from '../core/report.js';
import { readBytes } from './index.js';
import { outletUrl, sourceNameFromCredit, sourceNameFromUrl } from './source.js';

test('an archive URL names the outlet it archived, not the archive', () => {
  assert.equal(outletUrl('https://web.archive.org/web/20160530/http://www.khou.com/news/a-1'), 'http://www.khou.com/news/a-1');
  assert.equal(sourceNameFromUrl('http://web.archive.org/web/2016id_/http:/www.example.com/x'), 'example.com');
  assert.equal(sourceNameFromUrl('https://www.bbc.co.uk/news/world'), 'bbc.co.uk');
  assert.equal(sourceNameFromUrl('data/seeds/000_38bce9262d58ba2b.txt'), undefined);
});

test('credits and bylines name the outlet by their shape', () => {
  assert.equal(sourceNameFromCredit('The talks ended.\n(Reporting by Reuters, Writing by Jane Roe. Editing by John Doe)\n'), 'Reuters');
  assert.equal(sourceNameFromCredit('Title here\nBy Jane Doe, AP\nThe talks ended.'), 'AP');
  assert.equal(sourceNameFromCredit('MOSCOW (Reuters) - The talks ended on Friday.'), 'Reuters');
  assert.equal(sourceNameFromCredit('(AP) — The talks ended on Friday.'), 'AP');
  // a reporter's name, a city or a role after a byline names no outlet
  assert.equal(sourceNameFromCredit('The talks ended.\n(Reporting by Maria Tsvetkova; Editing by John Doe)'), undefined);
  assert.equal(sourceNameFromCredit('By Jane Doe, Moscow\nThe talks ended.'), undefined);
  assert.equal(sourceNameFromCredit('By Jane Doe, Staff Writer\nThe talks ended.'), undefined);
});

test('a JSONL record: its source, else its URL\'s outlet, else unknown (never the file\'s name)', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'The ferry sank on Monday, the coastguard said.', source: 'Harbour Wire' }),
    JSON.stringify({ id: 'b', text: 'The ferry sank on Monday, the coastguard said again.', url: 'https://web.archive.org/web/2016/http://www.khou.com/story' }),
    JSON.stringify({ id: 'c', text: 'The ferry sank on Monday, the coastguard said once more.' }),
  ];
  const drafts = [...readBytes('dev.jsonl', Buffer.from(lines.join('\n')), [])];
  assert.deepEqual(drafts.map((d) => d.source.name), ['Harbour Wire', 'khou.com', '']);
});
