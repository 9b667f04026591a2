import { kmBetween } from '../../core/geo.js';
import type { AnalyzedArticle, Claim, Geo, IncidentPlace } from '../../core/model.js';
import { firstEndingAfter } from '../../core/spans.js';
import type { Gazetteer } from '../entities/gazetteer.js';
import { nameKey } from '../entities/names.js';
import { outletPlaces, type OutletPlaces } from './outlet.js';
import type { Candidate } from './ranker.js';
import { articleTowns, namedCountries, namedStates, placeOfTown, storyPlace, type ArticlePlace, type ArticleTown } from './where.js';

// The towns a story's reports name, as candidates for its place (ranker.ts chooses), each with what
// says how the reports stand on it: how many name it, as a dateline, with its state, as the scene,
// early, in the headline, as an organisation's or a person's name; whether the gazetteer places it,
// in a state the story names, near the outlets' towns, among the story's other towns. Features of
// support and of place, never the name itself. "None" is a candidate too: no town is better than a
// wrong one.

/** Each report's towns (where.ts: articleTowns), its own choice among them and its outlet's places. */
export interface PlaceReading {
  article: Readonly<AnalyzedArticle>;
  towns: readonly ArticleTown[];
  place: ArticlePlace | undefined;
  outlet: OutletPlaces;
}

export interface PlaceCandidate extends Candidate<string | undefined> {
  /** The town's name (undefined: no place). */
  value: string | undefined;
  geo?: Geo;
  /** The keys of the names it was read under (its sections' too: mergeSections). */
  keys: string[];
  /** The sentences of each report that name it. */
  claims: Claim[];
}

/** Reads each report's towns once; the rules' choice is storyPlace over their own choices. */
export function placeReadings(articles: readonly Readonly<AnalyzedArticle>[], gazetteer: Gazetteer): PlaceReading[] {
  const storyStates = new Set(articles.flatMap((a) => [...namedStates(a)]));
  const ships = shipNames(articles);
  return articles.map((article) => {
    const outlet = outletPlaces(article.source, gazetteer);
    // a name the story gives a ship ("INS Mysore", then "the Mysore") is the ship's in every report
    const towns = articleTowns(article, gazetteer, storyStates, outlet).filter((t) => !ships.has(t.key));
    let best: ArticleTown | undefined;
    for (const t of towns) if (!best || t.weight > best.weight || (t.weight === best.weight && t.first < best.first)) best = t;
    return { article, towns, place: best && placeOfTown(article, best), outlet };
  });
}

/** The prefixes of ships' names (navies' and merchant vessels'). */
const SHIP_PREFIX = /^(?:INS|USS|HMS|HMAS|HMCS|MV|SS|RV|FV)$/;

/** The names (as keys) the story's reports give ships: what follows a ship's prefix in a name the recognizer found. */
function shipNames(articles: readonly Readonly<AnalyzedArticle>[]): Set<string> {
  const out = new Set<string>();
  for (const a of articles) for (const m of a.mentions ?? []) {
    const words = m.text.trim().split(/\s+/);
    if (words.length > 1 && SHIP_PREFIX.test(words[0]!)) out.add(nameKey(words.slice(1).join(' ')));
  }
  return out;
}

/** The rules' place of the story (storyPlace over each report's own choice). */
export function ruledPlace(readings: readonly PlaceReading[]): IncidentPlace | undefined {
  return storyPlace(readings.map((r) => ({ article: r.article, place: r.place })));
}

/** The first sentences of a report count as its lead (the headline's among them when it is one). */
const LEAD_SENTENCES = 2;
/** Another town within this distance is a neighbour: the story's towns cluster around its scene. */
const NEIGHBOUR_KM = 50;
/** Within this distance a town is in the outlet's market (as where.ts reads a report's towns). */
const OUTLET_REACH_KM = 150;
/** Within this distance a town is the outlet's own. */
const OUTLET_TOWN_KM = 15;

/** The story's candidate towns (one per name), and none, with their features. */
export function placeCandidates(readings: readonly PlaceReading[], ruled: IncidentPlace | undefined): PlaceCandidate[] {
  const n = readings.length || 1;
  const byKey = new Map<string, { name: string; towns: { r: PlaceReading; t: ArticleTown }[] }>();
  for (const r of readings) for (const t of r.towns) {
    const c = byKey.get(t.key) ?? byKey.set(t.key, { name: t.name, towns: [] }).get(t.key)!;
    c.towns.push({ r, t });
  }
  mergeSections(byKey);
  const storyStates = new Set(readings.flatMap((r) => [...namedStates(r.article)]));
  // the story's towns with where they lie and how much the reports stand on them, to read each one's neighbours
  const placed = [...byKey.entries()].map(([key, c]) => ({ key, geo: geoOf(c.towns.map((x) => x.t)), weight: c.towns.reduce((w, x) => w + x.t.weight, 0) }));
  const totalWeight = placed.reduce((w, p) => w + p.weight, 0) || 1;
  const topWeight = Math.max(0, ...placed.map((p) => p.weight));
  // the country most of the story's weight lies in: a town abroad in a story told at home is rarely its scene
  const countryWeight = new Map<string, number>();
  for (const p of placed) if (p.geo) countryWeight.set(p.geo.country, (countryWeight.get(p.geo.country) ?? 0) + p.weight);
  const home = [...countryWeight].sort((x, y) => y[1] - x[1])[0]?.[0];
  const countries = new Set(readings.flatMap((r) => [...namedCountries(r.article)]));
  const persons = new Set(readings.flatMap((r) => (r.article.mentions ?? []).filter((m) => m.type === 'PER').map((m) => m.text.trim().toLowerCase())));
  const out: PlaceCandidate[] = [];
  for (const [key, c] of byKey) {
    const spans = c.towns.flatMap((x) => x.t.spans.map((f) => ({ f, a: x.r.article })));
    const reportsWith = (test: (x: { r: PlaceReading; t: ArticleTown }) => boolean) => c.towns.filter(test).length / n;
    const geo = geoOf(c.towns.map((x) => x.t));
    const population = Math.max(0, ...c.towns.map((x) => x.t.population ?? 0));
    const weight = c.towns.reduce((w, x) => w + x.t.weight, 0);
    const neighbours = geo ? placed.filter((p) => p.key !== key && p.geo && kmBetween(p.geo, geo) <= NEIGHBOUR_KM).reduce((w, p) => w + p.weight, 0) : 0;
    const features: Record<string, number> = {
      bias: 1,
      rules: ruled && c.towns.some((x) => x.t.key === nameKey(ruled.name)) ? 1 : 0,
      reports: c.towns.length / n,
      chosen: reportsWith((x) => x.r.place?.key === key),
      weightShare: weight / totalWeight,
      top: weight === topWeight ? 1 : 0,
      weightRatio: topWeight ? weight / topWeight : 0,
      mentions: Math.log1p(spans.length),
      dateline: reportsWith((x) => x.t.spans.some((f) => f.weight >= 3)),
      withState: reportsWith((x) => x.t.spans.some((f) => f.state !== undefined && f.weight < 3)),
      scene: reportsWith((x) => x.t.spans.some((f) => f.scene === true)),
      located: reportsWith((x) => x.t.spans.some((f) => f.located === true)),
      organisationOnly: reportsWith((x) => x.t.spans.every((f) => f.organisation === true)),
      modifierOnly: reportsWith((x) => x.t.spans.every((f) => f.weight === 1 && !f.located && !f.organisation && !f.state)),
      lead: reportsWith((x) => x.t.spans.some((f) => sentenceIndex(x.r.article, f.start) < LEAD_SENTENCES)),
      title: reportsWith((x) => x.t.spans.some((f) => x.r.article.segments.some((s) => s.kind === 'title' && s.start <= f.start && f.start < s.end))),
      firstNamed: reportsWith((x) => x.r.towns.every((o) => o.first >= x.t.first)),
      person: persons.has(c.name.toLowerCase()) ? 1 : 0,
      unplaced: geo ? 0 : 1,
      abroad: geo && home && geo.country !== home ? 1 : 0,
      // the reports name the country it lies in (for a US town: a state): "Honda" of Colombia in a report that names no Colombia is no town of it
      countryNamed: geo && (geo.country === 'US' ? storyStates.size > 0 : countries.has(geo.country)) ? 1 : 0,
      stateNamed: geo?.admin1 && storyStates.has(geo.admin1) ? 1 : 0,
      outletNear: geo && c.towns.some((x) => x.r.outlet.towns.some((t) => kmBetween(t, geo) <= OUTLET_REACH_KM)) ? 1 : 0,
      // the outlet's own town: a station's dateline, while the scene may lie in a town of its market
      outletTown: geo && c.towns.some((x) => x.r.outlet.towns.some((t) => kmBetween(t, geo) <= OUTLET_TOWN_KM)) ? 1 : 0,
      // every report naming it comes from an outlet whose address names a market or state it lies outside
      outletFar: c.towns.every((x) => outletFar(x.r.outlet, geo)) ? 1 : 0,
      outletState: geo?.admin1 && c.towns.some((x) => x.r.outlet.states.has(geo.admin1!)) ? 1 : 0,
      population: population > 0 ? Math.log10(population) / 7 : 0,
      neighbours: neighbours / totalWeight,
    };
    const claims = c.towns.flatMap((x) => placeOfTown(x.r.article, x.t).claims.map((claim) => ({ ...claim, value: c.name })));
    out.push({ value: c.name, ...(geo ? { geo } : {}), keys: [...new Set(c.towns.map((x) => x.t.key))], claims, features: dropZeros(features) });
  }
  out.push({ value: undefined, keys: [], claims: [], features: { none: 1 } });
  return out;
}

/** Whether the outlet's address names a market town or a state, and the town lies in none of them (or is not placed). */
function outletFar(outlet: OutletPlaces, geo: Geo | undefined): boolean {
  if (!outlet.towns.length && !outlet.states.size) return false;
  if (!geo) return true;
  return !outlet.towns.some((t) => kmBetween(t, geo) <= OUTLET_REACH_KM) && !(geo.admin1 !== undefined && outlet.states.has(geo.admin1));
}

/** A section of a town lies within this distance of the town's point. */
const SECTION_KM = 20;

/**
 * A section of a town (GeoNames PPLX: "North Lawndale", "West Garfield Park") that the story names with its town
 * ("Chicago", bigger and near) is that town: its mentions support the town, the place a record names.
 */
function mergeSections(byKey: Map<string, { name: string; towns: { r: PlaceReading; t: ArticleTown }[] }>): void {
  const towns = [...byKey.entries()].map(([key, c]) => ({ key, c, geo: geoOf(c.towns.map((x) => x.t)), population: Math.max(0, ...c.towns.map((x) => x.t.population ?? 0)), section: c.towns.every((x) => x.t.feature === 'PPLX') }));
  for (const part of towns) {
    if (!part.section || !part.geo) continue;
    const whole = towns.find((w) => !w.section && w.geo && w.population > part.population && kmBetween(w.geo, part.geo!) <= SECTION_KM);
    if (!whole) continue;
    whole.c.towns.push(...part.c.towns);
    byKey.delete(part.key);
  }
}

/** Where the reports put a town: the first that names its state, else the first placed. */
function geoOf(towns: readonly ArticleTown[]): Geo | undefined {
  return towns.find((t) => t.geo?.admin1)?.geo ?? towns.find((t) => t.geo)?.geo;
}

function sentenceIndex(a: Readonly<AnalyzedArticle>, offset: number): number {
  return firstEndingAfter(a.sentences ?? [], offset);
}

function dropZeros(f: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(f).filter(([, x]) => x !== 0));
}
