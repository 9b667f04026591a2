import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConllu } from '../analyze/syntax/conllu.js';
import type { AnalyzedWord } from '../analyze/syntax/model.js';
import { attachmentCounts, attachmentScores } from './metrics.js';
import { reportParseScores, scoreParses } from './parse.js';

// Written by us: 4 words (the multiword token line is skipped), one gold relation with a subtype.
const GOLD = readConllu(`1-2\tWe're\t_\t_\t_\t_\t_\t_\t_\t_
1\tWe\twe\tPRON\t_\t_\t3\tnsubj:pass\t_\t_
2\t're\tbe\tAUX\t_\t_\t3\taux:pass\t_\t_
3\tbeaten\tbeat\tVERB\t_\t_\t0\troot\t_\t_
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_
`);

/** A stand-in analyser: right heads for all, one wrong tag, the punctuation on the wrong head, a subtype dropped. */
const analyzer = {
  analyze: (): AnalyzedWord[] => [
    { pos: 'PRON', lemma: 'we', head: 2, dep: 'nsubj' },
    { pos: 'VERB', lemma: 'be', head: 2, dep: 'aux:pass' },
    { pos: 'VERB', lemma: 'beat', head: -1, dep: 'root' },
    { pos: 'PUNCT', lemma: '.', head: 0, dep: 'punct' },
  ],
};

test('eval parse: UPOS, UAS and LAS with punctuation counted and relations compared by their universal part', () => {
  const s = scoreParses(analyzer, GOLD);
  assert.equal(s.words, 4);
  assert.equal(s.upos, 75);
  assert.equal(s.uas, 75);
  assert.equal(s.las, 75);
  const lines: string[] = [];
  reportParseScores(s, (l) => lines.push(l));
  assert.match(lines.at(-1)!, /^upos 75\.00 uas 75\.00 las 75\.00 tokens_per_s \d+$/);
  assert.ok(lines.some((l) => /^punct\s+gold 1 correct 0/.test(l)));
});

test('attachment counts: a right head with a wrong relation counts for UAS only', () => {
  const c = attachmentCounts([{ heads: [1, -1], deps: ['nsubj', 'root'] }], [{ heads: [1, -1], deps: ['obj', 'root'] }]);
  assert.deepEqual(c, { words: 2, heads: 2, labelled: 1 });
  assert.deepEqual(attachmentScores(c), { uas: 100, las: 50 });
});
