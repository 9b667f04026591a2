// `corroborate eval incidents DIR`: grouping and incident records scored against hand-coded
// incidents (the Gun Violence Archive layout of ../shared/data/gva). DIR holds articles.jsonl
// ({id, title, published, url, text, cluster}: cluster = the incident) and incidents.json
// ({incident: {date, city, state, killed, injured, participants, lat?, lon?}}). The articles are
// analysed and grouped as `corroborate analyze DIR/articles.jsonl --json` does, and scored with the
// definitions of ../shared/tools/score-incidents.mjs (kept identical; a test runs both):
//   bcubed_f1     B-cubed of the stories against the incidents over every article
//   per incident  the story holding most of its articles answers for it, with its `incident` record:
//   killed / injured  the record's figure of that category (none stated = 0) equals the gold count
//   date              the record's date equals the gold day
//   place             the record's place names the gold city (its name or its entity's aliases), or
//                     lies within 30 km of the incident (where the gold has coordinates)
//   exact             all four at once; victims: share of named gold victims found by surname
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalyzedArticle, Diagnostic, Story } from '../core/model.js';
import { createPipeline, type PipelineOptions } from '../analyze/pipeline.js';
import { reporter } from '../core/report.js';
import { jsonlReader } from '../read/jsonl.js';
import { buildStories } from '../story/story.js';
import { createStoryContext } from '../story/context.js';
import { pushTo } from '../core/_util.js';
import { kmBetween } from '../core/geo.js';
import { bcubedOfLabels } from './metrics.js';

/** One gold incident of incidents.json (the fields scored). */
export interface GoldIncident {
  date?: string;
  city?: string;
  state?: string;
  killed?: number;
  injured?: number;
  lat?: number;
  lon?: number;
  participants?: { type?: string; name?: string }[];
}

/**
 * What the scorer reads of a story's incident record (DESIGN.md's Incident): read structurally, so
 * that the score follows the record as the incident pass writes it, and a story without one scores
 * as the reference scorer scores a missing record.
 */
interface IncidentView {
  date?: { value?: unknown } | string;
  place?: { name?: string; entity?: string; geo?: { lat: number; lon: number } };
  figures?: { category?: string; value?: unknown }[];
  participants?: { name?: string }[];
}

/** The parts of `analyze --json` the score reads. */
export interface IncidentOutput {
  articles: readonly { id: string; origin?: string }[];
  stories: readonly Pick<Story, 'id' | 'articles' | 'entities'>[];
}

export interface IncidentScores {
  incidents: number;
  bcubedF1: number;
  killed: number;
  injured: number;
  date: number;
  place: number;
  exact: number;
  victimsRecall: number;
  /** Incidents whose story has no incident record. */
  noRecord: number;
}

/** Scores an output against the gold: the definitions of score-incidents.mjs. */
export function scoreIncidents(
  goldArticles: readonly { id: string; cluster: string }[],
  incidents: Readonly<Record<string, GoldIncident>>,
  output: IncidentOutput,
): IncidentScores {
  const incidentOfRecord = new Map(goldArticles.map((a) => [a.id, a.cluster]));
  // analyze names an article read from a JSONL line by origin "FILE#<the line's id>"
  const incidentOfArticle = new Map<string, string>();
  for (const a of output.articles) {
    const inc = incidentOfRecord.get(String(a.origin ?? '').split('#').pop()!);
    if (inc !== undefined) incidentOfArticle.set(a.id, inc);
  }
  const storyOfArticle = new Map<string, IncidentOutput['stories'][number]>();
  for (const s of output.stories) for (const id of s.articles) storyOfArticle.set(id, s);

  const ids = [...incidentOfArticle.keys()];
  const grouping = bcubedOfLabels(ids.map((id) => storyOfArticle.get(id)?.id ?? `single:${id}`), ids.map((id) => incidentOfArticle.get(id)!));
  const byIncident = new Map<string, string[]>();
  for (const id of ids) pushTo(byIncident, incidentOfArticle.get(id)!, id);

  const tally = { killed: 0, injured: 0, date: 0, place: 0, exact: 0 };
  let n = 0, noRecord = 0, victimsGold = 0, victimsFound = 0;
  for (const [inc, arts] of byIncident) {
    const gold = incidents[inc];
    if (!gold) continue;
    n++;
    const story = answeringStory(arts, storyOfArticle);
    const rec = (story as { incident?: IncidentView } | undefined)?.incident;
    if (!rec) noRecord++;
    const city = norm(gold.city);
    const names = story ? placeNames(rec, story) : [];
    const geo = story ? placeGeo(rec, story) : undefined;
    const ok = {
      killed: figure(rec, 'killed') === gold.killed,
      injured: figure(rec, 'injured') === gold.injured,
      date: dateOf(rec) === gold.date && typeof gold.date === 'string',
      place: names.some((p) => p === city || (p.length > 3 && (city.startsWith(`${p} `) || city.endsWith(` ${p}`))))
        || (Number.isFinite(gold.lat) && geo !== undefined && kmBetween(geo, { lat: gold.lat!, lon: gold.lon! }) <= 30),
    };
    const exact = ok.killed && ok.injured && ok.date && ok.place;
    for (const k of ['killed', 'injured', 'date', 'place'] as const) tally[k] += ok[k] ? 1 : 0;
    tally.exact += exact ? 1 : 0;
    const named = (rec?.participants ?? []).map((p) => surname(p.name)).filter(Boolean);
    for (const v of (gold.participants ?? []).filter((p) => /victim/i.test(p.type ?? '') && p.name)) {
      victimsGold++;
      if (named.includes(surname(v.name))) victimsFound++;
    }
  }
  const acc = (k: keyof typeof tally) => (n ? tally[k] / n : 0);
  return {
    incidents: n, bcubedF1: grouping.f1, killed: acc('killed'), injured: acc('injured'), date: acc('date'), place: acc('place'), exact: acc('exact'),
    victimsRecall: victimsGold ? victimsFound / victimsGold : 0, noRecord,
  };
}

/** The contract line (DESIGN.md), exactly as score-incidents.mjs prints it. */
export function incidentsLine(s: IncidentScores): string {
  const f = (x: number) => x.toFixed(4);
  return `incidents ${s.incidents} bcubed_f1 ${f(s.bcubedF1)} killed_acc ${f(s.killed)} injured_acc ${f(s.injured)} date_acc ${f(s.date)} place_acc ${f(s.place)} exact_acc ${f(s.exact)} victims_recall ${f(s.victimsRecall)}`;
}

/** Analyses and groups DIR/articles.jsonl as `analyze --json` does, then prints counts and, last, the contract line. */
export async function evalIncidents(dir: string, out: (line: string) => void, options: PipelineOptions = {}): Promise<IncidentScores> {
  const file = join(dir, 'articles.jsonl');
  const [content, incidentsJson] = await Promise.all([readFile(file, 'utf8'), readFile(join(dir, 'incidents.json'), 'utf8')]);
  const incidents = JSON.parse(incidentsJson) as Record<string, GoldIncident>;
  const goldArticles = goldRecords(content);
  const diagnostics: Diagnostic[] = [];
  const pipeline = createPipeline(options);
  const articles: AnalyzedArticle[] = [];
  const seen = new Set<string>();
  const started = process.hrtime.bigint();
  for (const draft of jsonlReader.read({ origin: file, content }, reporter(diagnostics, 'jsonl', file))) {
    const article = pipeline.analyze(draft);
    if (seen.has(article.id)) continue;  // the same text twice is analysed once, as analyze does
    seen.add(article.id);
    articles.push(article);
  }
  const analysed = process.hrtime.bigint();
  const stories = buildStories(articles, createStoryContext());
  const built = process.hrtime.bigint();
  const scores = scoreIncidents(goldArticles, incidents, { articles, stories });
  const ms = (a: bigint, b: bigint) => (Number(b - a) / 1e6).toFixed(0);
  out(`articles ${articles.length} incidents ${new Set(goldArticles.map((a) => a.cluster)).size} stories ${stories.length} bad_lines ${diagnostics.filter((d) => d.level === 'error').length}`);
  out(`analyse_ms ${ms(started, analysed)} stories_ms ${ms(analysed, built)}`);
  out(`stories without an incident record: ${scores.noRecord} of ${scores.incidents} incidents' stories`);
  out(incidentsLine(scores));
  return scores;
}

/** Records of articles.jsonl that have an id and a cluster. */
function goldRecords(content: string): { id: string; cluster: string }[] {
  const out: { id: string; cluster: string }[] = [];
  for (const line of content.split('\n')) {
    if (!line.trim()) continue;
    let r: { id?: unknown; cluster?: unknown };
    try { r = JSON.parse(line) as typeof r; } catch { continue; } // the reader reports bad lines
    if (typeof r.id === 'string' && (typeof r.cluster === 'string' || typeof r.cluster === 'number')) out.push({ id: r.id, cluster: String(r.cluster) });
  }
  return out;
}

/** The story holding most of the incident's articles (the first such, in article order, on a tie). */
function answeringStory<S>(articles: readonly string[], storyOf: ReadonlyMap<string, S>): S | undefined {
  const votes = new Map<S, number>();
  for (const id of articles) { const s = storyOf.get(id); if (s) votes.set(s, (votes.get(s) ?? 0) + 1); }
  let best: S | undefined, most = 0;
  for (const [s, v] of votes) if (v > most) { best = s; most = v; }
  return best;
}

function norm(s: unknown): string {
  return String(s ?? '').toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function surname(name: unknown): string {
  return norm(name).split(' ').filter((w) => !/^(jr|sr|ii|iii|iv)$/.test(w)).pop() ?? '';
}

function figure(rec: IncidentView | undefined, category: string): number {
  const f = (rec?.figures ?? []).find((x) => x.category === category);
  return f ? Number(f.value) : 0;
}

function dateOf(rec: IncidentView | undefined): unknown {
  const d = rec?.date;
  return (typeof d === 'object' && d !== null ? d.value : undefined) ?? d ?? null;
}

function placeGeo(rec: IncidentView | undefined, story: IncidentOutput['stories'][number]): { lat: number; lon: number } | undefined {
  const p = rec?.place;
  if (!p) return undefined;
  if (p.geo && Number.isFinite(p.geo.lat)) return p.geo;
  return p.entity ? story.entities.find((e) => e.id === p.entity)?.geo : undefined;
}

function placeNames(rec: IncidentView | undefined, story: IncidentOutput['stories'][number]): string[] {
  const p = rec?.place;
  if (!p) return [];
  const names: unknown[] = [p.name];
  const ent = p.entity ? story.entities.find((e) => e.id === p.entity) : undefined;
  if (ent) names.push(ent.name, ...ent.aliases.map((a) => a.text));
  return names.map(norm).filter(Boolean);
}
