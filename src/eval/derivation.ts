// `eval derivation FILE`: copy and rewrite detection scored on pairs. FILE is JSONL of
// `{id, text, title?, published?, source?, group, from?, kind?}` (scripts/derivation/build-set.ts makes
// it from ../shared/data): each `group` is one story's reports; `from` names the report a record copies
// or rewrites. Gold and predicted derivations both fold reports into independent sources; a pair is
// two reports of a group that are one source. Only the text, segments and sentences are analysed.
import { readFile } from 'node:fs/promises';
import { jsonlReader } from '../read/jsonl.js';
import type { AnalyzedArticle, Derivation, Diagnostic } from '../core/model.js';
import { createPipeline } from '../analyze/pipeline.js';
import { DEFAULT_STAGES } from '../analyze/index.js';
import { heuristicRecognizer } from '../analyze/entities/heuristic.js';
import { reporter } from '../core/report.js';
import { deriveStory } from '../story/derivation/derive.js';
import { sourceOf } from '../story/derivation/sources.js';
import { prfOfCounts, type Prf } from './metrics.js';

export interface GoldRecord { id: string; group: string; from?: string; kind?: string }

export interface DerivationGroup { articles: AnalyzedArticle[]; gold: GoldRecord[] }

export interface DerivationScores extends Prf {
  /** Pairs of real, independent reports (neither derived) predicted to be one source. */
  falseCopies: number;
  /** Derived reports linked to the right original whose kind (copy/wire vs rewrite) is right, over those linked right. */
  kindAccuracy: number;
  tp: number; fp: number; fn: number;
}

/** The records of FILE, analysed (text, segments, sentences) and grouped by `group`, each group in story order. */
export async function readDerivationSet(file: string): Promise<DerivationGroup[]> {
  const content = await readFile(file, 'utf8');
  const gold = new Map<string, GoldRecord>();
  for (const line of content.split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as Partial<GoldRecord>;
      if (typeof r.id === 'string' && typeof r.group === 'string') gold.set(r.id, { id: r.id, group: r.group, ...(r.from ? { from: r.from } : {}), ...(r.kind ? { kind: r.kind } : {}) });
    } catch { /* the reader reports bad lines */ }
  }
  const stages = DEFAULT_STAGES.filter((s) => s.name === 'tokens' || s.name === 'sentences');
  const pipeline = createPipeline({ stages, recognizer: heuristicRecognizer, syntax: null, eventTyping: null });
  const diagnostics: Diagnostic[] = [];
  const groups = new Map<string, DerivationGroup>();
  for (const draft of jsonlReader.read({ origin: file, content }, reporter(diagnostics, 'jsonl', file))) {
    const g = gold.get(draft.origin.slice(file.length + 1));
    if (!g) continue;
    const group = groups.get(g.group) ?? { articles: [], gold: [] };
    group.articles.push(pipeline.analyze(draft));
    group.gold.push(g);
    groups.set(g.group, group);
  }
  // story order, as buildStory gives it: earliest report first
  for (const group of groups.values()) {
    const order = group.articles.map((a, i) => i).sort((i, j) => (group.articles[i]!.published ?? '9999').localeCompare(group.articles[j]!.published ?? '9999') || i - j);
    group.articles = order.map((i) => group.articles[i]!);
    group.gold = order.map((i) => group.gold[i]!);
  }
  return [...groups.values()];
}

/** Pair precision, recall and F1 of predicted derivations (per group, articles in the group's order) against the gold. */
export function scoreDerivations(groups: readonly DerivationGroup[], predicted: readonly (readonly Derivation[])[]): DerivationScores {
  let tp = 0, fp = 0, fn = 0, falseCopies = 0, linked = 0, kindRight = 0;
  groups.forEach((g, k) => {
    const ids = g.articles.map((a) => a.id as string);
    const goldFrom = new Map(g.gold.filter((r) => r.from).map((r) => [ids[g.gold.indexOf(r)]!, r]));
    const recordId = new Map(g.gold.map((r, i) => [r.id, ids[i]!]));
    const goldSource = sourceOf(g.gold.filter((r) => r.from && recordId.has(r.from)).map((r) => ({ article: recordId.get(r.id)!, from: recordId.get(r.from!)! } as Derivation)));
    const source = sourceOf(predicted[k]!);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const isGold = goldSource(ids[i]!) === goldSource(ids[j]!), isPred = source(ids[i]!) === source(ids[j]!);
        if (isGold && isPred) tp++; else if (isPred) { fp++; if (!goldFrom.has(ids[i]!) && !goldFrom.has(ids[j]!)) falseCopies++; } else if (isGold) fn++;
      }
    for (const d of predicted[k]!) {
      const r = goldFrom.get(d.article);
      if (!r || recordId.get(r.from!) !== d.from) continue;
      linked++;
      if ((d.kind === 'rewrite') === (r.kind === 'rewrite')) kindRight++;
    }
  });
  return { ...prfOfCounts(tp, tp + fp, tp + fn), tp, fp, fn, falseCopies, kindAccuracy: linked ? kindRight / linked : 0 };
}

/** Derives every group of FILE and prints counts and, last, `pair_f1 .. precision .. recall ..`. */
export async function evalDerivation(file: string, out: (line: string) => void): Promise<DerivationScores> {
  const started = process.hrtime.bigint();
  const groups = await readDerivationSet(file);
  if (!groups.length) throw new Error('no group of articles with gold derivations in it');
  const predicted = groups.map((g) => deriveStory(g.articles));
  const s = scoreDerivations(groups, predicted);
  const articles = groups.reduce((n, g) => n + g.articles.length, 0);
  out(`groups ${groups.length} articles ${articles} gold_derived ${groups.reduce((n, g) => n + g.gold.filter((r) => r.from).length, 0)} predicted_derived ${predicted.reduce((n, p) => n + p.length, 0)} ms ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)}`);
  out(`pairs tp ${s.tp} fp ${s.fp} fn ${s.fn} false_copies_between_independent_reports ${s.falseCopies} kind_accuracy ${s.kindAccuracy.toFixed(4)}`);
  out(`pair_f1 ${s.f1.toFixed(4)} precision ${s.precision.toFixed(4)} recall ${s.recall.toFixed(4)}`);
  return s;
}
