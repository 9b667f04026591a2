import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agesIn, calendarTerms, contentWords, monthKey, monthsIn, nameWords, numberTerms, wordForms, yearsIn } from './words.js';

test('content words: lower case, no possessive, no stop words or short words', () => {
  assert.deepEqual(contentWords("The Kremlin's spokesman said it was an odd visit"), ['kremlin', 'spokesman', 'odd', 'visit']);
  assert.ok(wordForms("Russia's envoy").has('russia'));
});

test('name words split at spaces and hyphens', () => {
  assert.deepEqual(nameWords('Kim Jong-Un'), ['kim', 'jong']);
  assert.deepEqual(nameWords("Elena Marsh's"), ['elena', 'marsh']);
});

test('numbers leave out years and single digits; years are read separately', () => {
  assert.deepEqual(numberTerms('In 2019, 4 people and 85 others; a 6.4 quake; 31-24'), ['85', '6.4', '31', '24']);
  assert.deepEqual(yearsIn('from 1999 to 2013, not 1066 or 3000'), ['1999', '2013']);
});

test('calendar words: month and day in either order, weekdays', () => {
  assert.deepEqual(calendarTerms('on Dec. 14 and on 14 December, then Tuesday'), ['dec14', 'dec14', 'tuesday']);
  assert.deepEqual(monthsIn('In September and Oct. it rained'), ['sep', 'oct']);
  assert.equal(monthKey('03'), 'mar');
  assert.equal(monthKey('Smarch'), undefined);
});

test('ages: "N-year-old", "aged N", a name and its age between commas; not counts, years or house numbers', () => {
  assert.deepEqual(agesIn('A 16-year-old boy and Jo Smith, 24, were shot; a man aged 31 and a 2 year old girl'), ['16', '24', '31', '2']);
  assert.deepEqual(agesIn('Four people were shot at 1400 Main St., police said in 2016'), []);
});
