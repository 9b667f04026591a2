// `eval stories FILE`: story grouping scored with B-cubed precision, recall and F1 (Bagga & Baldwin
// 1998) against gold clusters. FILE is JSONL of `{id, text, title?, published?, cluster}`; every
// record runs through the real per-article pipeline, then all of them are grouped at once. The gold
// `cluster` (and `topic`, where present) is read only to score: grouping never sees it.
import { readFile } from 'node:fs/promises';
import { jsonlReader } from '../read/jsonl.js';
import type { AnalyzedArticle, Diagnostic } from '../core/model.js';
import { createPipeline, type PipelineOptions } from '../analyze/pipeline.js';
import { reporter } from '../core/report.js';
import { groupArticles, loadCityGazetteer, loadGroupingModel } from '../story/group.js';
import { bcubedOfLabels } from './metrics.js';

export interface BcubedScores {
  bcubedF1: number;
  precision: number;
  recall: number;
}

/**
 * B-cubed over items: for each item, precision is the share of its predicted cluster that shares its
 * gold cluster, recall the share of its gold cluster that shares its predicted cluster; both are
 * averaged over all items, and F1 is their harmonic mean.
 */
export function bcubed<P, G>(predicted: readonly P[], gold: readonly G[]): BcubedScores {
  const { f1, precision, recall } = bcubedOfLabels(predicted, gold);
  return { bcubedF1: f1, precision, recall };
}

/** Cluster number of each item, from groups of item indices. */
export function labelsOf(groups: readonly (readonly number[])[], n: number): number[] {
  const labels = new Array<number>(n).fill(-1);
  groups.forEach((g, k) => { for (const i of g) labels[i] = k; });
  return labels.map((l, i) => (l < 0 ? groups.length + i : l));
}

export interface EvalStoriesOptions extends PipelineOptions {
  /** Groups the analysed articles; the default is the engine's own grouping. */
  group?: (articles: readonly AnalyzedArticle[]) => number[][];
}

/** Analyses and groups every record of FILE, then prints counts and, last, `bcubed_f1 .. precision .. recall ..`. */
export async function evalStories(file: string, out: (line: string) => void, options: EvalStoriesOptions = {}): Promise<BcubedScores> {
  const content = await readFile(file, 'utf8');
  const goldById = goldClusters(content);
  const diagnostics: Diagnostic[] = [];
  const pipeline = createPipeline(options);
  const articles: AnalyzedArticle[] = [];
  const gold: string[] = [];
  const started = process.hrtime.bigint();
  for (const draft of jsonlReader.read({ origin: file, content }, reporter(diagnostics, 'jsonl', file))) {
    const id = draft.origin.slice(file.length + 1); // the JSONL reader names a record `FILE#id`
    const cluster = goldById.get(id);
    if (cluster === undefined) continue; // no gold cluster to score it against
    articles.push(pipeline.analyze(draft));
    gold.push(cluster);
  }
  if (!articles.length) throw new Error('no record with an id, a text and a gold cluster');
  const analysed = process.hrtime.bigint();
  const groups = (options.group ?? ((list) => groupArticles(list, loadGroupingModel(), loadCityGazetteer())))(articles);
  const grouped = process.hrtime.bigint();
  const scores = bcubed(labelsOf(groups, articles.length), gold);
  const ms = (a: bigint, b: bigint) => (Number(b - a) / 1e6).toFixed(0);
  out(`articles ${articles.length} gold_clusters ${new Set(gold).size} predicted_stories ${groups.length} unscored ${goldById.size - articles.length} bad_lines ${diagnostics.filter((d) => d.level === 'error').length}`);
  out(`analyse_ms ${ms(started, analysed)} group_ms ${ms(analysed, grouped)}`);
  out(`bcubed_f1 ${scores.bcubedF1.toFixed(4)} precision ${scores.precision.toFixed(4)} recall ${scores.recall.toFixed(4)}`);
  return scores;
}

/** Gold cluster of each record id; records without an id or a cluster are not scored. */
function goldClusters(content: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of content.split('\n')) {
    if (!line.trim()) continue;
    let r: { id?: unknown; cluster?: unknown };
    try { r = JSON.parse(line) as typeof r; } catch { continue; } // the reader reports bad lines
    if (typeof r.id === 'string' && r.id.trim() && (typeof r.cluster === 'string' || typeof r.cluster === 'number')) out.set(r.id, String(r.cluster));
  }
  return out;
}
