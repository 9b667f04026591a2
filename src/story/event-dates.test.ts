import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, ArgRef, ArticleId, DateRef, Entity, EntityId, Event } from '../core/model.js';
import { linksOf, readingOf } from './_links.js';
import { readStory } from './reading.js';
import { storyEventDates } from './event-dates.js';
import { redatedEvents } from './redate.js';

// Reports written for these tests, about made-up parties. Events are given as the events stage and
// the story's links would give them (an inline `entity`, see _links.ts), so that only the
// story-level dating is under test.

const ENTITIES: Entity[] = [
  { id: 'E1' as EntityId, name: 'Kestrel Front', type: 'ORG', aliases: [{ text: 'Kestrel Front', count: 3, articles: [] }], count: 3 },
  { id: 'E2' as EntityId, name: 'Arvelia', type: 'LOC', aliases: [{ text: 'Arvelia', count: 3, articles: [] }], count: 3, country: 'XA' },
];

/** The story's event dates for these articles (none refined). */
const eventDates = (articles: AnalyzedArticle[]) => storyEventDates(articles, ENTITIES, readingOf(articles), new Set());

/** A ref to the first occurrence of `words` in `text`, linked to the entity of that name. */
function ref(text: string, words: string): ArgRef {
  const start = text.indexOf(words);
  const entity = ENTITIES.find((e) => words.includes(e.name));
  return { start, end: start + words.length, text: words, ...(entity ? { entity: entity.id } : {}) };
}

/** An article of one body sentence with one attack by the Front on Arvelia, dated by `dateWords` when given. */
function report(id: string, text: string, trigger: string, opts: { dateWords?: string; value?: string; published?: string; hedged?: boolean } = {}): AnalyzedArticle {
  const start = text.indexOf(trigger);
  const event: Event = { start, end: start + trigger.length, text: trigger, type: 'ASSAULT', actor: ref(text, 'Kestrel Front'), target: ref(text, 'Arvelia'),
    negated: false, hedged: opts.hedged ?? false };
  const dates: DateRef[] = [];
  if (opts.dateWords && opts.value) {
    const at = text.indexOf(opts.dateWords);
    dates.push({ start: at, end: at + opts.dateWords.length, text: opts.dateWords, value: opts.value, grain: 'day', basis: 'test' });
    event.date = opts.value;
  }
  return {
    id: id as ArticleId, origin: `${id}.txt`, source: { name: id }, language: 'eng', text, diagnostics: [],
    ...(opts.published ? { published: opts.published } : {}),
    segments: [{ start: 0, end: text.length, kind: 'body' }], sentences: [{ start: 0, end: text.length, text, tokenStart: 0, tokenEnd: 0 }],
    dates, events: [event],
  };
}

const dated = report('a', 'Kestrel Front attacked Arvelia on 3 May.', 'attacked', { dateWords: '3 May', value: '2024-05-03' });
const undated = report('b', 'The attack by Kestrel Front on Arvelia closed the port.', 'attack', { published: '2024-05-06' });

test('an event one report leaves undated takes the date another report of the story gives it', () => {
  const event = undated.events![0]!;
  assert.deepEqual(eventDates([dated, undated]), [{
    article: undated.id, start: event.start, end: event.end,
    date: '2024-05-03', dateBasis: 'the same event as "attacked" (at 14 in article a), dated by "3 May"',
  }], 'one story record, for the undated event only');
  assert.equal(event.date, undefined, 'the article itself is not changed');
});

test('reports that date the event differently, or a report published before the date, give no date', () => {
  const other = report('c', 'Kestrel Front attacked Arvelia on 9 May.', 'attacked', { dateWords: '9 May', value: '2024-05-09' });
  assert.deepEqual(eventDates([dated, other, undated]), []);
  const early = report('d', 'The attack by Kestrel Front on Arvelia closed the port.', 'attack', { published: '2024-05-01' });
  assert.deepEqual(eventDates([dated, early]), []);
  const planned = report('e', 'Kestrel Front may attack Arvelia.', 'attack', { hedged: true });
  assert.deepEqual(eventDates([dated, planned]), []);
});

test('a date inherited within an article is inherited again once the story refines the article’s dates', () => {
  // Without its year, the article dated "3 May" 2023 (and the attack recalled later took that date);
  // the story says the report is from 2024.
  const text = 'Kestrel Front attacked Arvelia on 3 May. The attack by Kestrel Front on Arvelia closed the port.';
  const first = report('f', text, 'attacked', { dateWords: '3 May', value: '2023-05-03' });
  const second = text.lastIndexOf('attack');
  const recalled: Event = { ...first.events![0]!, start: second, end: second + 6, text: 'attack', date: '2023-05-03', dateBasis: 'inherited in the article' };
  recalled.actor = { ...ref(text.slice(second), 'Kestrel Front') };
  recalled.actor.start += second; recalled.actor.end += second;
  const cut = text.indexOf('The attack');
  const article: AnalyzedArticle = {
    ...first, events: [first.events![0]!, recalled],
    sentences: [{ start: 0, end: cut - 1, text: text.slice(0, cut - 1), tokenStart: 0, tokenEnd: 0 }, { start: cut, end: text.length, text: text.slice(cut), tokenStart: 0, tokenEnd: 0 }],
  };
  const refined = [{ ...article.dates![0]!, value: '2024-05-03' }];
  const events = redatedEvents(article, refined);
  assert.deepEqual(events.map((e) => e.date), ['2024-05-03', '2024-05-03']);
  assert.match(events[1]!.dateBasis!, /dated by "3 May"/);
  assert.deepEqual(article.events!.map((e) => e.date), ['2023-05-03', '2023-05-03'], 'the article keeps its own dates');
  // Read through the story: both events get story records, with the refined date.
  const story = readStory({ links: linksOf([article]), dates: refined.map((d) => ({ article: article.id, ...d })) });
  const records = storyEventDates([article], ENTITIES, story, new Set([article.id]));
  assert.deepEqual(records.map((r) => r.date), ['2024-05-03', '2024-05-03']);
});

test('a date lent by a report no longer in the story is gone when the story is built again', () => {
  assert.equal(eventDates([dated, undated]).length, 1);
  assert.deepEqual(eventDates([undated]), [], 'the lender left the story: no date');
  assert.deepEqual(eventDates([dated, undated]), eventDates([dated, undated]), 'building again gives the same records');
});
