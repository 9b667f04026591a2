// Builds models/story-grouping.json, the data story grouping runs on (src/story/grouping/):
//   node dist/scripts/stories/build-grouping-model.js [--out PATH] [--no-cv] [--isolated-shift X]
// (from the repository root, after `npx tsc -p .`; about 90 s, most of it the pipeline and the CV).
// 1. Background document frequencies: CoNLL-2003 train (946 Reuters documents) and GMB (VOA news,
//    cut into 20-sentence documents), so that IDF means "rare in news", even for a batch of five.
//    ECB+ is left out on purpose: the dev topics should look as unseen as the held-out ones will.
// 2. The pair model and local scaling: logistic regressions on ECB+ dev pairs (the articles analysed
//    by the real pipeline), labelled same sub-topic or not. Pairs are drawn within a topic (the hard
//    cases: two different earthquakes) and across topics where the words overlap at all.
// 3. The merge criterion: of a small grid, the one whose worse score is best between the topic-CV
//    score (4 folds: each quarter of the topics grouped by a model trained on the other three, the
//    figure to expect on held-out topics) and the score of the model fitted on all of dev.
// 4. The shift for isolated links (model.ts, LocalScaling.isolatedShift) is set, not fitted: ECB+
//    events are tighter than stories told by outlets with their own angle (the seeds: five outlets,
//    one story, links far weaker than ECB+ rewrites). The script reports what it costs on small
//    batches of ECB+ (3 topics, 1 to 3 articles per sub-topic: similar events side by side).
// Deterministic: inputs in file order; the small batches come from a seeded generator.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bcubed } from '../../src/eval/stories.js';
import { jsonlReader } from '../../src/read/jsonl.js';
import type { AnalyzedArticle, Diagnostic } from '../../src/core/model.js';
import { readConll } from '../../src/analyze/entities/conll.js';
import { createPipeline } from '../../src/analyze/pipeline.js';
import { reporter } from '../../src/core/report.js';
import { PAIR_FEATURES, pairFeatures, type PairFeature } from '../../src/story/grouping/features.js';
import { neighbourScale } from '../../src/story/grouping/links.js';
import { groupingModel, type GroupingModelFile, type LocalScaling, type MergeCriterion, type PairWeights } from '../../src/story/grouping/model.js';
import { profileArticle, type ArticleProfile } from '../../src/story/grouping/profile.js';
import { StoryIndex } from '../../src/story/grouping/story-index.js';
import { contentWords } from '../../src/story/grouping/words.js';
import { DATA, readGmb } from '../ner/sources.js';

const args = process.argv.slice(2);
const OUT = args.includes('--out') ? args[args.indexOf('--out') + 1]! : join(process.cwd(), 'models', 'story-grouping.json');
const CV = !args.includes('--no-cv');
const log = (s: string) => process.stderr.write(`[grouping ${process.uptime().toFixed(0)}s] ${s}\n`);

const MIN_COUNT = 2;
const GMB_SENTENCES_PER_DOCUMENT = 20;
const LOCAL = { k: 5, related: -3, isolatedShift: Number(args.includes('--isolated-shift') ? args[args.indexOf('--isolated-shift') + 1] : 2) };
const MIN_LINK_SCORE = -4.5;
const MERGES: MergeCriterion[] = [0.45, 0.5, 0.55, 0.6].flatMap((ratio) => [0.4, 0.5].map((singleton) => ({ ratio, singleton, floor: 0.1 })));
const SMALL_BATCHES = 200;
/** Cross-topic pairs enter training only when their words overlap this much (the rest are trivially apart). */
const CROSS_TOPIC_WORDS = 0.08;

/** The gold labels of one ECB+ record: read to train and score, never by grouping itself. */
interface Gold { topic: string; cluster: string }

function background(): GroupingModelFile['background'] {
  const docs: string[][] = [];
  const conll = join(DATA, 'conll2003', 'train.txt');
  if (!existsSync(conll)) throw new Error(`no CoNLL training text at ${conll}`);
  for (const doc of readConll(conll)) docs.push(doc.flatMap((s) => s.words));
  const gmb = readGmb();
  for (let i = 0; i < gmb.length; i += GMB_SENTENCES_PER_DOCUMENT) docs.push(gmb.slice(i, i + GMB_SENTENCES_PER_DOCUMENT).flatMap((s) => s.words));
  const df = new Map<string, number>();
  for (const words of docs) for (const t of new Set(contentWords(words.join(' ')))) df.set(t, (df.get(t) ?? 0) + 1);
  const kept = [...df].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  log(`background: ${docs.length} documents, ${df.size} terms, ${kept.length} seen at least ${MIN_COUNT} times`);
  return { documents: docs.length, minCount: MIN_COUNT, sources: ['conll2003/train.txt', 'gmb/ner_dataset.csv'], df: Object.fromEntries(kept) };
}

function analyseEcb(): { articles: AnalyzedArticle[]; gold: Gold[] } {
  const file = join(DATA, 'ecbplus', 'dev.jsonl');
  const content = readFileSync(file, 'utf8');
  const byId = new Map<string, Gold>();
  for (const line of content.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; topic: unknown; cluster: unknown };
    byId.set(r.id, { topic: String(r.topic), cluster: String(r.cluster) });
  }
  const pipeline = createPipeline();
  const articles: AnalyzedArticle[] = [], gold: Gold[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const draft of jsonlReader.read({ origin: file, content }, reporter(diagnostics, 'jsonl', file))) {
    const g = byId.get(draft.origin.slice(draft.origin.lastIndexOf('#') + 1));
    if (!g) continue;
    articles.push(pipeline.analyze(draft));
    gold.push(g);
  }
  log(`ECB+ dev: ${articles.length} articles analysed (recognizer: ${pipeline.ctx.recognizer.name})`);
  return { articles, gold };
}

/**
 * The direction each pair feature may push: evidence of agreement can only raise the score, of
 * difference only lower it (a fitted weight of the wrong sign is noise, and would be hard to explain).
 */
const SIGNS: Record<PairFeature, 1 | -1> = {
  words: 1, lead: 1, coverage: 1, names: 1, nameMiss: -1, personMiss: -1, numbers: 1, calendar: 1,
  yearAgree: 1, yearConflict: -1, monthConflict: -1, events: 1,
};

/**
 * Full-batch gradient descent on the logistic loss, a little L2; x rows in [0, 1]-ish. With `signs`,
 * weight k is kept at sign[k] * w >= 0 (projected gradient).
 */
function logistic(rows: readonly { x: ArrayLike<number>; y: number }[], signs?: readonly number[], epochs = 1000, rate = 1, l2 = 1e-4): number[] {
  const d = rows[0]!.x.length;
  const w = new Array<number>(d + 1).fill(0);
  for (let e = 0; e < epochs; e++) {
    const g = new Array<number>(d + 1).fill(0);
    for (const r of rows) {
      let z = w[d]!;
      for (let k = 0; k < d; k++) z += w[k]! * r.x[k]!;
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      for (let k = 0; k < d; k++) g[k]! += err * r.x[k]!;
      g[d]! += err;
    }
    for (let k = 0; k <= d; k++) w[k]! -= rate * (g[k]! / rows.length + (k < d ? l2 * w[k]! : 0));
    if (signs) for (let k = 0; k < d; k++) if (signs[k]! * w[k]! < 0) w[k] = 0;
  }
  return w;
}

interface PairTable { at(i: number, j: number): Float64Array; pairs: number }

/** The features of every pair, in one flat array (772 articles: 297,606 pairs). */
function pairTable(profiles: readonly ArticleProfile[]): PairTable {
  const n = profiles.length, d = PAIR_FEATURES.length;
  const flat = new Float64Array(((n * (n - 1)) / 2) * d);
  const row = (i: number, j: number) => (i * (2 * n - i - 1)) / 2 + j - i - 1; // i < j
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const f = pairFeatures(profiles[i]!, profiles[j]!);
      PAIR_FEATURES.forEach((name, k) => { flat[row(i, j) * d + k] = f[name]; });
    }
  return { pairs: (n * (n - 1)) / 2, at: (i, j) => { const r = i < j ? row(i, j) : row(j, i); return flat.subarray(r * d, r * d + d); } };
}

/** Trains the pair model and local scaling on the articles in `train` (indices). */
function train(table: PairTable, gold: readonly Gold[], trainSet: readonly number[]): { pair: PairWeights; local: LocalScaling } {
  const wordsAt = PAIR_FEATURES.indexOf('words');
  const rows1: { x: Float64Array; y: number }[] = [];
  for (let a = 0; a < trainSet.length; a++)
    for (let b = a + 1; b < trainSet.length; b++) {
      const i = trainSet[a]!, j = trainSet[b]!, x = table.at(i, j);
      if (gold[i]!.topic === gold[j]!.topic || x[wordsAt]! >= CROSS_TOPIC_WORDS) rows1.push({ x, y: gold[i]!.cluster === gold[j]!.cluster ? 1 : 0 });
    }
  const w1 = logistic(rows1, PAIR_FEATURES.map((f) => SIGNS[f]));
  const pair: PairWeights = { bias: w1[PAIR_FEATURES.length]!, weights: Object.fromEntries(PAIR_FEATURES.map((f, k) => [f, w1[k]!])) as Record<PairFeature, number> };
  const z = scorer(table, pair);
  const scales = trainSet.map((i) => neighbourScale(trainSet.filter((j) => j !== i).map((j) => z(i, j)).filter((s) => s >= MIN_LINK_SCORE), { ...LOCAL, bias: 0, score: 0, relative: 0 }));
  const rows2: { x: number[]; y: number }[] = [];
  for (let a = 0; a < trainSet.length; a++)
    for (let b = a + 1; b < trainSet.length; b++) {
      const i = trainSet[a]!, j = trainSet[b]!, s = z(i, j), sa = scales[a], sb = scales[b];
      if (sa === undefined || sb === undefined || s < MIN_LINK_SCORE) continue;
      if (gold[i]!.topic !== gold[j]!.topic && s <= LOCAL.related) continue;
      rows2.push({ x: [s, s - (sa + sb) / 2], y: gold[i]!.cluster === gold[j]!.cluster ? 1 : 0 });
    }
  const w2 = logistic(rows2);
  return { pair, local: { ...LOCAL, score: w2[0]!, relative: w2[1]!, bias: w2[2]! } };
}

function scorer(table: PairTable, pair: PairWeights): (i: number, j: number) => number {
  const w = PAIR_FEATURES.map((f) => pair.weights[f]);
  return (i, j) => { const x = table.at(i, j); let s = pair.bias; for (let k = 0; k < w.length; k++) s += w[k]! * x[k]!; return s; };
}

function modelFile(bg: GroupingModelFile['background'], pair: PairWeights, local: LocalScaling, merge: MergeCriterion): GroupingModelFile {
  return {
    about: 'Story grouping (src/story/grouping): background document frequencies (CoNLL-2003 train + GMB), pair-model and local-scaling weights and the merge criterion fitted on ECB+ dev. Built by scripts/stories/build-grouping-model.ts.',
    background: bg, pair, local, merge, minLinkScore: MIN_LINK_SCORE,
  };
}

/** B-cubed of grouping `subset` (indices into articles) with a model file. */
function score(file: GroupingModelFile, articles: readonly AnalyzedArticle[], gold: readonly Gold[], subset: readonly number[]): { labels: number[]; f: number } {
  const index = new StoryIndex(groupingModel(file));
  for (const i of subset) index.add(articles[i]!);
  const labels = subset.map((_, k) => index.storyOf(k));
  return { labels, f: bcubed(labels, subset.map((i) => gold[i]!.cluster)).bcubedF1 };
}

/** Mean B-cubed F1 over small batches: 3 topics, 1 to 3 articles from each of their sub-topics. */
function smallBatches(file: GroupingModelFile, articles: readonly AnalyzedArticle[], gold: readonly Gold[]): number {
  let state = 12345;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const topics = [...new Set(gold.map((g) => g.topic))];
  const byCluster = new Map<string, number[]>();
  gold.forEach((g, i) => byCluster.set(g.cluster, [...(byCluster.get(g.cluster) ?? []), i]));
  let sum = 0;
  for (let rep = 0; rep < SMALL_BATCHES; rep++) {
    const chosen = new Set([0, 1, 2].map(() => topics[Math.floor(random() * topics.length)]));
    const batch: number[] = [];
    for (const members of byCluster.values()) {
      if (!chosen.has(gold[members[0]!]!.topic)) continue;
      const shuffled = [...members];
      for (let i = shuffled.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]; }
      batch.push(...shuffled.slice(0, 1 + Math.floor(random() * 3)));
    }
    sum += bcubed(score(file, articles, gold, batch).labels, batch.map((i) => gold[i]!.cluster)).bcubedF1;
  }
  return sum / SMALL_BATCHES;
}

function main(): void {
  const bg = background();
  const { articles, gold } = analyseEcb();
  const idf = groupingModel(modelFile(bg, { bias: 0, weights: Object.fromEntries(PAIR_FEATURES.map((f) => [f, 0])) as Record<PairFeature, number> }, { ...LOCAL, bias: 0, score: 1, relative: 0 }, MERGES[0]!)).idf;
  const profiles = articles.map((a) => profileArticle(a, idf));
  const table = pairTable(profiles);
  log(`${table.pairs} pairs scored`);
  const all = articles.map((_, i) => i);
  const measured: Record<string, number | string> = {};
  const { pair, local } = train(table, gold, all);
  const cvScores = MERGES.map(() => Number.NaN);
  if (CV) {
    const topics = [...new Set(gold.map((g) => g.topic))];
    const fold = (i: number) => topics.indexOf(gold[i]!.topic) % 4;
    const predicted = MERGES.map(() => new Array<string>(articles.length));
    for (let f = 0; f < 4; f++) {
      const trainSet = all.filter((i) => fold(i) !== f), test = all.filter((i) => fold(i) === f);
      const fitted = train(table, gold, trainSet);
      MERGES.forEach((m, k) => {
        const { labels } = score(modelFile(bg, fitted.pair, fitted.local, m), articles, gold, test);
        test.forEach((i, t) => { predicted[k]![i] = `${f}:${labels[t]}`; });
      });
    }
    MERGES.forEach((_, k) => { cvScores[k] = bcubed(predicted[k]!, gold.map((g) => g.cluster)).bcubedF1; });
  }
  const devScores = MERGES.map((m) => bcubed(score(modelFile(bg, pair, local, m), articles, gold, all).labels, gold.map((g) => g.cluster)));
  MERGES.forEach((m, k) => log(`merge ratio ${m.ratio} singleton ${m.singleton}: topic-CV bcubed_f1 ${cvScores[k]!.toFixed(4)}, fitted on dev ${devScores[k]!.bcubedF1.toFixed(4)}`));
  const rank = (k: number) => (CV ? Math.min(cvScores[k]!, devScores[k]!.bcubedF1) : devScores[k]!.bcubedF1);
  const chosen = MERGES.map((_, k) => k).reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const merge = MERGES[chosen]!, dev = devScores[chosen]!;
  const file = modelFile(bg, pair, local, merge);
  if (CV) measured['topic_cv_bcubed_f1'] = Number(cvScores[chosen]!.toFixed(4));
  measured['dev_bcubed_f1'] = Number(dev.bcubedF1.toFixed(4));
  measured['dev_precision'] = Number(dev.precision.toFixed(4));
  measured['dev_recall'] = Number(dev.recall.toFixed(4));
  log(`pair weights: ${PAIR_FEATURES.map((f) => `${f} ${pair.weights[f].toFixed(2)}`).join(', ')}, bias ${pair.bias.toFixed(2)}`);
  log(`local scaling: score ${local.score.toFixed(2)}, relative ${local.relative.toFixed(2)}, bias ${local.bias.toFixed(2)}; merge ratio ${merge.ratio} singleton ${merge.singleton}`);
  log(`dev (fitted on dev): bcubed_f1 ${dev.bcubedF1.toFixed(4)} precision ${dev.precision.toFixed(4)} recall ${dev.recall.toFixed(4)}`);
  for (const shift of [0, LOCAL.isolatedShift]) {
    const f = smallBatches({ ...file, local: { ...local, isolatedShift: shift } }, articles, gold);
    log(`small batches (${SMALL_BATCHES}), isolated shift ${shift}: mean bcubed_f1 ${f.toFixed(4)}`);
    measured[`small_batches_bcubed_f1_shift_${shift}`] = Number(f.toFixed(4));
  }
  writeFileSync(OUT, `${JSON.stringify({ ...file, measured }, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(6)) : v))}\n`);
  log(`wrote ${OUT}`);
}

main();
