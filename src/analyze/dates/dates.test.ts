import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, Article, ArticleId, DateRef, Diagnostic, Segment } from '../../core/model.js';
import { reporter } from '../../core/report.js';
import { splitSentences } from '../sentences/sentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { extractDates } from './extract.js';
import { refineStoryDates } from './story.js';

interface Made { article: AnalyzedArticle; dates: DateRef[]; diagnostics: Diagnostic[] }

/** An article of our own sentences: segments default to one body segment. */
function make(text: string, published?: string, segments: Segment[] = [{ start: 0, end: text.length, kind: 'body' }], id = 'a1'): Made {
  const article: Article = { id: id as ArticleId, origin: `${id}.txt`, source: { name: 'test' }, language: 'eng', text, segments };
  if (published) article.published = published;
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, segments);
  const diagnostics: Diagnostic[] = [];
  const dates = extractDates(article, sentences, reporter(diagnostics, 'dates'));
  for (const d of dates) assert.equal(text.slice(d.start, d.end), d.text);
  return { article: { ...article, tokens, sentences, dates, diagnostics }, dates, diagnostics };
}
const brief = (ds: DateRef[]) => ds.map((d) => [d.text, d.start, d.value]);

test('explicit dates, with and without a year', () => {
  const { dates } = make('Talks began on October 20, 2023 in Doha. They resumed on November 3.', '2023-11-06');
  assert.deepEqual(brief(dates), [['October 20, 2023', 15, '2023-10-20'], ['November 3', 57, '2023-11-03']]);
  assert.equal(dates[0]!.basis, 'explicit');
  assert.equal(dates[1]!.basis, 'year from published 2023-11-06');
  assert.equal(dates[1]!.grain, 'day');
});

test('weekdays read against the publication date, as a reader would', () => {
  // 2023-10-27 is a Friday: "on Thursday" is the day before, "on Friday" the same day.
  const { dates } = make('The ministry said on Friday that envoys met on Thursday.', '2023-10-27');
  assert.deepEqual(brief(dates), [['Friday', 21, '2023-10-27'], ['Thursday', 47, '2023-10-26']]);
  assert.equal(dates[1]!.basis, 'relative to published 2023-10-27');
});

test('the tense decides the direction of a weekday chrono would put in the next week', () => {
  // From a Friday, Monday is 3 days ahead and 4 behind: a report of what was said points back.
  const past = make('The minister said on Monday that talks would go on.', '2023-10-27').dates;
  assert.deepEqual(brief(past), [['Monday', 21, '2023-10-23']]);
  const future = make('The minister will travel to Cairo on Tuesday.', '2023-10-27').dates;
  assert.deepEqual(brief(future), [['Tuesday', 37, '2023-10-31']]);
});

test('anaphoric dates follow the last date the text mentioned', () => {
  const { dates } = make('Envoys met in Moscow on October 26. The following day, they flew home. Two days later, talks resumed. That evening a deal was signed.', '2023-11-06');
  assert.deepEqual(brief(dates), [
    ['October 26', 24, '2023-10-26'],
    ['The following day', 36, '2023-10-27'],
    ['Two days later', 71, '2023-10-29'],
    ['That evening', 102, '2023-10-29'],
  ]);
  assert.equal(dates[1]!.basis, '1 day after "October 26"');
  assert.equal(dates[3]!.basis, 'same day as "Two days later"');
});

test('anaphors in capitals and a bare year are still found (what the sentence prefilters must let through)', () => {
  const { dates } = make('Envoys met in Moscow on October 26, 2023. THE FOLLOWING MORNING they flew home. The 2024 talks began A WEEK LATER.', '2023-11-06');
  assert.deepEqual(brief(dates), [
    ['October 26, 2023', 24, '2023-10-26'],
    ['THE FOLLOWING MORNING', 42, '2023-10-27'],
    ['2024', 84, '2024'],
  ]);
});

test('an anaphor with nothing before it is left unresolved, with a diagnostic', () => {
  const { dates, diagnostics } = make('The next day, the envoys left.', '2023-11-06');
  assert.deepEqual(dates, []);
  assert.ok(diagnostics.some((d) => d.rule === 'date-anaphor-unanchored' && d.start === 0 && d.end === 12));
});

test('relative words, months and years', () => {
  const { dates } = make('Yesterday the council met. Prices rose last year. The law passed in May. The group was founded in 1987.', '2023-10-27');
  assert.deepEqual(dates.map((d) => [d.text, d.value, d.grain]), [
    ['Yesterday', '2023-10-26', 'day'],
    ['last year', '2022', 'year'],
    ['May', '2023-05', 'month'],
    ['1987', '1987', 'year'],
  ]);
});

test('a clock time with a relative day gives that day ("4:40 p.m. today", "9:30 p.m. last night", "today at 4 p.m.")', () => {
  const { dates } = make('It happened at about 4:40 p.m. today. Police were called at 9:30 p.m. last night. A man was hurt today at 4 p.m. outside.', '2023-10-27');
  assert.deepEqual(dates.map((d) => [d.text, d.value, d.grain]), [
    ['4:40 p.m. today', '2023-10-27', 'day'],
    ['9:30 p.m. last night', '2023-10-26', 'day'],
    ['today at 4 p.m.', '2023-10-27', 'day'],
  ]);
});

test('no false dates: verbs, nouns, times, bare numbers, lower-case months', () => {
  const { dates } = make('The council may have to act. The March on Washington drew 16 people at 5 pm. It started at 7.october, aged 45, on the second day.', '2023-10-27');
  assert.deepEqual(dates, []);
});

test('reader comments, credits and boilerplate get no dates', () => {
  const text = 'Envoys met on Thursday.\nGreat article, see you on Friday!\n(Reporting by A. Writer on Monday)';
  const segments: Segment[] = [
    { start: 0, end: 24, kind: 'body' },
    { start: 24, end: 59, kind: 'comment' },
    { start: 59, end: text.length, kind: 'credit' },
  ];
  const { dates } = make(text, '2023-10-27', segments);
  assert.deepEqual(brief(dates), [['Thursday', 14, '2023-10-26']]);
});

test('without a publication date, a caption date and the lead weekday give a reference', () => {
  // The caption's picture was taken on Friday 20 October; the report's events are on or after it,
  // and its lead (Friday) is the latest of them: the reference is Friday 27 October.
  const caption = 'Farmers in Lyon, October 20, 2023. Photo agency\n';
  const body = 'The ministry said on Friday it would keep talking. Ankara asked Rome on Thursday to recall the envoys.';
  const text = caption + body;
  const { dates, diagnostics } = make(text, undefined, [{ start: 0, end: caption.length, kind: 'caption' }, { start: caption.length, end: text.length, kind: 'body' }]);
  assert.deepEqual(brief(dates), [['October 20, 2023', 17, '2023-10-20'], ['Friday', 69, '2023-10-27'], ['Thursday', 120, '2023-10-26']]);
  assert.match(dates[1]!.basis, /inferred from "October 20, 2023" and "Friday"/);
  assert.ok(diagnostics.some((d) => d.rule === 'date-reference-inferred'));
});

test('without any reference, dates that need one are left for the story level', () => {
  const { dates, diagnostics } = make('Envoys met on October 26. On Thursday they left.');
  assert.deepEqual(dates, []);
  assert.deepEqual(diagnostics.map((d) => d.rule).sort(), ['date-no-reference', 'date-no-year']);
});

test('refineStoryDates reads undated articles against the story', () => {
  const dated = make('Envoys arrived on Thursday, the ministry said on Friday.', '2023-10-27', undefined, 'dated').article;
  const undated = make('Envoys met on October 26. The following day they left. They had arrived on Thursday.', undefined, undefined, 'undated').article;
  const refined = refineStoryDates([dated, undated]);
  assert.deepEqual([...refined.keys()], ['undated']);
  const dates = refined.get('undated' as ArticleId)!;
  assert.deepEqual(brief(dates), [['October 26', 14, '2023-10-26'], ['The following day', 26, '2023-10-27'], ['Thursday', 75, '2023-10-26']]);
  assert.equal(dates[0]!.basis, 'year from story reference 2023-10-27 (the publication date of article dated)');
});

test('a dateline in the opening lines stands for the publication date', () => {
  const { dates } = make('Envoys meet in Moscow\nMay 03, 2013\nThe talks began on Thursday, officials said.');
  assert.deepEqual(brief(dates), [['May 03, 2013', 22, '2013-05-03'], ['Thursday', 54, '2013-05-02']]);
  assert.equal(dates[1]!.basis, 'relative to the dateline "May 03, 2013"');
});

test('relative to an event, or a span of time, is no date', () => {
  const { dates } = make('Envoys met on October 26. Two days after the attack, they left. He scored seven goals in one year.', '2023-11-06');
  assert.deepEqual(brief(dates), [['October 26', 14, '2023-10-26']]);
});

test('a date word inside a longer name is no date', () => {
  const text = 'She presented World News Tonight on Monday.';
  const article: Article = { id: 'n' as ArticleId, origin: 'n.txt', source: { name: 'test' }, language: 'eng', text, published: '2023-10-27', segments: [{ start: 0, end: text.length, kind: 'body' }] };
  const tokens = tokenize(text);
  const mentions = [{ start: 14, end: 32, text: 'World News Tonight', type: 'MISC' as const }];
  const dates = extractDates(article, splitSentences(text, tokens, article.segments), reporter([], 'dates'), { mentions });
  assert.deepEqual(brief(dates), [['Monday', 36, '2023-10-23']]);
});

test('a hearing still to come points forward even in a sentence told in the past ("pending his next court hearing April 19")', () => {
  const { dates } = make('The judge ordered him held without bail pending his next court hearing April 19.', '2007-04-12');
  assert.deepEqual(brief(dates), [['April 19', 71, '2007-04-19']]);
  assert.deepEqual(brief(make('He was shot on April 19 and died the next day.', '2007-04-12').dates).slice(0, 1), [['April 19', 15, '2006-04-19']]);
  assert.deepEqual(brief(make('A hearing is scheduled for March 14, prosecutors said.', '2014-03-03').dates), [['March 14', 27, '2014-03-14']]);
});
