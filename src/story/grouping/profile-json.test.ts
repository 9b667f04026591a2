import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analysed } from './_fixtures.js';
import { loadGroupingModel } from './model.js';
import { loadCityGazetteer } from '../entities/gazetteer.js';
import { profileArticle } from './profile.js';
import { profileFromJson, profileToJson } from './profile-json.js';
import { linkScore } from './links.js';

test('a profile read back from JSON is the profile written, and scores exactly as it', () => {
  const model = loadGroupingModel();
  const gazetteer = loadCityGazetteer();
  const [a, b] = analysed(['velmora1', 'velmora2']).map((x) => profileArticle(x, model.idf, gazetteer));
  const back = profileFromJson(profileToJson(a!));
  assert.deepEqual(back, a);
  assert.deepEqual([...back.calendar.keys()], [...a!.calendar.keys()], 'the terms in their order (numeric ones included)');
  assert.equal(linkScore(model, back, b!), linkScore(model, a!, b!));
});

test('a profile stores words and names only when they are not the unit vectors of their weights', () => {
  const model = loadGroupingModel();
  const [a] = analysed(['velmora1']).map((x) => profileArticle(x, model.idf, loadCityGazetteer()));
  const stored = JSON.parse(profileToJson(a!)) as Record<string, unknown>;
  assert.equal(stored.words, undefined, 'computed again on reading');
  assert.equal(stored.names, undefined);
  const odd = { ...a!, words: new Map([['velmora', 1]]) };
  assert.deepEqual(profileFromJson(profileToJson(odd)).words, odd.words, 'a words vector of its own is kept');
});

test('a profile stored by the first format (every map as pairs) reads back the same', () => {
  const model = loadGroupingModel();
  const [a] = analysed(['velmora1']).map((x) => profileArticle(x, model.idf, loadCityGazetteer()));
  const p = a!;
  const v1: Record<string, unknown> = { days: p.days, keys: p.keys, places: { places: p.places.places, states: [...p.places.states] } };
  if (p.published !== undefined) v1.published = p.published;
  for (const k of ['words', 'wordWeights', 'lead', 'names', 'nameWeights', 'personWeights', 'numbers', 'calendar', 'events'] as const) v1[k] = [...p[k]];
  for (const k of ['forms', 'years', 'months', 'ages'] as const) v1[k] = [...p[k]];
  assert.deepEqual(profileFromJson(JSON.stringify(v1)), p);
});
