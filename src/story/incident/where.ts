import { kmBetween } from '../../core/geo.js';
import type { AnalyzedArticle, Claim, Geo, IncidentPlace, Span, SyntaxToken } from '../../core/model.js';
import { isOutcomeVerb } from './outcomes.js';
import { isReport } from '../../core/kinds.js';
import { isOwnText, sentenceClaim } from '../claims.js';
import type { Gazetteer, Place } from '../entities/gazetteer.js';
import { nameKey } from '../entities/names.js';
import { PLACE_ALIASES } from '../entities/regions.js';
import { datelineTown, DATELINE_LINES, LEADING, locate, mayHoldDateline, TOWN_STATE } from '../grouping/places.js';
import type { OutletPlaces } from './outlet.js';
import { stateCentre, usState } from '../grouping/us-states.js';
import { agreement, type Version } from './agreement.js';
import { firstEndingAfter, overlapping } from '../../core/spans.js';
import { countryByName } from '../../core/countries.js';

// Where it happened: the town each report puts it in, most trusted first (a dateline, a town written
// with its state, then the towns the entity recognizer found, by how often), geocoded with the city
// gazetteer; the reports' towns then compared across sources.

/** How much a report stands on a place: as in grouping/places.ts, a dateline counts most. */
const WEIGHT = { dateline: 3, townState: 2, mention: 1 } as const;
/**
 * A dateline no gazetteer town answers to ("HARRIS COUNTY, Texas", a station's call letters) weighs less than one
 * the gazetteer places: named again in the text (the recognizer reads the dateline too) it still outweighs a town
 * named once, not one named twice. GVA dev: 1,225 records with the right place and 238 with a wrong one (27 of
 * them a county), against 1,218 and 245 (34) at the dateline's full weight; not counting the re-read dateline
 * gives 1,230 and 233, but only 14 of those counties: 8 more towns that are wrong, so it was left out.
 */
const UNPLACED_DATELINE_WEIGHT = 0.5;
/**
 * How much more a town weighs when named as the scene ("was shot in Elliston"): as much again as a mention, so it
 * outweighs another town named once (the police's, a neighbour's) but not a dateline. GVA dev: 0, 1, 2, 3 give
 * 1,253 / 1,257 / 1,255 / 1,256 records with the right place and 224 / 220 / 222 / 221 with a wrong one; from 3 up
 * a neighbourhood the gazetteer places in another state outweighs its city ("Linden" of Columbus).
 */
const SCENE_WEIGHT = 1;
/** The district that is a city, and the city. */
const CAPITAL_DISTRICT = 'DC', CAPITAL_CITY = 'Washington';
/** A town in a state lies within this distance of the state's middle (as grouping/places.ts reads it). */
const STATE_RADIUS_KM = 700;

export interface ArticlePlace {
  name: string;
  key: string;
  /** How much the report stands on it (WEIGHT, summed over its mentions). */
  weight: number;
  geo?: Geo;
  claims: Claim[];
}

export interface Found {
  name: string; weight: number; start: number; end: number; state?: string;
  /** Read from an organisation's name. */
  organisation?: boolean;
  /** The entity recognizer reads it as a location. */
  located?: boolean;
  /** Named as where people were shot, killed or hurt (sceneOf). */
  scene?: boolean;
}

/** The US states the article names (in a dateline, with a town, or alone); a town is looked for in them. */
export function namedStates(a: Readonly<AnalyzedArticle>): Set<string> {
  return readPlaces(a).states;
}

/**
 * The article's most trusted town, with the sentences that name it. A report that names no state has
 * its towns looked for in `storyStates`, the states its story's other reports name ("Englewood" with
 * Illinois named next door is Chicago's, not Colorado's), else in its outlet's (`outlet`: the states and
 * market towns its web address names, outlet.ts).
 */
export function articlePlace(a: Readonly<AnalyzedArticle>, gazetteer: Gazetteer, storyStates: ReadonlySet<string> = new Set(), outlet?: OutletPlaces): ArticlePlace | undefined {
  let best: ArticleTown | undefined;
  for (const t of articleTowns(a, gazetteer, storyStates, outlet)) if (!best || t.weight > best.weight || (t.weight === best.weight && t.first < best.first)) best = t;
  return best && placeOfTown(a, best);
}

/** One town a report names, with every mention that names it (what articlePlace chooses among; a place ranker's candidates). */
export interface ArticleTown {
  key: string;
  name: string;
  /** How much the report stands on it (WEIGHT, summed over its mentions). */
  weight: number;
  /** Where it is first named. */
  first: number;
  spans: Found[];
  geo?: Geo;
  /** The gazetteer town's population (not for a dateline it does not place). */
  population?: number;
  /** Its GeoNames feature code (PPLX: a section of a town, PPLA: a seat). */
  feature?: string;
}

/** The report's place as a town of it, with the first two sentences that name it as claims. */
export function placeOfTown(a: Readonly<AnalyzedArticle>, t: ArticleTown): ArticlePlace {
  const claims = t.spans.slice(0, 2).map((f) => ({ ...sentenceClaim(a, f), value: t.name }));
  return { name: t.name, key: t.key, weight: t.weight, ...(t.geo ? { geo: t.geo } : {}), claims };
}

/** Every town the report names that the gazetteer places (or its dateline), as articlePlace reads them (see there). */
export function articleTowns(a: Readonly<AnalyzedArticle>, gazetteer: Gazetteer, storyStates: ReadonlySet<string> = new Set(), outlet?: OutletPlaces): ArticleTown[] {
  const { found, states: own } = readPlaces(a, gazetteer);
  const states = own.size ? own : storyStates.size ? storyStates : outlet?.states ?? new Set<string>();
  const byKey = new Map<string, ArticleTown>();
  const named = found.map((f) => townsOfName(titleCase(f.name), gazetteer));
  // the report's other names and the towns each may be: where an ambiguous name's town must lie near ("Princeton" beside Beckley and Bluefield)
  // (the first MAX_NEIGHBOUR_NAMES of them: the cost grows with their square, and a report's scene is named early)
  const others = [...new Map(named.filter((t) => t.towns.length).map((t) => [nameKey(t.name), t.towns] as const))].slice(0, MAX_NEIGHBOUR_NAMES);
  found.forEach((f, i) => {
    // a town written as a part of it or abbreviated ("North Philadelphia", "Mt. Juliet") is one with the town
    const town = named[i]!;
    const key = nameKey(town.towns.length ? town.alias ?? town.name : f.name);
    if (!key) return;
    const known = byKey.get(key);
    const weight = f.weight + (f.scene ? SCENE_WEIGHT : 0);
    if (known) { known.weight += weight; known.spans.push(f); return; }
    // "Lebanon", "Mexico": a country's name is a town only in a US state the report names ("Lebanon, Ohio")
    if (!f.state && !states.size && countryByName(f.name)) return;
    const near = others.filter(([k]) => k !== key).map(([, towns]) => towns);
    const where = placeOf(town.towns, states, outlet, f.located, near);
    // A name no gazetteer town answers to (a street, a building, a region) is no town; a dateline stays.
    if (!where && f.weight < WEIGHT.dateline) return;
    const entry: ArticleTown = { key, name: where ? town.name : titleCase(f.name), weight: where ? weight : UNPLACED_DATELINE_WEIGHT, first: f.start, spans: [f] };
    if (where) {
      entry.population = where.population;
      entry.feature = where.feature;
      const state = (where.country === 'US' ? where.admin1 : undefined) ?? f.state ?? [...states].find((s) => { const c = stateCentre(s); return c && kmBetween(c, where) <= STATE_RADIUS_KM; });
      entry.geo = { lat: where.lat, lon: where.lon, country: where.country, ...(state && where.country === 'US' ? { admin1: state } : {}) };
    }
    byKey.set(key, entry);
  });
  dropBureau(byKey, namedCountries(a));
  return [...byKey.values()];
}

/**
 * A dateline in one country over a report that names other countries only ("LONDON" over a grenade blast near Algiers,
 * "NAIROBI" over refugee camps in Zaire and Rwanda) is the wire's bureau, not the scene: it no longer counts as a
 * dateline, and its town counts only where the text names it again. Countries by their names only, not by the towns
 * the gazetteer finds abroad (a "Brighton High student" in Utah is no report from England).
 */
function dropBureau(byKey: Map<string, { weight: number; spans: Found[]; geo?: Geo }>, named: ReadonlySet<string>): void {
  for (const [key, p] of byKey) {
    const dateline = p.spans.find((f) => f.weight >= WEIGHT.dateline);
    const country = p.geo?.country;
    if (!dateline || !country) continue;
    if (!named.size || named.has(country)) return;
    const rest = p.spans.filter((f) => f !== dateline);
    if (!rest.length) byKey.delete(key);
    else { p.spans = rest; p.weight = rest.reduce((w, f) => w + f.weight + (f.scene ? SCENE_WEIGHT : 0), 0); }
    return;
  }
}

/** The countries the report's own text names ("Algeria", "the United States"); not by their capitals: Berlin, Vermont is no capital. */
export function namedCountries(a: Readonly<AnalyzedArticle>): Set<string> {
  const out = new Set<string>();
  for (const m of a.mentions ?? []) {
    if (m.type !== 'LOC' || !isOwnText(a, m) || usState(m.text)) continue;
    const c = countryByName(m.text);
    if (c) out.add(c);
  }
  return out;
}

/** A compass point before a town's name names a part of it ("North Philadelphia", "Southeast Atlanta"). */
const COMPASS_PART = /^(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+(?=\p{Lu})/iu;
/** A town this big has quarters a report names by compass point (as the gazetteer finds variant spellings only of towns this big). */
const QUARTERED_MIN_POPULATION = 50000;
/** Abbreviations towns' names are written with ("Mt. Juliet", "Ft. Myers", "Bay St. Louis"); the gazetteer writes them out. */
const ABBREVIATED = new Map([['mt', 'Mount'], ['ft', 'Fort'], ['st', 'Saint']]);
const ABBREVIATION = /(?<!\p{L})(Mt|Ft|St)\.?(?=\s+\p{Lu})/gu;

/**
 * The gazetteer's towns of a name, and the name they answer to. A name it does not know may be written with an
 * abbreviation ("Mt. Juliet": Mount Juliet), or be a compass point and a town ("North Philadelphia"): a part of that
 * town, named by it ("North Las Vegas", a town of its own, is found under its own name first).
 */
function townsOfName(name: string, gazetteer: Gazetteer): { name: string; alias?: string; towns: readonly Place[] } {
  const written = name.replace(ABBREVIATION, (w, abbreviation: string) => ABBREVIATED.get(abbreviation.toLowerCase()) ?? w);
  // the gazetteer writes some towns with the abbreviation, most without ("St. Charles", Maryland; "Saint Charles", Missouri and Illinois)
  if (written !== name) {
    const towns = [...gazetteer.lookup(name, true), ...gazetteer.lookup(written)];
    return { name: written, towns };
  }
  const towns = gazetteer.lookup(name);
  // a town known by another name ("Philly") is one with it, named as written
  const alias = PLACE_ALIASES[nameKey(name)];
  if (towns.length) return { name, ...(alias ? { alias } : {}), towns };
  // not a part of a state or a country ("South Florida", "North Korea"): a region, no town of that name
  const part = name.replace(COMPASS_PART, '');
  // and only a town big enough to have quarters: "North Holly" is more likely a street than a part of Holly
  if (part !== name && !usState(part) && !countryByName(part)) return { name: part, towns: gazetteer.lookup(part).filter((t) => t.population >= QUARTERED_MIN_POPULATION) };
  return { name, towns };
}

/** Within this distance of a town the report names, another of its towns is that town's neighbour (a county or two). */
const ANCHOR_KM = 100;
/** The names whose towns an ambiguous name is read against. */
const MAX_NEIGHBOUR_NAMES = 40;

/** Within this distance of its outlet's town a report's town is the outlet's neighbour (a local station's reach). */
const OUTLET_REACH_KM = 150;

/**
 * Which of the gazetteer's towns of a name the report means. With states to go by (the report's, its story's or
 * its outlet's), one in them, else one in their country: when the country is known, a name no town there answers
 * to is no town ("Metro", "Honda" are towns only abroad). Else one within reach of the outlet's town, when its
 * address names one; else, for a name the recognizer reads as a location (`located`), the only town of that name
 * when the gazetteer knows one only (a small town needs no state to be found); else the biggest town of the name
 * anywhere, as grouping reads it. GVA dev, the only town of its name: 1,253 records with the right place, 224 with a
 * wrong one (1,234 and 222 without; 1,256 and 228 when any name of one town counts, organisations' and modifiers' too).
 */
function placeOf(candidates: readonly Place[], states: ReadonlySet<string>, outlet: OutletPlaces | undefined, located = false, neighbours: readonly (readonly Place[])[] = []): Place | undefined {
  if (states.size) {
    const where = locate(candidates, states);
    return where?.country === 'US' ? where : undefined;
  }
  if (outlet?.towns.length) {
    let best: Place | undefined;
    for (const p of candidates)
      if (outlet.towns.some((t) => kmBetween(t, p) <= OUTLET_REACH_KM) && (!best || p.population > best.population)) best = p;
    // none near the outlet (a state-wide outlet, "mysanantonio.com" on a shooting in Odessa): read as without one
    if (best) return best;
  }
  // of several towns of the name, the one the report's other names most surely lie near (a name only one town answers
  // to counts 1, one of k towns 1/k), the biggest of those equally supported
  if (candidates.length > 1 && neighbours.length) {
    let best: Place | undefined, top = 0;
    for (const p of candidates) {
      const support = neighbours.reduce((s, towns) => s + (towns.some((t) => kmBetween(t, p) <= ANCHOR_KM) ? 1 / towns.length : 0), 0);
      if (support > top || (support === top && support > 0 && p.population > best!.population)) { best = p; top = support; }
    }
    if (best) return best;
  }
  // the one town of its name anywhere, named where the recognizer reads a location ("in Senath Saturday"), is that town
  if (located && candidates.length === 1) return candidates[0];
  return locate(candidates, states);
}

/**
 * The town an organisation is named after ("Richmond Police Department", "Rocky Mount Fire Rescue"): the
 * longest of its first words (one to three, fewer than all) that the gazetteer knows, unless a county's
 * ("Orange County Sheriff's Office" names no town Orange).
 */
function townOfOrganisation(name: string, gazetteer: Gazetteer): string | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (/^(?:County|Parish|Township)\b/.test(words[n]!) || !/^\p{Lu}/u.test(words[n - 1]!) || !/^\p{Lu}/u.test(words[n]!)) continue;
    const town = words.slice(0, n).join(' ');
    if (gazetteer.lookup(town).length) return town;
  }
  return undefined;
}

/**
 * The places the article names, each with how much it stands on it, and the states it names (towns
 * named in an organisation's name only when a gazetteer is given).
 */
function readPlaces(a: Readonly<AnalyzedArticle>, gazetteer?: Gazetteer): { found: Found[]; states: Set<string> } {
  const found: Found[] = [];
  const states = new Set<string>();
  const report = a.segments.filter((s) => isReport(s.kind));
  const lines: { text: string; start: number }[] = [];
  for (const s of a.segments.filter(mayHoldDateline)) {
    let at = s.start;
    for (const line of a.text.slice(s.start, s.end).split('\n')) { if (line.trim()) lines.push({ text: line, start: at }); at += line.length + 1; }
  }
  for (const line of lines.slice(0, DATELINE_LINES)) {
    const d = datelineTown(line.text);
    if (!d) continue;
    const start = line.start + d.index;
    found.push({ name: d.town, weight: WEIGHT.dateline, start, end: start + d.town.length, ...(d.state ? { state: d.state } : {}) });
    if (d.state) states.add(d.state);
    break;
  }
  for (const s of report) {
    const text = a.text.slice(s.start, s.end);
    for (const m of text.matchAll(TOWN_STATE)) {
      const state = usState(m[2]!);
      if (!state) continue;
      states.add(state);
      const words = m[1]!.split(/\s+/);
      let skipped = 0;
      while (words.length > 1 && LEADING.has(words[0]!.toLowerCase())) skipped += words.shift()!.length + 1;
      const start = s.start + m.index! + skipped, name = words.join(' ');
      found.push({ name, weight: WEIGHT.townState, start, end: start + name.length, state });
    }
  }
  for (const m of a.mentions ?? []) {
    // the recognizer reads a town as an organisation as often as not ("Rocky Mount police said"): the gazetteer decides
    if ((m.type !== 'LOC' && m.type !== 'ORG') || !isOwnText(a, m)) continue;
    const state = usState(m.text);
    // the District of Columbia is one city: named alone ("D.C. police", "a Northeast D.C. nightclub") it names Washington
    if (state === CAPITAL_DISTRICT) found.push({ name: CAPITAL_CITY, weight: WEIGHT.mention, start: m.start, end: m.end, state, located: true });
    if (state) { states.add(state); continue; }
    // a name after a preposition of place is a place whatever the recognizer's type ("a girl from Campbellsville" where
    // every other mention is "Campbellsville police" and the entity is typed an organisation)
    const organisation = m.type === 'ORG' && !LOCATIVE_BEFORE.test(a.text.slice(Math.max(0, m.start - 12), m.start));
    found.push({ name: m.text, weight: WEIGHT.mention, start: m.start, end: m.end, ...(organisation ? { organisation } : { located: true }) });
    const town = m.type === 'ORG' && gazetteer ? townOfOrganisation(m.text, gazetteer) : undefined;
    // "Virginia State Police" is named after its state, not after Virginia, Minnesota
    if (town && usState(town)) states.add(usState(town)!);
    else if (town) found.push({ name: town, weight: WEIGHT.mention, start: m.start, end: m.start + town.length, organisation: true });
  }
  // a state used as a modifier ("an Iowa man") names the state, not a town of its name
  for (const f of placeModifiers(a)) { const state = usState(f.name); if (state) states.add(state); else found.push(f); }
  // A name inside what the recognizer reads as a person's full name is no town: "Brian" of "Brian Banks", "Santiago" of
  // "Eian H. Santiago" (a lone word read as a person may still be the town: "a Charlotte mom").
  const persons = (a.mentions ?? []).filter((m) => m.type === 'PER' && /\s/.test(m.text.trim()));
  const inPerson = (f: Found) => persons.some((m) => m.start <= f.start && f.end <= m.end);
  // and a lone surname of a person the report names in full is that person: "Mitchell" after "John Mitchell"
  const surnames = new Set(persons.map((m) => m.text.trim().split(/\s+/).at(-1)!));
  // a name read from an organisation is a town only when the tagger reads each of its words as a proper noun ("Police" is not)
  const tokens = (a.syntax ?? []).flatMap((s) => s.tokens);
  const proper = (f: Found) => { const ts = overlapping(tokens, f, 60); return ts.length > 0 && ts.every((t) => t.pos === 'PROPN'); };
  const hospitalTown = treatedIn(a), told = toldTo(a), scene = sceneOf(a);
  // (a name written without a capital, "argument sparks deadly shooting", is no town's)
  // (nor is an acronym, "UN", "CNN": a town's name outside a dateline is written in capitals only when it is one)
  // (nor is the first part of a street's or a county's name: "on Baltimore Avenue", "Marshall Co. boy")
  const streetOrCounty = (f: Found) => STREET_OR_COUNTY_AFTER.test(a.text.slice(f.end, f.end + 12));
  // (nor is a word of a headline in title case that the report writes in lower case elsewhere: "Man Shot, Killed ..."
  // over "A man sitting inside his parked vehicle"; capitals say nothing in such a headline)
  const headlines = (a.sentences ?? []).filter((_, i) => a.syntax?.[i]?.headline);
  // (the report's words in lower case read once, when a headline asks)
  let lowerWords: ReadonlySet<string> | undefined;
  const commonWord = (f: Found) => !/\s/.test(f.name) && headlines.some((h) => h.start <= f.start && f.end <= h.end)
    && !LOCATIVE_BEFORE.test(a.text.slice(Math.max(0, f.start - 12), f.start))
    && (lowerWords ??= new Set(a.text.match(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu) ?? [])).has(f.name.toLowerCase());
  const kept = found.filter((f) => f.weight >= WEIGHT.dateline || !(!/\p{Lu}/u.test(f.name) || /^\p{Lu}{2,4}$/u.test(f.name) || inPerson(f) || surnames.has(f.name) || (f.organisation && !proper(f)) || hospitalTown(f) || told(f) || streetOrCounty(f) || commonWord(f)));
  for (const f of kept) if (f.weight < WEIGHT.dateline && scene(f)) f.scene = true;
  return { found: kept, states };
}

/** A preposition of place right before a name ("in", "near", "from", "outside", "around"). */
const LOCATIVE_BEFORE = /\b(?:in|near|from|outside|around)\s+$/i;

/** A street word or "Co." right after a name: the name is a street's or a county's, not a town's. */
const STREET_OR_COUNTY_AFTER = /^\s+(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.|Boulevard|Blvd\.?|Lane|Ln\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Pike|Co\.)(?!\w)/;

/** How far up the parse a town's name may hang from the hospital it names ("a hospital in Spartanburg, S.C.": town, then its state). */
const HOSPITAL_HOPS = 3;

/**
 * Whether a place names the town of a hospital ("taken to a Topeka hospital", "transferred to Children's Hospital in
 * Louisville"): victims are taken to the nearest big town's hospital, often not where they were shot. The parse decides:
 * the place's last word hangs, as a modifier of nouns, on a hospital.
 */
function treatedIn(a: Readonly<AnalyzedArticle>): (f: Span) => boolean {
  return (f) => {
    const w = headWord(a, f);
    if (!w) return false;
    const { toks } = w;
    for (let j = w.at, hop = 0; hop < HOSPITAL_HOPS; hop++) {
      const t = toks[j]!;
      if (!/^(?:compound|nmod|amod|appos|flat)/.test(t.dep) || t.head < 0 || t.head === j) return false;
      j = t.head;
      if (toks[j]?.lemma.toLowerCase() === 'hospital') return true;
    }
    return false;
  };
}

/**
 * Whether a name is the outlet a report was given to ("he told the Timaru Herald"): a newspaper named after its town
 * says where it is printed, not where it happened. Not "according to": "according to Carrow police" names the scene's
 * police (GVA quick: place 0.825 to 0.808 with it).
 */
function toldTo(a: Readonly<AnalyzedArticle>): (f: Span) => boolean {
  return (f) => {
    const w = headWord(a, f);
    if (!w) return false;
    const { toks } = w;
    // from the town's word up to the name it is part of ("Timaru" of "the Timaru Herald")
    let at = w.at;
    while (/^(?:compound|flat)/.test(toks[at]!.dep) && toks[at]!.head >= 0 && toks[at]!.head !== at) at = toks[at]!.head;
    const t = toks[at]!;
    const head = toks[t.head];
    return /^(?:obj|iobj)$/.test(t.dep) && head !== undefined && head.lemma.toLowerCase() === 'tell';
  };
}

/** The head word of a span in its sentence's parse (the word inside the span the others hang on), with the sentence's words. */
function headWord(a: Readonly<AnalyzedArticle>, f: Span): { toks: readonly SyntaxToken[]; at: number } | undefined {
  const sentences = a.sentences ?? [];
  const i = firstEndingAfter(sentences, f.start);
  const toks = sentences[i] && sentences[i]!.start <= f.start ? a.syntax?.[i]?.tokens : undefined;
  if (!toks) return undefined;
  const inside = (j: number) => toks[j] !== undefined && toks[j]!.start < f.end && f.start < toks[j]!.end;
  const at = toks.findIndex((t, j) => inside(j) && !inside(t.head));
  return at >= 0 ? { toks, at } : undefined;
}

/**
 * Whether a place is the scene the report tells: "in" it, it hangs on a verb stating what happened to people ("was shot
 * in Elliston", "were wounded at a party in Elliston"), directly or through the place noun it locates.
 */
function sceneOf(a: Readonly<AnalyzedArticle>): (f: Span) => boolean {
  return (f) => {
    const w = headWord(a, f);
    if (!w) return false;
    const { toks } = w;
    let j = w.at;
    if (!toks.some((t) => t.head === j && t.dep === 'case' && /^(?:in|near|outside)$/i.test(t.lemma))) return false;
    for (let hop = 0; hop < 2; hop++) {
      const t = toks[j]!;
      if (!/^(?:obl|nmod)/.test(t.dep) || t.head < 0 || t.head === j) return false;
      j = t.head;
      if (isOutcomeVerb(toks[j]!)) return true;
    }
    return false;
  };
}

/**
 * Names used as modifiers of a common noun ("a Detroit house", "a Charlotte woman", "Milwaukee police"):
 * the entity recognizer often leaves them out, and local news names its town this way. Each is a run of
 * proper nouns whose last one depends on a common noun; the gazetteer decides whether it is a town.
 */
function placeModifiers(a: Readonly<AnalyzedArticle>): Found[] {
  const out: Found[] = [];
  (a.syntax ?? []).forEach((syntax, i) => {
    const sentence = a.sentences?.[i];
    if (!sentence || !isOwnText(a, sentence)) return;
    const toks = syntax.tokens;
    toks.forEach((t, j) => {
      if (t.pos !== 'PROPN' || toks[j + 1]?.pos === 'PROPN') return;
      const head = toks[t.head];
      if (!head || head.pos !== 'NOUN' || !/^(?:compound|amod|nmod)$/.test(t.dep)) return;
      let first = j;
      while (first > 0 && toks[first - 1]!.pos === 'PROPN') first--;
      const start = toks[first]!.start, end = t.end;
      out.push({ name: a.text.slice(start, end), weight: WEIGHT.mention, start, end });
    });
  });
  return out;
}

/** The story's place: the town most reports put it in (two towns within NEAR_KM are one). */
export function storyPlace(perArticle: readonly { article: Readonly<AnalyzedArticle>; place: ArticlePlace | undefined }[]): IncidentPlace | undefined {
  const versions: Version<ArticlePlace>[] = [];
  for (const { article, place } of perArticle)
    if (place) versions.push({ value: place, claims: place.claims, ...(article.published ? { asOf: article.published } : {}) });
  // Towns as many sources give go to the one a report stands on most (a dateline over a town named once in passing),
  // before the later report. GVA dev: 1,274 records with the right place and 203 with a wrong one, against 1,257 and
  // 220 with the later report first (1,261 and 216 with the earlier).
  const weight = new Map<string, number>();
  for (const { value } of versions) weight.set(value.key, Math.max(weight.get(value.key) ?? 0, value.weight));
  const got = agreement(versions, (p) => p.key, 'later', (x, y) => weight.get(y.key)! - weight.get(x.key)!);
  if (!got) return undefined;
  // Every version's claims, the record's first, each stating its town: a reader sees each version of a conflict.
  const stating = (name: string, claims: readonly Claim[]) => claims.map((c) => ({ ...c, value: name }));
  const claims = [...stating(got.value.name, got.claims), ...got.alternatives.flatMap((alt) => stating(alt.value.name, alt.claims))];
  const out: IncidentPlace = { name: got.value.name, status: got.status, claims };
  // Of the reports that put it in this town, one that names its state gives the first-level division too.
  const located = versions.filter((v) => v.value.key === got.value.key && v.value.geo).map((v) => v.value.geo!);
  const geo = located.find((g) => g.admin1) ?? got.value.geo ?? located[0];
  if (geo) out.geo = geo;
  return out;
}

/** "PUYALLUP" as a reader writes it: "Puyallup" (a name already in mixed case is kept). */
function titleCase(name: string): string {
  return /\p{Ll}/u.test(name) ? name : name.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
}
