// The reference point for `eval stories`: TF-IDF cosine with average linkage over all pairs (IDF
// from the batch itself), at a few thresholds, on the same analysed articles the engine groups.
//   node dist/scripts/stories/baseline.js [FILE]   (default ../shared/data/ecbplus/dev.jsonl)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bcubed, labelsOf } from '../../src/eval/stories.js';
import { jsonlReader } from '../../src/read/jsonl.js';
import type { AnalyzedArticle } from '../../src/core/model.js';
import { createPipeline } from '../../src/analyze/pipeline.js';
import { reporter } from '../../src/core/report.js';
import { countTerms, dot, unit, weigh } from '../../src/story/grouping/vectors.js';
import { contentWords } from '../../src/story/grouping/words.js';
import { DATA } from '../ner/sources.js';

const THRESHOLDS = [0.1, 0.125, 0.15, 0.175, 0.2, 0.25];

function reportText(a: AnalyzedArticle): string {
  return a.segments.filter((s) => s.kind === 'title' || s.kind === 'heading' || s.kind === 'body').map((s) => a.text.slice(s.start, s.end)).join('\n');
}

/** Merges the two groups of highest mean pairwise similarity while that mean is at least `threshold`. */
function averageLinkage(sim: readonly Float64Array[], threshold: number): number[][] {
  const n = sim.length;
  const s = sim.map((row) => Float64Array.from(row));
  const groups: (number[] | undefined)[] = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = -Infinity, bi = -1, bj = -1;
    for (let i = 0; i < n; i++) if (groups[i]) for (let j = i + 1; j < n; j++) if (groups[j] && s[i]![j]! > best) { best = s[i]![j]!; bi = i; bj = j; }
    if (bi < 0 || best < threshold) break;
    const a = groups[bi]!.length, b = groups[bj]!.length;
    for (let k = 0; k < n; k++) if (groups[k] && k !== bi && k !== bj) s[bi]![k] = s[k]![bi] = (s[bi]![k]! * a + s[bj]![k]! * b) / (a + b);
    groups[bi] = [...groups[bi]!, ...groups[bj]!];
    groups[bj] = undefined;
  }
  return groups.filter((g): g is number[] => g !== undefined);
}

const file = process.argv[2] ?? join(DATA, 'ecbplus', 'dev.jsonl');
const content = readFileSync(file, 'utf8');
const gold = new Map<string, string>();
for (const line of content.split('\n')) if (line.trim()) { const r = JSON.parse(line) as { id: string; cluster: unknown }; gold.set(r.id, String(r.cluster)); }
const pipeline = createPipeline();
const articles: AnalyzedArticle[] = [], labels: string[] = [];
for (const draft of jsonlReader.read({ origin: file, content }, reporter([], 'jsonl', file))) {
  const cluster = gold.get(draft.origin.slice(draft.origin.lastIndexOf('#') + 1));
  if (cluster === undefined) continue;
  articles.push(pipeline.analyze(draft));
  labels.push(cluster);
}
const counts = articles.map((a) => countTerms(contentWords(reportText(a))));
const df = new Map<string, number>();
for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
const vectors = counts.map((c) => unit(weigh(c, (t) => Math.log(articles.length / df.get(t)!))));
const sim = vectors.map((a) => Float64Array.from(vectors, (b) => dot(a, b)));
for (const threshold of THRESHOLDS) {
  const s = bcubed(labelsOf(averageLinkage(sim, threshold), articles.length), labels);
  process.stdout.write(`threshold ${threshold} bcubed_f1 ${s.bcubedF1.toFixed(4)} precision ${s.precision.toFixed(4)} recall ${s.recall.toFixed(4)}\n`);
}
