import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConllu } from './conllu.js';

// Written by us: a multiword token ("don't" = do + n't) and an empty node, both outside the basic tree's words.
const TEXT = `# text = We don't stop.
1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
4\tstop\tstop\tVERB\tVB\t_\t0\troot\t_\t_
4.1\tit\tit\tPRON\tPRP\t_\t_\t_\t4:obj\t_
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_
`;

test('CoNLL-U: words of the basic tree only, heads 0-based with -1 for the root', () => {
  const [s, t] = readConllu(TEXT);
  assert.deepEqual(s!.words, ['We', 'do', "n't", 'stop', '.']);
  assert.deepEqual(s!.heads, [3, 3, 3, -1, 3]);
  assert.deepEqual(s!.deps, ['nsubj', 'aux', 'advmod', 'root', 'punct']);
  assert.deepEqual(s!.lemmas[2], 'not');
  assert.deepEqual(t!.upos, ['INTJ']);
});
