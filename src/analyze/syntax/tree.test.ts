import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SyntaxToken } from '../../core/model.js';
import { DepTree } from './tree.js';

// "“The port is safe,” said the mayor’s deputy, Oskar Vell." parsed by hand, starting at article token 10.
const words: [string, string, number, string][] = [
  ['the', 'DET', 1, 'det'], ['port', 'NOUN', 3, 'nsubj'], ['is', 'AUX', 3, 'cop'], ['safe', 'ADJ', 5, 'ccomp'], [',', 'PUNCT', 3, 'punct'],
  ['said', 'VERB', -1, 'root'], ['the', 'DET', 7, 'det'], ['mayor', 'NOUN', 9, 'nmod:poss'], ['’s', 'PART', 7, 'case'],
  ['deputy', 'NOUN', 5, 'nsubj'], [',', 'PUNCT', 11, 'punct'], ['Oskar', 'PROPN', 9, 'appos'], ['Vell', 'PROPN', 11, 'flat'], ['.', 'PUNCT', 5, 'punct'],
];
const tokens: SyntaxToken[] = words.map(([w, pos, head, dep], i) => ({ start: i, end: i + 1, pos: pos as SyntaxToken['pos'], lemma: w, head, dep }));
const tree = new DepTree(tokens, 10);

test('heads, relations and children in article token indexes', () => {
  assert.equal(tree.head(13), 15);
  assert.equal(tree.head(15), -1);
  assert.deepEqual(tree.children(15, 'nsubj'), [19]);
  assert.deepEqual(tree.children(15), [13, 19, 23]);
  assert.ok(tree.dominates(15, 22) && !tree.dominates(19, 13));
});

test('a subtree span, and the part of it that another subtree does not cut', () => {
  assert.deepEqual(tree.subtreeSpan(13), { first: 10, last: 14 });
  assert.deepEqual(tree.subtreeSpan(19), { first: 16, last: 22 });
  assert.deepEqual(tree.subtreeSpan(15, [19]), { first: 10, last: 15 });
});

test('a noun phrase keeps its determiner and possessor, not its apposition or a modifier with punctuation', () => {
  assert.deepEqual(tree.nounPhrase(19), { first: 16, last: 19 });
  assert.deepEqual(tree.nounPhrase(21), { first: 21, last: 22 });
});
