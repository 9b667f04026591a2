import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, ArticleId, Entity, EntityId, EntityLink, Event } from '../core/model.js';
import { readStory, sortLinks } from './reading.js';

// Reading an article through its story's layers: what the passes and consumers see.

const A = 'a1' as ArticleId, B = 'b1' as ArticleId;
const RUSSIA = 'S-E1' as EntityId, RUSSIAN = 'S-E2' as EntityId;
const entities: Entity[] = [
  { id: RUSSIA, name: 'Russia', type: 'LOC', aliases: [], count: 2, country: 'RU' },
  { id: RUSSIAN, name: 'Russian', type: 'MISC', aliases: [], count: 1, country: 'RU' },
];
const text = 'Russian officials met on 3 May.';
const event: Event = { start: 18, end: 21, text: 'met', type: 'CONSULT', actor: { start: 0, end: 7, text: 'Russian' }, date: '2023-05-03', negated: false, hedged: false };
const article: AnalyzedArticle = {
  id: A, origin: 'a1.txt', source: { name: 'Wire' }, language: 'eng', text, diagnostics: [],
  segments: [{ start: 0, end: text.length, kind: 'body' }],
  mentions: [{ start: 0, end: 7, text: 'Russian', type: 'MISC' }],
  dates: [{ start: 25, end: 30, text: '3 May', value: '2023-05-03', grain: 'day', basis: 'explicit' }],
  events: [event],
};

test('one span, two links: the mention to the demonym, the participant to the country it stands for', () => {
  const links: EntityLink[] = [
    { article: A, start: 0, end: 7, kind: 'mention', entity: RUSSIAN },
    { article: A, start: 0, end: 7, kind: 'participant', entity: RUSSIA },
  ];
  const story = readStory({ entities, links });
  assert.equal(story.entityId(A, article.mentions![0], 'mention'), RUSSIAN);
  assert.equal(story.entity(A, event.actor, 'participant')?.name, 'Russia');
  assert.equal(story.entityId(B, event.actor, 'participant'), undefined, 'links are per article');
  assert.equal(story.entityId(A, { start: 0, end: 8 }, 'mention'), undefined, 'only the exact span');
  assert.equal(story.country(A, event.actor), 'RU', 'a participant without a country of its own takes its entity’s');
  assert.equal(story.country(A, { start: 9, end: 10 }), undefined);
});

test('the story’s dates replace the article’s own; its event dates override the event’s, even with no date', () => {
  assert.deepEqual(readStory({}).dates(article), article.dates, 'no story dates: the article’s own');
  assert.deepEqual(readStory({}).eventDate(A, event), { date: '2023-05-03' });
  const refined = { ...article.dates![0]!, value: '2024-05-03', basis: 'story reference 2024-05-06' };
  const story = readStory({
    dates: [{ article: A, ...refined }],
    eventDates: [{ article: A, start: 18, end: 21, date: '2024-05-03' }],
  });
  assert.deepEqual(story.dates(article), [refined]);
  assert.deepEqual(story.eventDate(A, event), { date: '2024-05-03' });
  const dropped = readStory({ eventDates: [{ article: A, start: 18, end: 21 }] });
  assert.deepEqual(dropped.eventDate(A, event), {}, 'a record without a date: the story knows no date for it');
});

test('links keep one order: participants, then mentions, by article then position', () => {
  const l = (article: ArticleId, start: number, kind: EntityLink['kind']): EntityLink => ({ article, start, end: start + 1, kind, entity: RUSSIA });
  const sorted = sortLinks([l(B, 0, 'mention'), l(A, 5, 'mention'), l(B, 1, 'participant'), l(A, 2, 'mention'), l(A, 9, 'participant')], [A, B]);
  assert.deepEqual(sorted.map((x) => `${x.kind[0]}${x.article}@${x.start}`), ['pa1@9', 'pb1@1', 'ma1@2', 'ma1@5', 'mb1@0']);
});
