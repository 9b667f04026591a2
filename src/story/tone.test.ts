import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceValence, toneOf } from './tone.js';

const terms = (text: string) => toneOf(text).terms.map((t) => [t.term, t.value]);

test('a phrase is scored as a whole, not word by word', () => {
  assert.deepEqual(terms('Norland is taking advantage of the drought.'), [['taking advantage of', -2]]);
  assert.deepEqual(terms('Norland acts in its own narrow interests.'), [['own narrow interests', -1]]);
});

test('what an actor gains or whom it backs is not the outlet praising it', () => {
  assert.equal(sentenceValence('Norland benefits from the new port and supports the coalition.'), 0);
  assert.equal(sentenceValence('Eleven people were killed in the attack.'), 0);
});

test('negation flips the next words, and the negator itself carries no tone', () => {
  assert.deepEqual(terms('The talks were not constructive.'), [['constructive', -2]]);
  assert.deepEqual(terms('There were no contacts with the ministry.'), []);
});

test('framing words AFINN lacks are scored', () => {
  assert.ok(sentenceValence('Norland repeats its familiar narrative of meddling abroad.') < 0);
  assert.ok(sentenceValence('Norland showed a steadfast commitment to impartial mediation.') > 0);
});
