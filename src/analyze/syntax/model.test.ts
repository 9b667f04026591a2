import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../tokens/tokenize.js';
import { readConllu } from './conllu.js';
import { trainLemmatizer } from './lemmatizer.js';
import { loadSyntaxModelSync } from './load.js';
import { SyntaxModel } from './model.js';
import { parseInput, parserExample, trainParser } from './parser.js';
import { seededRandom } from '../../core/random.js';
import { trainTagger } from './tagger.js';
import { sentenceAtoms } from './wordform.js';

// A treebank of three sentences written by us: enough to train a model whose output we can compare.
const TREEBANK = readConllu(`1\tPolice\tpolice\tNOUN\t_\t_\t2\tnsubj\t_\t_
2\tarrested\tarrest\tVERB\t_\t_\t0\troot\t_\t_
3\ttwo\ttwo\tNUM\t_\t_\t4\tnummod\t_\t_
4\tmen\tman\tNOUN\t_\t_\t2\tobj\t_\t_
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_
2\tarmy\tarmy\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\tshelled\tshell\tVERB\t_\t_\t0\troot\t_\t_
4\tthe\tthe\tDET\t_\t_\t5\tdet\t_\t_
5\ttown\ttown\tNOUN\t_\t_\t3\tobj\t_\t_
6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

1\tThey\tthey\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tmet\tmeet\tVERB\t_\t_\t0\troot\t_\t_
3\tin\tin\tADP\t_\t_\t4\tcase\t_\t_
4\tMoscow\tMoscow\tPROPN\t_\t_\t2\tobl\t_\t_
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
`);

function tinyModel(): SyntaxModel {
  const { tagger } = trainTagger(TREEBANK, { epochs: 5, random: seededRandom(1) });
  const labels = ['nsubj', 'root', 'nummod', 'obj', 'punct', 'det', 'case', 'obl', 'dep'];
  const ids = new Map(labels.map((l, i) => [l, i]));
  const examples = TREEBANK.map((s) => { const a = sentenceAtoms(s.words); return parserExample(s, parseInput(a, tagger.tag(s.words), tagger.ambiguity(s.words)), ids); });
  const { parser } = trainParser(examples, labels, { epochs: 10, random: seededRandom(1), exploreFrom: 99, explore: 0 });
  return new SyntaxModel(tagger, parser, trainLemmatizer(TREEBANK), { note: 'test' });
}

test('a tiny model learns its treebank, and saving and loading it changes no analysis', () => {
  const model = tinyModel();
  const first = model.analyze(['Police', 'arrested', 'two', 'men', '.']);
  assert.deepEqual(first.map((w) => [w.pos, w.head, w.dep]), [['NOUN', 1, 'nsubj'], ['VERB', -1, 'root'], ['NUM', 3, 'nummod'], ['NOUN', 1, 'obj'], ['PUNCT', 1, 'punct']]);
  assert.equal(first[3]!.lemma, 'man');
  for (const bits of [8, 16] as const) {
    const loaded = SyntaxModel.deserialize(model.serialize(bits));
    assert.deepEqual(loaded.meta, { note: 'test' });
    for (const s of [...TREEBANK.map((t) => t.words), ['They', 'shelled', 'Moscow', '.'], ['Men', 'met', '.']]) {
      const a = model.analyze(s), b = loaded.analyze(s);
      assert.deepEqual(b.map((w) => [w.pos, w.lemma, w.head, w.dep]), a.map((w) => [w.pos, w.lemma, w.head, w.dep]), `${bits}-bit weights`);
    }
  }
  assert.deepEqual(model.analyze([]), []);
});

test('the trained model (models/syntax.bin) finds subject and object on a sentence of ours', (t) => {
  const model = loadSyntaxModelSync();
  if (!model) { t.skip('models/syntax.bin is absent: run npm run train:syntax'); return; }
  const words = tokenize('Police in Lyon arrested two men on Tuesday, officials said.').map((w) => w.text);
  const parse = model.analyze(words);
  const head = (w: string) => { const i = words.indexOf(w); return [parse[i]!.head < 0 ? 'ROOT' : words[parse[i]!.head], parse[i]!.dep]; };
  assert.deepEqual(head('Police'), ['arrested', 'nsubj']);
  assert.deepEqual(head('men'), ['arrested', 'obj']);
  assert.deepEqual(head('Lyon'), ['Police', 'nmod']);
  assert.equal(parse[words.indexOf('arrested')]!.pos, 'VERB');
  assert.equal(parse[words.indexOf('arrested')]!.lemma, 'arrest');
  assert.equal(parse[words.indexOf('men')]!.lemma, 'man');
  const negated = tokenize('Sudan’s army didn’t carry out the strike.').map((w) => w.text);
  const p2 = model.analyze(negated);
  const k = negated.indexOf('n’t');
  assert.deepEqual([p2[k]!.pos, p2[k]!.lemma, negated[p2[k]!.head]], ['PART', 'not', 'carry']);
  assert.deepEqual([negated[p2[negated.indexOf('army')]!.head], p2[negated.indexOf('army')]!.dep], ['carry', 'nsubj']);
});
