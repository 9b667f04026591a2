import { readFile } from 'node:fs/promises';
import type { EntityType } from '../core/model.js';
import { type ConllDocument, parseConll } from '../analyze/entities/conll.js';
import { loadNerModel } from '../analyze/entities/index.js';
import type { DocumentTagger } from '../analyze/entities/recognizer.js';
import { TYPES, bilouToSpans, iobToSpans } from '../analyze/entities/tags.js';
import { prfOfCounts } from './metrics.js';

export type { DocumentTagger };

export interface NerScores {
  f1: number;
  precision: number;
  recall: number;
  tokensPerSecond: number;
  byType: Record<EntityType, { precision: number; recall: number; f1: number; gold: number; predicted: number; correct: number }>;
}

/** Span scores on CoNLL's 0..100 scale. */
const prf = (correct: number, predicted: number, gold: number) => prfOfCounts(correct, predicted, gold, 100);

/**
 * Span-level exact-match scores (conlleval-style) of `tagger` on CoNLL documents, and its speed in
 * tokens per second of wall-clock time over all documents. With `warmUp`, the first tenth of the
 * documents (at most 50) is tagged once, untimed, first: the figure is then the steady-state speed
 * of a loaded model in a long-running process, without the JIT's start-up.
 */
export function scoreDocuments(tagger: DocumentTagger, docs: readonly ConllDocument[], warmUp = false): NerScores {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }])) as Record<EntityType, { gold: number; predicted: number; correct: number }>;
  let tokens = 0;
  const predictions: Uint8Array[][] = [];
  if (warmUp) for (const doc of docs.slice(0, Math.min(50, Math.ceil(docs.length / 10)))) tagger.tagDocument(doc.map((s) => s.words));
  const started = process.hrtime.bigint();
  for (const doc of docs) {
    predictions.push(tagger.tagDocument(doc.map((s) => s.words)));
    for (const s of doc) tokens += s.words.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  docs.forEach((doc, d) => {
    doc.forEach((s, si) => {
      const gold = iobToSpans(s.labels);
      const pred = bilouToSpans(predictions[d]![si]!);
      const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
      const goldKeys = new Set(gold.map(key));
      for (const g of gold) counts[g.type].gold++;
      for (const p of pred) {
        counts[p.type].predicted++;
        if (goldKeys.has(key(p))) counts[p.type].correct++;
      }
    });
  });
  let g = 0, p = 0, c = 0;
  const byType = {} as NerScores['byType'];
  for (const t of TYPES) {
    const k = counts[t];
    g += k.gold; p += k.predicted; c += k.correct;
    byType[t] = { ...prf(k.correct, k.predicted, k.gold), ...k };
  }
  return { ...prf(c, p, g), tokensPerSecond: tokens / Math.max(seconds, 1e-9), byType };
}

/** Per-type lines, then (last) the contract line `f1 .. precision .. recall .. tokens_per_s ..`. */
export function reportScores(s: NerScores, out: (line: string) => void): void {
  for (const t of TYPES) {
    const k = s.byType[t];
    out(`${t.padEnd(4)} precision ${k.precision.toFixed(2)} recall ${k.recall.toFixed(2)} f1 ${k.f1.toFixed(2)} gold ${k.gold} predicted ${k.predicted} correct ${k.correct}`);
  }
  out(`f1 ${s.f1.toFixed(2)} precision ${s.precision.toFixed(2)} recall ${s.recall.toFixed(2)} tokens_per_s ${Math.round(s.tokensPerSecond)}`);
}

/**
 * Scores the trained model (models/ner.bin) on a CoNLL column file: the tag is the last column,
 * IOB1 or IOB2; `-DOCSTART-` lines separate documents (the tagger uses document context).
 */
export async function evalNer(file: string, out: (line: string) => void): Promise<{ f1: number; precision: number; recall: number; tokensPerSecond: number }> {
  const docs = parseConll(await readFile(file, 'utf8'));
  const model = await loadNerModel();
  const scores = scoreDocuments(model, docs, true);
  if (!Object.values(scores.byType).some((t) => t.gold > 0)) throw new Error('no gold entity in it (CoNLL columns with an IOB tag last)');
  reportScores(scores, out);
  return { f1: scores.f1, precision: scores.precision, recall: scores.recall, tokensPerSecond: scores.tokensPerSecond };
}
