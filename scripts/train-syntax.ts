// Trains the syntax model (models/syntax.bin): tagger, lemmatizer and parser on Universal
// Dependencies English (EWT train + GUM train), scored on the two dev files after each epoch.
// The parser learns from tags predicted by taggers trained on the other folds (jackknifing), so
// it sees the tagger's mistakes it will meet. Deterministic: one seed for every shuffle.
//   node dist/scripts/train-syntax.js [--data DIR] [--out FILE] [--tagger-epochs N] [--epochs N] [--folds K] [--seed S]
//     [--explore-from EPOCH] [--explore P] [--min-touched N (default 4) | --max-mb MB] [--weight-bits 8|16]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConllu, type UdSentence } from '../src/analyze/syntax/conllu.js';
import { trainLemmatizer } from '../src/analyze/syntax/lemmatizer.js';
import { SyntaxModel, type WeightBits } from '../src/analyze/syntax/model.js';
import { Parser, parseInput, parserExample, trainParser } from '../src/analyze/syntax/parser.js';
import { seededRandom } from '../src/core/random.js';
import { Tagger, trainTagger } from '../src/analyze/syntax/tagger.js';
import { sentenceAtoms, udForms } from '../src/analyze/syntax/wordform.js';
import { scoreParses } from '../src/eval/parse.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/ud' },
    out: { type: 'string', default: 'models/syntax.bin' },
    'tagger-epochs': { type: 'string', default: '8' },
    epochs: { type: 'string', default: '11' },
    folds: { type: 'string', default: '4' },
    seed: { type: 'string', default: '1' },
    // 4: the pruning of the committed model; the tables' size, not the file's, sets the speed (models/README.md)
    'min-touched': { type: 'string', default: '4' },
    'max-mb': { type: 'string', default: '' },
    'explore-from': { type: 'string', default: '2' },
    explore: { type: 'string', default: '0.9' },
    // 8 halves what each lookup reads and loses nothing on UD dev, but moves downstream figures (models/README.md)
    'weight-bits': { type: 'string', default: '16' },
  },
});
const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);
const read = (name: string) => readConllu(readFileSync(`${values.data}/${name}`, 'utf8')).map((s) => ({ ...s, words: udForms(s.words) }));
const train = [...read('en_ewt-ud-train.conllu'), ...read('en_gum-ccby-train.conllu')];
const devs: Record<string, UdSentence[]> = { ewt: read('en_ewt-ud-dev.conllu'), gum: read('en_gum-ccby-dev.conllu') };
const dev = [...devs.ewt!, ...devs.gum!];
const seed = Number(values.seed);
const taggerEpochs = Number(values['tagger-epochs']), epochs = Number(values.epochs), folds = Number(values.folds);
const weightBits = Number(values['weight-bits']) as WeightBits;
if (weightBits !== 8 && weightBits !== 16) throw new Error('--weight-bits: 8 or 16');
log(`train ${train.length} sentences, dev ${dev.length}`);

const lemmatizer = trainLemmatizer(train);
log(`lemma table ${lemmatizer.table.size} entries`);

// Jackknifed tags of the training sentences
const predictedTags: Uint8Array[] = new Array(train.length);
for (let f = 0; f < folds; f++) {
  const held = train.filter((_, i) => i % folds === f), rest = train.filter((_, i) => i % folds !== f);
  const { tagger } = trainTagger(rest, { epochs: taggerEpochs, random: seededRandom(seed + f) });
  train.forEach((s, i) => { if (i % folds === f) predictedTags[i] = tagger.tag(s.words); });
  log(`fold ${f + 1}/${folds} tagged (${held.length} sentences)`);
}

const uposAccuracy = (tagger: Tagger, sentences: readonly UdSentence[]) => {
  let right = 0, all = 0;
  for (const s of sentences) { const t = tagger.tag(s.words); s.upos.forEach((u, i) => { all++; if (tagger.tagName(t[i]!) === u) right++; }); }
  return (100 * right) / all;
};
const trainedTagger = trainTagger(train, {
  epochs: taggerEpochs,
  random: seededRandom(seed),
  afterEpoch: (e, t) => log(`tagger epoch ${e}: dev upos ${uposAccuracy(t, dev).toFixed(2)}`),
});
const tagger = trainedTagger.tagger;

const counts = new Map<string, number>();
for (const s of train) for (const d of s.deps) counts.set(d, (counts.get(d) ?? 0) + 1);
const labels = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
if (!labels.includes('dep')) labels.push('dep');
const labelIds = new Map(labels.map((l, i) => [l, i]));
const examples = train.map((s, i) => { const a = sentenceAtoms(s.words); return parserExample(s, parseInput(a, predictedTags[i]!, tagger.ambiguity(s.words)), labelIds); });
log(`parser: ${labels.length} relations`);

const figures = (model: SyntaxModel) => {
  const all = scoreParses(model, dev);
  const per = Object.fromEntries(Object.entries(devs).map(([k, v]) => [k, scoreParses(model, v)]));
  const f = (s: ReturnType<typeof scoreParses>) => `upos ${s.upos.toFixed(2)} uas ${s.uas.toFixed(2)} las ${s.las.toFixed(2)}`;
  return { all, text: `${f(all)} tokens_per_s ${Math.round(all.tokensPerSecond)} | ${Object.entries(per).map(([k, s]) => `${k} ${f(s)}`).join(' | ')}` };
};
// The dev curve, to pick --epochs (the model kept is the last epoch's)
let best: { epoch: number; las: number } | undefined;
const trained = trainParser(examples, labels, {
  epochs,
  random: seededRandom(seed),
  exploreFrom: Number(values['explore-from']),
  explore: Number(values.explore),
  afterEpoch: (e, parser) => {
    const { all, text } = figures(new SyntaxModel(tagger, parser, lemmatizer));
    log(`parser epoch ${e}: dev ${text}`);
    if (!best || all.las > best.las) best = { epoch: e, las: all.las };
  },
});
log(`best epoch ${best!.epoch} (dev las ${best!.las.toFixed(2)})`);

// Pruning: the final averaged weights without features updated fewer than --min-touched times; with
// --max-mb, the least pruned file under that size
const minTouched = values['max-mb'] ? undefined : Number(values['min-touched']);
const candidates = minTouched !== undefined ? [minTouched] : [2, 3, 4, 5, 7];
let chosen: { bytes: Buffer; text: string; touched: number } | undefined;
const maxBytes = values['max-mb'] ? Number(values['max-mb']) * 1e6 : Infinity;
const meta = (touched: number) => ({ trained: new Date().toISOString().slice(0, 10), data: 'UD English EWT train + GUM (CC-BY part) train', seed, taggerEpochs, epochs, folds, minTouched: touched, weightBits });
for (const touched of candidates) {
  const model = new SyntaxModel(new Tagger(trainedTagger.weights.averaged(Math.min(touched, 2)), trainedTagger.lexicon),
    new Parser(trained.actions.averaged(touched), trained.labeller.averaged(touched), labels), lemmatizer, meta(touched));
  const bytes = model.serialize(weightBits);
  const reloaded = SyntaxModel.deserialize(bytes);
  const { text } = figures(reloaded);
  log(`min-touched ${touched}: ${(bytes.length / 1e6).toFixed(2)} MB, dev ${text}`);
  if (!chosen || chosen.bytes.length > maxBytes) chosen = { bytes, text, touched };
}
writeFileSync(values.out!, chosen!.bytes);
log(`wrote ${values.out} (${(chosen!.bytes.length / 1e6).toFixed(2)} MB, min-touched ${chosen!.touched}): dev ${chosen!.text}`);
