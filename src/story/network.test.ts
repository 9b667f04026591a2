import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, ArticleId, EntityId, EntityLink, Event, Story, StoryId } from '../core/model.js';
import { actorNetwork } from './network.js';

// The actor network from events written inline: entities where resolved, words otherwise.

const E = (id: string) => id as EntityId;
const story: Story = {
  id: 'S1' as StoryId, title: 'Talks', articles: ['a1', 'a2'] as ArticleId[],
  entities: [
    { id: E('S1-E1'), name: 'Ruritania', type: 'LOC', aliases: [], count: 3 },
    { id: E('S1-E2'), name: 'Jane Roe', type: 'PER', aliases: [], count: 2 },
  ],
  links: [], dates: [], eventDates: [], facts: [], timeline: [], framing: [], network: { nodes: [], edges: [], oneSided: [] },
};
/** Participant links of the events below: an event's article is set when the article is built. */
const pending: { start: number; end: number; entity: EntityId }[] = [];
const event = (start: number, type: string, actor?: [string, string?], target?: [string, string?], extra: Partial<Event> = {}): Event => ({
  start, end: start + 3, text: 'met', type, negated: false, hedged: false,
  ...(actor ? { actor: ref(start, actor) } : {}),
  ...(target ? { target: ref(start + 50, target) } : {}),
  ...extra,
});
/** A participant named by `words` at `start`, linked to the entity when one is given. */
function ref(start: number, [words, entity]: [string, string?]) {
  if (entity) pending.push({ start, end: start + words.length, entity: E(entity) });
  return { start, end: start + words.length, text: words };
}
const article = (id: string, events: Event[]): AnalyzedArticle => {
  story.links.push(...pending.splice(0).map((l): EntityLink => ({ article: id as ArticleId, kind: 'participant', ...l })));
  return built(id, events);
};
const built = (id: string, events: Event[]): AnalyzedArticle => ({
  id: id as ArticleId, origin: id, source: { name: id }, language: 'eng', text: 'x'.repeat(100), segments: [{ start: 0, end: 100, kind: 'body' }], diagnostics: [], events,
});

test('events with both sides become edges between story entities, folded by type', () => {
  const net = actorNetwork(story, [
    article('a1', [event(10, 'CONSULT', ['Jane Roe', 'S1-E2'], ['Ruritania', 'S1-E1']), event(20, 'ACCUSE', ['police'], ['Ms Roe', 'S1-E2'], { negated: true })]),
    article('a2', [event(30, 'CONSULT', ['Roe', 'S1-E2'], ['Ruritanian government', 'S1-E1'])]),
  ]);
  const consult = net.edges.find((e) => e.type === 'CONSULT')!;
  assert.deepEqual([consult.source, consult.target, consult.count], ['S1-E2', 'S1-E1', 2]);
  assert.deepEqual(consult.articles, ['a1', 'a2']);
  const accuse = net.edges.find((e) => e.type === 'ACCUSE')!;
  assert.deepEqual([accuse.source, accuse.target, accuse.negated], ['words:police', 'S1-E2', 1]);
  assert.deepEqual(net.nodes.map((n) => [n.id, n.name, n.events]), [['S1-E2', 'Jane Roe', 3], ['S1-E1', 'Ruritania', 2], ['words:police', 'police', 1]]);
});

test('an event with one named side is a one-sided action; articles outside the story are ignored', () => {
  const net = actorNetwork(story, [
    article('a1', [event(10, 'REQUEST', ['Jane Roe', 'S1-E2']), event(20, 'ASSAULT', undefined, ['Ruritania', 'S1-E1']), event(30, 'AID')]),
    article('other', [event(10, 'CONSULT', ['Jane Roe', 'S1-E2'], ['Ruritania', 'S1-E1'])]),
  ]);
  assert.deepEqual(net.edges, []);
  assert.deepEqual(net.oneSided.map((a) => [a.node, a.role, a.type]).sort(), [['S1-E1', 'target', 'ASSAULT'], ['S1-E2', 'actor', 'REQUEST']]);
});

test('an actor inferred rather than read from the sentence (actorBasis) draws no edge: only its target is shown', () => {
  const net = actorNetwork(story, [
    article('a1', [event(10, 'ASSAULT', ['Jane Roe', 'S1-E2'], ['Ruritania', 'S1-E1'], { actorBasis: 'the other side of the conflict the article set up' })]),
  ]);
  assert.deepEqual(net.edges, []);
  assert.deepEqual(net.oneSided.map((a) => [a.node, a.role]), [['S1-E1', 'target']]);
});

test('no events: an empty network', () => {
  assert.deepEqual(actorNetwork(story, [article('a1', [])]), { nodes: [], edges: [], oneSided: [] });
});
