import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureSpace, prepareDocument } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { NerModel, documentFeatures } from './model.js';
import { bilouToSpans, iobToSpans, spansToBilou } from './tags.js';
import { trainPerceptron } from './train.js';

// Made-up sentences: enough for the perceptron to learn that capitalised words after "in" are
// places and that the gazetteer's first names start persons.
const DOC: [string, string][][] = [
  [['Anna', 'B-PER'], ['Berg', 'I-PER'], ['lives', 'O'], ['in', 'O'], ['Oslo', 'B-LOC'], ['.', 'O']],
  [['Omar', 'B-PER'], ['Said', 'I-PER'], ['works', 'O'], ['in', 'O'], ['Lima', 'B-LOC'], ['.', 'O']],
  [['The', 'O'], ['Acme', 'B-ORG'], ['Corp', 'I-ORG'], ['opened', 'O'], ['in', 'O'], ['Quito', 'B-LOC'], ['.', 'O']],
  [['Anna', 'B-PER'], ['met', 'O'], ['Omar', 'B-PER'], ['in', 'O'], ['Riga', 'B-LOC'], ['.', 'O']],
];

function trainTiny(): NerModel {
  const gazetteer = new Gazetteer(['first', 'orgsuf']);
  for (const n of ['Anna', 'Omar', 'Lena']) gazetteer.add('first', n);
  gazetteer.add('orgsuf', 'Corp');
  const space = new FeatureSpace({ gazetteer, clusters: new Map([['Oslo', '0101'], ['Lima', '0100']]) });
  const doc = prepareDocument(DOC.map((s) => s.map(([w]) => w)), space);
  const feats = documentFeatures(space, doc);
  const data = DOC.map((s, i) => ({ ...feats[i]!, gold: spansToBilou(iobToSpans(s.map(([, t]) => t)), s.length) }));
  const pass1 = trainPerceptron(data, space.table.size, { epochs: 10, seed: 1 });
  return NerModel.fromDense(space, pass1);
}

test('the perceptron learns its training sentences', () => {
  const model = trainTiny();
  const tags = model.tagDocument(DOC.map((s) => s.map(([w]) => w)));
  DOC.forEach((s, i) => assert.deepEqual(bilouToSpans(tags[i]!), iobToSpans(s.map(([, t]) => t))));
});

test('training is deterministic and the model survives serialisation', () => {
  const a = trainTiny(), b = trainTiny();
  assert.deepEqual(a.serialize(), b.serialize());
  const loaded = NerModel.deserialize(a.serialize());
  const input = [['Lena', 'Berg', 'lives', 'in', 'Quito', '.'], ['Omar', 'met', 'Anna', '.']];
  assert.deepEqual(loaded.tagDocument(input), a.tagDocument(input));
});

test('gazetteer matches multi-word phrases and reports positions', () => {
  const g = new Gazetteer(['country', 'city']);
  g.add('country', 'United States');
  g.add('city', 'New York');
  g.add('city', 'York');
  const codes = g.match(['in', 'new', 'york', 'and', 'the', 'united', 'states']);
  // "york" is both the end of "new york" (L) and a city of its own (U).
  assert.deepEqual(codes, [[], [4 + 0], [4 + 2, 4 + 3], [], [], [0], [2]]);
  const round = Gazetteer.deserialize(g.serialize());
  assert.deepEqual(round.match(['york']), [[4 + 3]]);
});
