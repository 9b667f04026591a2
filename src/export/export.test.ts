import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, ArgRef, ArticleId, EntityId, EntityLink, Event, LinkKind, Mention, Story, StoryId } from '../core/model.js';
import { articleId } from '../core/ids.js';
import { CSV_COLUMNS } from './csv.js';
import { parseCsv } from './_parse-csv.js';
import { INCIDENT_ARTICLES, INCIDENT_STORY } from '../render/_incident.js';
import { EVENT_COLUMNS, exporters, GKG_COLUMNS, type ExportInput } from './index.js';

// Records written by hand (events and geography may not come out of the pipeline yet): two articles of
// one story telling the same meeting, one with a quote, counts, amounts and dates.

const TEXT_A = 'Russian officials met Hamas leaders in Moscow on 26 October 2023. At least 19 people were killed in Gaza by airstrikes, the ministry said. '
  + '"We want calm | and #talks", said Ivan Petrov. The fund pledged $5 million.';
const TEXT_B = 'Moscow hosted a Hamas delegation on Thursday.\tRussian officials met Hamas leaders there, state media said.';

function at(text: string, word: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(word, from);
  assert.ok(start >= 0, `"${word}" is not in the text`);
  return { start, end: start + word.length, text: word };
}
function arg(text: string, word: string, extra: Partial<ArgRef> = {}): ArgRef { return { ...at(text, word), ...extra }; }

/** The story's links, gathered as the fixtures below name an entity for a span. */
const LINKS: EntityLink[] = [];
function linked<R extends { start: number; end: number }>(text: string, kind: LinkKind, record: R, entity: EntityId): R {
  if (!LINKS.some((l) => l.article === articleId(text) && l.start === record.start && l.end === record.end && l.kind === kind))
    LINKS.push({ article: articleId(text) as ArticleId, start: record.start, end: record.end, kind, entity });
  return record;
}
const linkedArg = (text: string, word: string, entity: EntityId) => linked(text, 'participant', arg(text, word), entity);
const mention = (text: string, word: string, type: Mention['type'], entity: EntityId): Mention => linked(text, 'mention', { ...at(text, word), type }, entity);

const S = 'S-test' as StoryId;
const E = (n: number) => `S-test-E${n}` as EntityId;

function article(origin: string, text: string, extra: Partial<AnalyzedArticle>): AnalyzedArticle {
  const firstStop = text.indexOf('. ') + 1;
  return {
    id: articleId(text), origin, source: { name: origin.split('.')[0]! }, language: 'eng', text,
    segments: [{ start: 0, end: firstStop, kind: 'body' }, { start: firstStop, end: text.length, kind: 'body' }],
    diagnostics: [], ...extra,
  };
}

const meetingIn = (text: string): Event => ({
  ...at(text, 'met'), type: 'CONSULT', actor: arg(text, 'Russian officials', { country: 'RU', sector: 'officials' }),
  target: linkedArg(text, 'Hamas leaders', E(2)), place: linkedArg(text, 'Moscow', E(1)), date: '2023-10-26', negated: false, hedged: false,
});

const A = article('https://www.wire.example/a.html', TEXT_A, {
  title: 'Moscow\tmeeting\nheadline', published: '2023-10-27', author: 'A. <Writer>', canonicalUrl: 'https://www.wire.example/a.html',
  mentions: [
    mention(TEXT_A, 'Hamas', 'ORG', E(2)), mention(TEXT_A, 'Moscow', 'LOC', E(1)),
    mention(TEXT_A, 'Gaza', 'LOC', E(3)), mention(TEXT_A, 'Ivan Petrov', 'PER', E(4)),
  ],
  dates: [{ ...at(TEXT_A, '26 October 2023'), value: '2023-10-26', grain: 'day', basis: 'explicit' }],
  quantities: [
    { ...at(TEXT_A, 'At least 19'), value: 19, qualifier: 'at least', kind: 'count', subject: 'people', predicate: 'killed', category: 'KILL' },
    { ...at(TEXT_A, '$5 million'), value: 5_000_000, qualifier: 'exact', kind: 'money', unit: 'USD' },
  ],
  quotes: [{ ...at(TEXT_A, '"We want calm | and #talks"'), direct: true, speaker: linkedArg(TEXT_A, 'Ivan Petrov', E(4)) }],
  events: [meetingIn(TEXT_A), {
    ...at(TEXT_A, 'killed'), type: 'ASSAULT', actor: arg(TEXT_A, 'airstrikes'), place: linkedArg(TEXT_A, 'Gaza', E(3)), negated: false, hedged: false,
  }, { ...at(TEXT_A, 'pledged'), type: 'ASSAULT', negated: true, hedged: false }, {
    ...at(TEXT_A, 'said'), type: 'ASSAULT', target: arg(TEXT_A, 'Ivan Petrov'), negated: false, hedged: false,
  }],
});
const B = article('b.txt', TEXT_B, {
  published: '2023-10-27',
  mentions: [mention(TEXT_B, 'Moscow', 'LOC', E(1)), mention(TEXT_B, 'Hamas', 'ORG', E(2))],
  events: [meetingIn(TEXT_B)],
});
const LONE = article('lone.txt', 'A quiet day in Elmsford. Nothing happened.', {});

const STORY: Story = {
  id: S, title: 'Hamas delegation in Moscow', articles: [A.id, B.id], links: LINKS, dates: [], eventDates: [], facts: [], timeline: [], framing: [], network: { nodes: [], edges: [], oneSided: [] },
  entities: [
    { id: E(1), name: 'Moscow', type: 'LOC', count: 2, aliases: [], geo: { lat: 55.7558, lon: 37.6173, country: 'RU' } },
    { id: E(2), name: 'Hamas', type: 'ORG', count: 2, aliases: [] },
    { id: E(3), name: 'Gaza', type: 'LOC', count: 1, aliases: [], geo: { lat: 31.5, lon: 34.47, country: 'PS' } },
    { id: E(4), name: 'Ivan Petrov', type: 'PER', count: 1, aliases: [] },
  ],
};
const INPUT: ExportInput = {
  stories: [STORY], articles: [A, B, LONE],
  added: new Map([[A.id, '2024-01-02T03:04:05.000Z'], [B.id, '2024-01-02T03:04:06.000Z'], [LONE.id, '2024-01-03T00:00:00.000Z']]),
};

const output = (format: keyof typeof exporters, input = INPUT) => [...exporters[format].write(input)].join('');
const tsv = (text: string) => text.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));

test('GDELT events: 61 columns on every line, no header; one row per distinct event of a story', () => {
  assert.equal(EVENT_COLUMNS.length, 61);
  const rows = tsv(output('gdelt-events'));
  for (const r of rows) assert.equal(r.length, 61);
  assert.equal(rows.length, 2, 'the meeting told twice is one event; the negated conflict is none; an event with no actor named is not coded; the lone article has no event');
});

test('GDELT events: a copy of one of the reports is no other source (NumSources), though it is another article', () => {
  const rows = (input: ExportInput) => tsv(output('gdelt-events', input));
  const col = (r: string[], name: string) => r[EVENT_COLUMNS.indexOf(name)]!;
  const meetingOf = (input: ExportInput) => rows(input).find((r) => col(r, 'EventRootCode') === '04')!;
  const story = INPUT.stories[0]!;
  const [first, second] = story.articles;
  const copied: ExportInput = { ...INPUT, stories: [{ ...story, derivation: [{ article: second!, from: first!, kind: 'copy', similarity: 1, evidence: [] }] }, ...INPUT.stories.slice(1)] };
  assert.equal(col(meetingOf(INPUT), 'NumSources'), '2');
  assert.equal(col(meetingOf(copied), 'NumSources'), '1');
  assert.equal(col(meetingOf(copied), 'NumArticles'), '2');
});

test('GDELT events: an actor inferred rather than read from the sentence (actorBasis) is not coded', () => {
  const inferred: ExportInput = { ...INPUT, articles: INPUT.articles.map((a) => ({ ...a, events: (a.events ?? []).map((e) => (e.type === 'CONSULT' ? { ...e, actorBasis: 'inferred' } : e)) })) };
  assert.equal(tsv(output('gdelt-events', inferred)).length, tsv(output('gdelt-events')).length - 1);
});

test('GDELT events: codes, counts across the story, actors and geography', () => {
  const rows = tsv(output('gdelt-events'));
  const col = (r: string[], name: string) => r[EVENT_COLUMNS.indexOf(name)]!;
  const meeting = rows.find((r) => col(r, 'EventRootCode') === '04')!;
  assert.ok(meeting);
  assert.match(col(meeting, 'GlobalEventID'), /^\d+$/);
  assert.equal(col(meeting, 'Day'), '20231026');
  assert.equal(col(meeting, 'MonthYear'), '202310');
  assert.equal(col(meeting, 'Year'), '2023');
  assert.equal(col(meeting, 'FractionDate'), '2023.8192');
  assert.equal(col(meeting, 'Actor1Code'), 'RUSGOV');
  assert.equal(col(meeting, 'Actor1Name'), 'RUSSIAN OFFICIALS');
  assert.equal(col(meeting, 'Actor1CountryCode'), 'RUS');
  assert.equal(col(meeting, 'Actor1Type1Code'), 'GOV');
  assert.equal(col(meeting, 'Actor2Name'), 'HAMAS');
  assert.equal(col(meeting, 'IsRootEvent'), '1');
  assert.equal(col(meeting, 'EventCode'), '040');
  assert.equal(col(meeting, 'EventBaseCode'), '040');
  assert.equal(col(meeting, 'QuadClass'), '1');
  assert.equal(col(meeting, 'GoldsteinScale'), '1');
  assert.equal(col(meeting, 'NumMentions'), '2');
  assert.equal(col(meeting, 'NumSources'), '2');
  assert.equal(col(meeting, 'NumArticles'), '2');
  assert.match(col(meeting, 'AvgTone'), /^-?\d+(\.\d+)?$/);
  assert.equal(col(meeting, 'Actor1Geo_Type'), '1');
  assert.equal(col(meeting, 'Actor1Geo_FullName'), 'Russia');
  assert.equal(col(meeting, 'Actor1Geo_CountryCode'), 'RS', 'geography speaks FIPS 10-4');
  assert.equal(col(meeting, 'ActionGeo_Type'), '4');
  assert.equal(col(meeting, 'ActionGeo_FullName'), 'Moscow, Russia');
  assert.equal(col(meeting, 'ActionGeo_Lat'), '55.7558');
  assert.equal(col(meeting, 'ActionGeo_Long'), '37.6173');
  assert.equal(col(meeting, 'DATEADDED'), '20240102030405');
  assert.equal(col(meeting, 'SOURCEURL'), 'https://www.wire.example/a.html');
  const attack = rows.find((r) => col(r, 'EventRootCode') === '18')!;
  assert.equal(col(attack, 'QuadClass'), '4');
  assert.equal(col(attack, 'GoldsteinScale'), '-9');
  assert.equal(col(attack, 'NumArticles'), '1');
  assert.equal(col(attack, 'ActionGeo_CountryCode'), 'GZ', 'Gaza has its own FIPS code');
  assert.equal(col(attack, 'IsRootEvent'), '0');
  assert.equal(col(attack, 'Day'), '20231027', 'no event date: the publication date');
});

test('GDELT events: an event with no date and no publication date has an empty Day, never the day it was stored', () => {
  const { published: _, ...rest } = B;
  const undated = { ...rest, dates: [], events: (B.events ?? []).map(({ date: _d, ...e }) => e) };
  const rows = tsv(output('gdelt-events', { stories: [], articles: [undated], added: new Map([[B.id, '2026-12-04T10:00:00.000Z']]) }));
  assert.ok(rows.length > 0, 'the meeting is coded');
  const col = (r: string[], name: string) => r[EVENT_COLUMNS.indexOf(name)]!;
  for (const r of rows) {
    assert.deepEqual(['Day', 'MonthYear', 'Year', 'FractionDate'].map((c) => col(r, c)), ['', '', '', '']);
    assert.equal(col(r, 'DATEADDED'), '20261204100000', 'when it was stored is DATEADDED');
  }
});

test('GDELT GKG: 27 columns on every line; names, places, counts, dates, quotes and amounts at their offsets', () => {
  assert.equal(GKG_COLUMNS.length, 27);
  const rows = tsv(output('gdelt-gkg'));
  assert.equal(rows.length, 3, 'one row per article');
  for (const r of rows) assert.equal(r.length, 27);
  const col = (r: string[], name: string) => r[GKG_COLUMNS.indexOf(name)]!;
  const a = rows[0]!;
  assert.equal(col(a, 'GKGRECORDID'), '20240102030405-0');
  assert.equal(col(a, 'V2.1DATE'), '20231027000000');
  assert.equal(col(a, 'V2SOURCECOLLECTIONIDENTIFIER'), '1');
  assert.equal(col(a, 'V2SOURCECOMMONNAME'), 'wire.example');
  assert.equal(col(a, 'V2DOCUMENTIDENTIFIER'), 'https://www.wire.example/a.html');
  const killed = at(TEXT_A, 'At least 19');
  assert.equal(col(a, 'V1COUNTS'), 'KILL#19#people#1#Gaza#GZ#GZ#31.5#34.47#GZ;', 'the place in the same sentence');
  assert.equal(col(a, 'V2.1COUNTS'), `KILL#19#people#1#Gaza#GZ#GZ#31.5#34.47#GZ#${killed.start};`);
  assert.equal(col(a, 'V1THEMES'), 'KILL;');
  assert.equal(col(a, 'V2ENHANCEDTHEMES'), `KILL,${killed.start};`);
  assert.equal(col(a, 'V1LOCATIONS'), '4#Moscow, Russia#RS#RS#55.7558#37.6173#;1#Gaza#GZ#GZ#31.5#34.47#GZ');
  for (const block of col(a, 'V2ENHANCEDLOCATIONS').split(';')) {
    const f = block.split('#');
    assert.equal(f.length, 9);
    assert.ok(['Moscow', 'Gaza'].some((name) => TEXT_A.startsWith(name, Number(f[8]))), block);
  }
  assert.equal(col(a, 'V1PERSONS'), 'ivan petrov');
  assert.equal(col(a, 'V2ENHANCEDPERSONS'), `Ivan Petrov,${at(TEXT_A, 'Ivan Petrov').start}`);
  assert.equal(col(a, 'V1ORGANIZATIONS'), 'hamas');
  assert.equal(col(a, 'V2ENHANCEDORGANIZATIONS'), `Hamas,${at(TEXT_A, 'Hamas').start}`);
  const tone = col(a, 'V1.5TONE').split(',');
  assert.equal(tone.length, 7);
  assert.ok(tone.every((x) => /^-?\d+(\.\d+)?$/.test(x)));
  assert.equal(col(a, 'V2.1ENHANCEDDATES'), `4#10#26#2023#${at(TEXT_A, '26 October 2023').start}`);
  assert.match(col(a, 'V2GCAM'), /^wc:\d+$/);
  const quote = at(TEXT_A, '"We want calm | and #talks"');
  const [offset, length, verb, words] = col(a, 'V2.1QUOTATIONS').split('|');
  assert.deepEqual([Number(offset), Number(length), verb], [quote.start, quote.end - quote.start, '']);
  assert.equal(words, '"We want calm and talks"', 'the delimiters inside a quote are blanked');
  for (const block of col(a, 'V2.1ALLNAMES').split(';')) {
    const [name, off] = block.split(',');
    assert.ok(TEXT_A.startsWith(name!, Number(off)), block);
  }
  assert.equal(col(a, 'V2.1AMOUNTS'), `19,people,${killed.start};5000000,USD,${at(TEXT_A, '$5 million').start};`);
  assert.equal(col(a, 'V2EXTRASXML'), '<PAGE_TITLE>Moscow meeting headline</PAGE_TITLE><PAGE_AUTHORS>A. &lt;Writer&gt;</PAGE_AUTHORS>');
  const lone = rows[2]!;
  assert.equal(col(lone, 'V2SOURCECOLLECTIONIDENTIFIER'), '2', 'no URL: a citation');
  assert.equal(col(lone, 'V2DOCUMENTIDENTIFIER'), 'lone, lone.txt');
});

test('JSON and JSONL parse back to the same stories and articles', () => {
  const json = JSON.parse(output('json')) as { articles: AnalyzedArticle[]; stories: Story[] };
  assert.deepEqual(json.stories, [STORY]);
  assert.deepEqual(json.articles.map((a) => a.id), [A.id, B.id, LONE.id]);
  assert.deepEqual(json.articles[0]!.quotes, A.quotes);
  assert.deepEqual(json.articles[2]!.events, [], 'every layer present, empty when none');
  const lines = output('jsonl').trimEnd().split('\n').map((l) => JSON.parse(l) as { story?: Story; article?: AnalyzedArticle });
  assert.deepEqual(lines.filter((l) => l.story).map((l) => l.story!.id), [S]);
  assert.deepEqual(lines.filter((l) => l.article).map((l) => l.article!.id), [A.id, B.id, LONE.id]);
});

test('JSON article records: dates as the story reads them, links only in the story', () => {
  const meeting = B.events![0]!;
  const dated: Story = {
    ...STORY,
    dates: [{ article: B.id, ...at(TEXT_B, 'Thursday'), value: '2023-10-26', grain: 'day', basis: 'story reference 2023-10-27' }],
    eventDates: [{ article: B.id, start: meeting.start, end: meeting.end, date: '2023-10-26', dateBasis: 'the same event as "met" in article a' }],
  };
  const json = JSON.parse(output('json', { ...INPUT, stories: [dated] })) as { articles: AnalyzedArticle[]; stories: Story[] };
  const b = json.articles[1]!;
  assert.deepEqual(b.dates!.map((d) => d.value), ['2023-10-26']);
  assert.deepEqual([b.events![0]!.date, b.events![0]!.dateBasis], ['2023-10-26', 'the same event as "met" in article a']);
  assert.equal(B.dates, undefined, 'the article itself is not changed');
  assert.deepEqual(json.articles[0]!.events, A.events, 'an article the story does not redate is as analysed');
  assert.doesNotMatch(JSON.stringify(json.articles), /"entity"/);
  assert.equal(json.stories[0]!.links.length, LINKS.length);
});

test('CSV parses back: a header and one row per article, awkward fields quoted', () => {
  const rows = parseCsv(output('csv'));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length, 4);
  for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length);
  const byId = new Map(rows.slice(1).map((r) => [r[CSV_COLUMNS.indexOf('article_id')] as ArticleId, r]));
  assert.equal(byId.get(A.id)![CSV_COLUMNS.indexOf('title')], 'Moscow\tmeeting\nheadline');
  assert.equal(byId.get(A.id)![CSV_COLUMNS.indexOf('story_id')], S);
  assert.equal(byId.get(LONE.id)![CSV_COLUMNS.indexOf('story_id')], '');
});

test('an empty store exports empty files (JSON: empty lists)', () => {
  const empty: ExportInput = { stories: [], articles: [] };
  assert.equal(output('gdelt-events', empty), '');
  assert.equal(output('gdelt-gkg', empty), '');
  assert.deepEqual(JSON.parse(output('json', empty)), { articles: [], stories: [] });
  assert.equal(parseCsv(output('csv', empty)).length, 1);
});

test('JSON and JSON Lines carry a story\'s incident record as the model has it', () => {
  const input: ExportInput = { stories: [INCIDENT_STORY], articles: INCIDENT_ARTICLES };
  const json = JSON.parse(output('json', input)) as { stories: Story[] };
  assert.deepEqual(json.stories[0]!.incident, INCIDENT_STORY.incident);
  const first = JSON.parse(output('jsonl', input).split('\n')[0]!) as { story: Story };
  assert.deepEqual(first.story.incident, INCIDENT_STORY.incident);
});
