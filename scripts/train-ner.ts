// Trains the named-entity tagger (src/analyze/entities) and writes models/ner.bin.
//   node dist/scripts/train-ner.js [--epochs N] [--folds K] [--no-pass2] [--no-clusters] [--prune F] [--out PATH]
// Deterministic: fixed seeds, sorted inputs. Reads ../shared/data (CORROBORATE_DATA overrides);
// tunes nothing on its own, and only reports dev scores (never touches a test set).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scoreDocuments, reportScores } from '../src/eval/ner.js';
import { type ConllDocument, readConll } from '../src/analyze/entities/conll.js';
import { FeatureSpace, prepareDocument, summarizeFirstPass } from '../src/analyze/entities/features.js';
import { NerModel, documentFeatures } from '../src/analyze/entities/model.js';
import { iobToSpans, spansToBilou } from '../src/analyze/entities/tags.js';
import { type ChainWeights, type TrainingSentence, emissions, trainPerceptron } from '../src/analyze/entities/train.js';
import { viterbi } from '../src/analyze/entities/viterbi.js';
import { NUM_TAGS } from '../src/analyze/entities/tags.js';
import { learnClusters } from './ner/clusters.js';
import { buildGazetteer } from './ner/gazetteers.js';
import { DATA, readGmb } from './ner/sources.js';
import { guardArgs } from './guard-args.js';

const args = process.argv.slice(2);
guardArgs(args, `usage: node dist/scripts/train-ner.js [--epochs N] [--folds K] [--no-pass2] [--no-clusters] [--cluster-cache FILE] [--prune F] [--out PATH]\nTrains the entity recognizer on CoNLL-2003 and writes it (default models/ner.bin).`);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
const flag = (name: string) => args.includes(name);
const EPOCHS = Number(opt('--epochs', '20'));
const FOLDS = Number(opt('--folds', '5'));
const PASS2 = !flag('--no-pass2');
const OUT = opt('--out', join(process.cwd(), 'models', 'ner.bin'));
const PRUNE = Number(opt('--prune', '0'));
const log = (s: string) => process.stderr.write(`[train-ner ${(process.uptime()).toFixed(0)}s] ${s}\n`);

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs']);
/** A Title Case copy of a sentence ("Russia holds talks" -> "Russia Holds Talks"), labels unchanged. */
function titleCase(words: readonly string[]): string[] {
  return words.map((w, i) => (i > 0 && SMALL.has(w.toLowerCase())) || !/^\p{Ll}/u.test(w) ? w : w[0]!.toUpperCase() + w.slice(1));
}

function main(): void {
  const trainPath = join(DATA, 'conll2003', 'train.txt');
  const devPath = join(DATA, 'conll2003', 'dev.txt');
  if (!existsSync(trainPath)) { process.stderr.write(`train-ner: no training data at ${trainPath}\n`); process.exit(1); }
  const train = readConll(trainPath);
  const dev = existsSync(devPath) ? readConll(devPath) : [];
  log(`train: ${train.length} documents; dev: ${dev.length}`);

  const gmb = readGmb();
  const gazetteer = buildGazetteer(gmb, log);
  const clusters = flag('--no-clusters') ? new Map<string, string>() : learnClusters(train, gmb, log, opt('--cluster-cache', join(process.cwd(), 'out', 'ner-clusters.tsv')));
  const space = new FeatureSpace({ gazetteer, clusters });

  // Title Case copies of every 8th longer training sentence, as one-sentence documents: headlines in
  // real articles are Title Case, CoNLL's are upper case.
  const docs: ConllDocument[] = [...train];
  let k = 0;
  for (const doc of train) for (const s of doc) {
    if (s.words.length >= 4 && k++ % 8 === 0) docs.push([{ words: titleCase(s.words), labels: s.labels }]);
  }
  log(`with ${docs.length - train.length} Title Case copies`);

  // Pass-1 features for every document; the feature table grows as features are first seen.
  const prepared = docs.map((d) => prepareDocument(d.map((s) => s.words), space));
  const gold = docs.map((d) => d.map((s) => spansToBilou(iobToSpans(s.labels), s.words.length)));
  const local = prepared.map((p) => documentFeatures(space, p));
  log(`${space.table.size} local features, ${space.atoms.size} atoms, ${space.shapes.size} shapes`);
  const sentencesOf = (idx: readonly number[], feats: (d: number, s: number) => { ids: Int32Array; offsets: Int32Array }): TrainingSentence[] =>
    idx.flatMap((d) => gold[d]!.map((g, s) => ({ ...feats(d, s), gold: g })));
  const all = docs.map((_, i) => i);
  const trainOpts = { epochs: EPOCHS, seed: 17, log };

  log('pass 1');
  const pass1 = trainPerceptron(sentencesOf(all, (d, s) => local[d]![s]!), space.table.size, trainOpts);
  let pass2: ChainWeights | undefined;
  if (PASS2) {
    // Jackknife: first-pass labels for each training document come from a model that did not see it.
    const firstTags: Uint8Array[][] = new Array(docs.length);
    for (let f = 0; f < FOLDS; f++) {
      const held = all.filter((d) => d % FOLDS === f), rest = all.filter((d) => d % FOLDS !== f);
      log(`fold ${f + 1}/${FOLDS}`);
      const m = trainPerceptron(sentencesOf(rest, (d, s) => local[d]![s]!), space.table.size, { ...trainOpts, log: undefined });
      for (const d of held) firstTags[d] = tagWith(m, local[d]!, gold[d]!.map((g) => g.length));
    }
    const global = prepared.map((p, d) => documentFeatures(space, p, summarizeFirstPass(p, firstTags[d]!)));
    log(`${space.table.size} features with the second pass`);
    const concat = (a: { ids: Int32Array; offsets: Int32Array }, b: { ids: Int32Array; offsets: Int32Array }) => {
      const n = a.offsets.length - 1;
      const ids = new Int32Array(a.ids.length + b.ids.length), offsets = new Int32Array(n + 1);
      let o = 0;
      for (let i = 0; i < n; i++) {
        offsets[i] = o;
        ids.set(a.ids.subarray(a.offsets[i]!, a.offsets[i + 1]!), o); o += a.offsets[i + 1]! - a.offsets[i]!;
        ids.set(b.ids.subarray(b.offsets[i]!, b.offsets[i + 1]!), o); o += b.offsets[i + 1]! - b.offsets[i]!;
      }
      offsets[n] = o;
      return { ids, offsets };
    };
    log('pass 2');
    pass2 = trainPerceptron(sentencesOf(all, (d, s) => concat(local[d]![s]!, global[d]![s]!)), space.table.size, trainOpts);
  }
  // Optionally drop near-zero weights (--prune FRACTION of the largest) for a smaller, faster model.
  for (const w of [pass1, pass2]) {
    if (!w || PRUNE <= 0) continue;
    let max = 0;
    for (const v of w.weights) max = Math.max(max, Math.abs(v));
    for (let i = 0; i < w.weights.length; i++) if (Math.abs(w.weights[i]!) < PRUNE * max) w.weights[i] = 0;
  }
  const meta = { trainedOn: 'conll2003/train.txt', epochs: EPOCHS, folds: PASS2 ? FOLDS : 0, clusters: clusters.size, gazetteer: gazetteer.size };
  const model = NerModel.fromDense(space, pass1, pass2, meta);
  const bytes = model.serialize();
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, bytes);
  log(`wrote ${OUT} (${(bytes.length / 1e6).toFixed(1)} MB)`);
  if (dev.length) {
    const loaded = NerModel.deserialize(readFileSync(OUT));
    reportScores(scoreDocuments(loaded, dev, true), (l) => process.stdout.write(`dev ${l}\n`));
  }
}

function tagWith(m: ChainWeights, feats: readonly { ids: Int32Array; offsets: Int32Array }[], lengths: readonly number[]): Uint8Array[] {
  return feats.map((f, s) => {
    const n = lengths[s]!;
    const emit = new Float64Array(Math.max(n, 1) * NUM_TAGS);
    const out = new Uint8Array(n);
    emissions(m.weights, f.ids, f.offsets, n, emit);
    viterbi(emit, n, m.trans, out);
    return out;
  });
}

main();
