// The GVA dev stream as the incident trainers read it: its articles analysed and grouped as `analyze`
// does (or read from a file --save-analysis wrote with the same build), each story's members in the
// pass's order, and for each gold incident the story holding most of its reports (the first such story
// on a tie, as ../shared/tools/score-incidents.mjs keeps it). Used by train-fields.ts, train-date.ts and train-place.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../../src/analyze/pipeline.js';
import type { AnalyzedArticle } from '../../src/core/model.js';
import { reporter } from '../../src/core/report.js';
import { jsonlReader } from '../../src/read/jsonl.js';
import { createStoryContext } from '../../src/story/context.js';
import { groupArticles } from '../../src/story/group.js';
import { DATA } from '../ner/sources.js';

export const GVA = join(DATA, 'gva');

export interface GvaStream<I> {
  incidents: Record<string, I>;
  articles: AnalyzedArticle[];
  /** Each story's members, by publication then origin (as `analyze` orders them). */
  stories: AnalyzedArticle[][];
  /** Gold incident id → index of the story answering for it. */
  answering: Map<string, number>;
}

/** Reads the stream (analysing it unless `analysis` names a cached file); exits 2 when the data is not there. */
export function readGva<I>(name: string, analysis?: string, saveAnalysis?: string): GvaStream<I> {
  if (!existsSync(join(GVA, 'incidents.json'))) {
    console.error(`${name}: ${GVA}/incidents.json not found (set CORROBORATE_DATA to the shared data folder)`);
    process.exit(2);
  }
  const gold = readFileSync(join(GVA, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; cluster: string });
  const incidents = JSON.parse(readFileSync(join(GVA, 'incidents.json'), 'utf8')) as Record<string, I>;
  const { articles, groups } = analysis ? JSON.parse(readFileSync(analysis, 'utf8')) as { articles: AnalyzedArticle[]; groups: number[][] } : analyse();
  if (saveAnalysis) writeFileSync(saveAnalysis, JSON.stringify({ articles, groups }));
  const stories = groups.map((g) => g.map((i) => articles[i]!).sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || String(a.origin).localeCompare(String(b.origin))));
  const storyOf = new Map(stories.flatMap((members, k) => members.map((a) => [a.id, k] as const)));
  const incidentOf = new Map(gold.map((g) => [g.id, g.cluster]));
  const votes = new Map<string, Map<number, number>>();
  for (const a of articles) {
    const inc = incidentOf.get(String(a.origin ?? '').split('#').pop() ?? '');
    if (inc === undefined || !incidents[inc]) continue;
    const v = votes.get(inc) ?? votes.set(inc, new Map()).get(inc)!;
    const s = storyOf.get(a.id)!;
    v.set(s, (v.get(s) ?? 0) + 1);
  }
  const answering = new Map([...votes].map(([inc, v]) => [inc, [...v].sort((x, y) => y[1] - x[1])[0]![0]] as const));
  return { incidents, articles, stories, answering };
}

function analyse(): { articles: AnalyzedArticle[]; groups: number[][] } {
  const file = join(GVA, 'articles.jsonl');
  const pipeline = createPipeline();
  const articles: AnalyzedArticle[] = [];
  const seen = new Set<string>();
  for (const doc of jsonlReader.read({ origin: file, content: readFileSync(file, 'utf8') }, reporter([], 'jsonl', file))) {
    const a = pipeline.analyze(doc);
    if (!seen.has(a.id)) { seen.add(a.id); articles.push(a); }
  }
  const ctx = createStoryContext();
  return { articles, groups: groupArticles(articles, ctx.grouping, ctx.gazetteer()) };
}

/** The incident ids of one half (0: even ids, 1: odd). */
export const halfOf = (ids: readonly string[], r: 0 | 1) => ids.filter((id) => Number(id) % 2 === r);
