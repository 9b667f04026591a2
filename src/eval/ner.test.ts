import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConll } from '../analyze/entities/conll.js';
import { O, tagOf } from '../analyze/entities/tags.js';
import { reportScores, scoreDocuments } from './ner.js';

// Made-up CoNLL text: two documents, IOB1 in the first, IOB2 in the second.
const CONLL = `-DOCSTART- -X- O O

Anna NNP I-NP I-PER
Berg NNP I-NP I-PER
visited VBD I-VP O
Oslo NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

The DT B-NP O
Acme NNP I-NP B-ORG
board NN I-NP O
met VBD B-VP O
. . O O
`;

test('CoNLL documents are split at -DOCSTART- and keep the last column', () => {
  const docs = parseConll(CONLL);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0]![0]!.labels, ['I-PER', 'I-PER', 'O', 'I-LOC', 'O']);
});

test('span-level exact match, per type and overall, ends with the contract line', () => {
  const docs = parseConll(CONLL);
  // Gets Anna Berg right, calls Oslo an ORG, misses Acme.
  const tagger = {
    tagDocument: (sentences: readonly (readonly string[])[]) => sentences.map((s) =>
      Uint8Array.from(s.map((w, i) => (w === 'Anna' ? tagOf('B', 'PER') : w === 'Berg' && i === 1 ? tagOf('L', 'PER') : w === 'Oslo' ? tagOf('U', 'ORG') : O)))),
  };
  const s = scoreDocuments(tagger, docs);
  assert.equal(s.byType.PER.f1, 100);
  assert.equal(s.byType.ORG.correct, 0);
  assert.equal(s.byType.ORG.predicted, 1);
  assert.equal(s.byType.LOC.recall, 0);
  assert.equal(s.precision, 50);
  assert.ok(Math.abs(s.recall - 100 / 3) < 1e-9);
  const lines: string[] = [];
  reportScores(s, (l) => lines.push(l));
  assert.match(lines[lines.length - 1]!, /^f1 40\.00 precision 50\.00 recall 33\.33 tokens_per_s \d+$/);
  assert.equal(lines.length, 5);
});
