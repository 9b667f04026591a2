import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertOffsets } from '../../core/_test/offsets.js';
import type { AnalyzedArticle, ArticleId, Diagnostic, Quantity, Segment } from '../../core/model.js';
import { reporter } from '../../core/report.js';
import { splitSentences } from '../sentences/sentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { extractQuantities } from './extract.js';

/** Quantities of an article made of our own sentences (one body segment unless given). */
function quantities(text: string, segments: Segment[] = [{ start: 0, end: text.length, kind: 'body' }]): { qs: Quantity[]; diagnostics: Diagnostic[] } {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, segments);
  const diagnostics: Diagnostic[] = [];
  const base = { id: 'q' as ArticleId, origin: 'q.txt', source: { name: 'test' }, language: 'eng', text, segments };
  const qs = extractQuantities(base, tokens, sentences, reporter(diagnostics, 'quantities'));
  const analyzed: AnalyzedArticle = { ...base, tokens, sentences, quantities: qs, diagnostics };
  assertOffsets(analyzed);
  return { qs, diagnostics };
}
/** The fields a test cares about, with undefined ones left out. */
const view = (q: Quantity) => Object.fromEntries(Object.entries({
  text: q.text, start: q.start, value: q.value, qualifier: q.qualifier, kind: q.kind,
  subject: q.subject, predicate: q.predicate, category: q.category, unit: q.unit,
}).filter(([, v]) => v !== undefined));

test('counts in numerals and words, with what they count and what happened to it', () => {
  const { qs } = quantities('Officials reported 16 Spanish tourists killed and eight others missing.');
  assert.deepEqual(qs.map(view), [
    { text: '16', start: 19, value: 16, qualifier: 'exact', kind: 'count', subject: 'Spanish tourists', predicate: 'killed', category: 'KILL' },
    { text: 'eight', start: 50, value: 8, qualifier: 'exact', kind: 'count', subject: 'others', predicate: 'missing', category: 'MISSING' },
  ]);
});

test('qualifiers belong to the quantity text', () => {
  const { qs } = quantities('At least 19 people have died, and over 6,500 deaths were recorded. As many as 30 hostages were held captive and nearly 1,400 were rescued.');
  assert.deepEqual(qs.map(view), [
    { text: 'At least 19', start: 0, value: 19, qualifier: 'at least', kind: 'count', subject: 'people', predicate: 'died', category: 'KILL' },
    { text: 'over 6,500', start: 34, value: 6500, qualifier: 'more than', kind: 'count', subject: 'deaths', category: 'KILL' },
    { text: 'As many as 30', start: 67, value: 30, qualifier: 'up to', kind: 'count', subject: 'hostages', predicate: 'held captive', category: 'KIDNAP' },
    { text: 'nearly 1,400', start: 112, value: 1400, qualifier: 'about', kind: 'count', predicate: 'rescued' },
  ]);
});

test('scaled, hyphenated and vague numbers', () => {
  const { qs } = quantities('The 2.3-million-strong city was besieged. Forty-six soldiers were wounded, two dozen were arrested, a dozen fled and hundreds of residents were displaced.');
  assert.deepEqual(qs.map(view), [
    { text: '2.3-million-strong', start: 4, value: 2_300_000, qualifier: 'exact', kind: 'count', subject: 'city', predicate: 'besieged' },
    { text: 'Forty-six', start: 42, value: 46, qualifier: 'exact', kind: 'count', subject: 'soldiers', predicate: 'wounded', category: 'WOUND' },
    { text: 'two dozen', start: 75, value: 24, qualifier: 'exact', kind: 'count', predicate: 'arrested', category: 'ARREST' },
    { text: 'a dozen', start: 100, value: 12, qualifier: 'exact', kind: 'count', predicate: 'fled', category: 'DISPLACED' },
    { text: 'hundreds', start: 117, value: 200, qualifier: 'at least', kind: 'count', subject: 'residents', predicate: 'displaced', category: 'DISPLACED' },
  ]);
});

test('a verb before the number, and a name attached to what is counted', () => {
  const { qs } = quantities('The ministry has already designated five groups affiliated with Hezbollah as terrorist organisations.');
  assert.deepEqual(qs.map(view), [
    { text: 'five', start: 36, value: 5, qualifier: 'exact', kind: 'count', subject: 'groups affiliated with Hezbollah', predicate: 'designated' },
  ]);
});

test('"one" counts only when something happened to it', () => {
  const { qs } = quantities('One of the envoys left. One aid worker is also being held captive in Mali.');
  assert.deepEqual(qs.map(view), [
    { text: 'One', start: 24, value: 1, qualifier: 'exact', kind: 'count', subject: 'aid worker', predicate: 'held captive', category: 'KIDNAP' },
  ]);
});

test('"no one" and "not one" are nobody, never a count of one', () => {
  const { qs } = quantities('No one was hurt in the fire. Not one worker was killed, no-one was missing and one guard was injured.');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.category]), [['one', 1, 'WOUND']]);
});

test('percentages, money and durations are kinds of their own', () => {
  const { qs } = quantities('Prices rose 60 percent, the bill cost $2.5 billion and the siege lasted three days.');
  assert.deepEqual(qs.map(view), [
    { text: '60 percent', start: 12, value: 60, qualifier: 'exact', kind: 'percent', unit: 'percent' },
    { text: '$2.5 billion', start: 38, value: 2_500_000_000, qualifier: 'exact', kind: 'money', unit: 'USD' },
    { text: 'three days', start: 72, value: 3, qualifier: 'exact', kind: 'duration', unit: 'day' },
  ]);
});

test('years, dates, times, ordinals, ages, phone numbers and labels are not quantities', () => {
  const { qs, diagnostics } = quantities(
    'In 2023, on October 7, at 5 pm, the first of the men, aged 45, called 555-0100 about World War 3. One of the aides wrote 7.october.',
  );
  assert.deepEqual(qs, []);
  const rules = new Set(diagnostics.map((d) => d.rule));
  for (const rule of ['quantity-year', 'quantity-date', 'quantity-time', 'quantity-age', 'quantity-code', 'quantity-label', 'quantity-not-a-count'])
    assert.ok(rules.has(rule), `expected a ${rule} diagnostic`);
});

test('reader comments and credits are not counted', () => {
  const body = 'Twelve people died.\n';
  const text = body + '16 people died, says a reader.';
  const { qs } = quantities(text, [{ start: 0, end: body.length, kind: 'body' }, { start: body.length, end: text.length, kind: 'comment' }]);
  assert.deepEqual(qs.map((q) => [q.text, q.value]), [['Twelve', 12]]);
});

test('ranges and spaced thousands', () => {
  const { qs } = quantities('Between 10 to 15 people were hurt. Some 700 000 voters stayed home.');
  assert.deepEqual(qs.map(view), [
    { text: '10 to 15', start: 8, value: 10, qualifier: 'at least', kind: 'count', subject: 'people', predicate: 'hurt', category: 'WOUND' },
    { text: 'Some 700 000', start: 35, value: 700_000, qualifier: 'about', kind: 'count', subject: 'voters', predicate: 'stayed' },
  ]);
});

test('money in symbols and words, and vague lower bounds', () => {
  const { qs } = quantities('The fund pledged US$5 million and 300 million roubles; tens of thousands of people and several dozen officers marched.');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.kind, q.unit ?? '', q.qualifier]), [
    ['US$5 million', 5_000_000, 'money', 'USD', 'exact'],
    ['300 million roubles', 300_000_000, 'money', 'RUB', 'exact'],
    ['tens of thousands', 20_000, 'count', '', 'at least'],
    ['several dozen', 24, 'count', '', 'at least'],
  ]);
  assert.equal(qs[2]!.subject, 'people');
  assert.equal(qs[3]!.predicate, 'marched');
  assert.equal(qs[3]!.category, 'PROTEST');
});

test('a figure a tally gives counts what the tally names', () => {
  const { qs } = quantities('The death toll rose to nine on Sunday, and the toll stood at 12 by Monday.');
  assert.deepEqual(qs.filter((q) => q.kind === 'count').map((q) => [q.value, q.subject, q.category]), [[9, 'death toll', 'KILL'], [12, 'death toll', 'KILL']]);
});

test('nights and weekends are durations, not counts of what happened ("survived two nights" rescued no nights)', () => {
  const { qs } = quantities('A climber who survived two nights on the mountain was rescued.');
  assert.deepEqual(qs.map(view), [{ text: 'two nights', start: 23, value: 2, qualifier: 'exact', kind: 'duration', unit: 'night' }]);
});

test('thousands grouped by a comma set off with a space ("31, 000"), as corpora tokenise them, are one number', () => {
  const { qs } = quantities('The quake injured more than 1, 400 people. An earlier one left 31, 000 people dead.');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.qualifier]), [['more than 1, 400', 1400, 'more than'], ['31, 000', 31000, 'exact']]);
  // numbers in a list stay apart
  assert.deepEqual(quantities('Officers searched rooms 12, 14 and 15.').qs.map((q) => q.value), [12, 14, 15]);
});

test('a part of a group another number counts is not a count of what happened to the group; a part of an uncounted group is', () => {
  const { qs } = quantities('One of the five victims killed has been identified. Two of the hostages were killed.');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.subject, q.category]), [['five', 5, 'victims', 'KILL'], ['Two', 2, 'hostages', 'KILL']]);
});

test('how often is no count: "arrested 3 times", "shot three times"', () => {
  const { qs } = quantities('He has been arrested 3 times. The man was shot three times. Three men were shot.');
  assert.deepEqual(qs.map((q) => [q.text, q.value]), [['Three', 3]]);
});

test('what was tried, threatened or only possible counts no outcome: "trying to kill 2 officers", "could have killed 10"', () => {
  const { qs } = quantities('He is accused of trying to kill 2 officers. He threatened to kill 3 people. It could have killed 10 people. The gunman killed 4 people.');
  assert.deepEqual(qs.map((q) => [q.text, q.category ?? null]), [['2', null], ['3', null], ['10', null], ['4', 'KILL']]);
});

test('a manner adverb before what happened is no counted noun ("one critically injured"); a noun in -ly is ("two family members")', () => {
  const { qs } = quantities('Two were killed and 1 critically injured, and two family members were hurt.');
  assert.deepEqual(qs.map((q) => [q.text, q.subject, q.predicate]), [['Two', undefined, 'killed'], ['1', undefined, 'injured'], ['two', 'family members', 'hurt']]);
});
