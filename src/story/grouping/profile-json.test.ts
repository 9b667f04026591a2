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
