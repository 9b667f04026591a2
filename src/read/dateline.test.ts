import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reporter } from '../core/report.js';
import type { Diagnostic } from '../core/model.js';
import { publicationDateline, stampOfLine } from './dateline.js';
import { readText } from './text.js';

test('a line that is only a stamp gives its day, however the page printed it', () => {
  assert.equal(stampOfLine('August 2, 2013')?.day, '2013-08-02');
  assert.equal(stampOfLine('Published May 03, 2013')?.day, '2013-05-03');
  assert.equal(stampOfLine('Thu, 10 Nov 2011 02:45 PM')?.day, '2011-11-10');
  assert.equal(stampOfLine('Posted: 08 / 02 / 2013 11: 10 am EDT')?.day, '2013-08-02');
  assert.equal(stampOfLine('12: 52 p. m. EDT May 2, 2013')?.day, '2013-05-02');
  assert.equal(stampOfLine('WASHINGTON, DC, April 28, 2009')?.day, '2009-04-28');
  assert.equal(stampOfLine('Updated: May 24, 2005, 3: 23 PM ET')?.updated, true);
});

test('prose that mentions a day, a day without its year and a day-first dotted date are no stamps', () => {
  assert.equal(stampOfLine('Page was born on April 22, 1923, in Nashville, Tenn.'), undefined);
  assert.equal(stampOfLine('Posted 1 year, 160 days ago [downloaded on 2 October 2013]'), undefined);
  assert.equal(stampOfLine('Friday, May 3'), undefined);
  assert.equal(stampOfLine('Article posted on 08. 07. 2012'), undefined);
});

test('the publication stamp is the first that is not an update, within the first lines', () => {
  const text = 'Lohan checks into rehab\nUPDATED 05 / 03 / 2013 at 11: 00 AM EDT\nOriginally published 05 / 02 / 2013 at 10: 20 AM EDT\nShe said.';
  const d = publicationDateline(text)!;
  assert.equal(d.day, '2013-05-02');
  assert.equal(text.slice(d.start, d.end), 'Originally published 05 / 02 / 2013 at 10: 20 AM EDT');
  assert.equal(publicationDateline('One.\nTwo.\nThree.\nMay 2, 2013\n'), undefined, 'past the first three lines');
});

test('a text is dated by its stamp, which is metadata: never its title, never its body', () => {
  const text = 'Hugh Jackman to host the Oscars\nApril 27, 2009\nThe actor will host the ceremony next year, the academy said on Monday in a statement.\n';
  const draft = readText(text, 'x.txt', reporter([], 'test'));
  assert.equal(draft.published, '2009-04-27');
  const hint = draft.hints!.find((h) => h.rule === 'dateline')!;
  assert.equal(text.slice(hint.start, hint.end), 'April 27, 2009');
  assert.equal(hint.kind, 'boilerplate');
});

test('the record\'s own date wins over a header inside its text, without a warning', () => {
  const sink: Diagnostic[] = [];
  const draft = readText('Date: Sunday, 5/29/2016 - Updated: 2 hours ago\n\nA man was shot on Main Street on Saturday night, police said.', 'a.jsonl#1', reporter(sink, 'test'), { published: '2016-05-30' });
  assert.equal(draft.published, '2016-05-30');
  assert.deepEqual(sink, []);
});
