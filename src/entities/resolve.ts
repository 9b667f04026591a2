import { pushTo } from '../_util.js';
import type { ArticleId } from '../model.js';
import { isSuffixShortForm, sameBodyName } from './body-names.js';
import { type LocalEntity, mayNamePerson } from './in-article.js';
import { comparePersonNames, isAcronymOf, type NameComparison, nameKey, type ParsedName, parseName, sameOrgName, unqualified } from './names.js';

// Cross-article resolution within a story: the articles' local entities (in-article chains) are
// merged into story entities. Table-known things (countries, regions, demonyms, seats) merge by
// what they denote; organisations and places by name, acronym and variant spelling; persons by
// transliteration-aware name comparison weighed with evidence (countries, roles, affiliations and
// the names around them), fullest names first so that short forms meet the full names they shorten.

/** Evidence needed to merge a person into an existing story person. */
export const PERSON_THRESHOLD = 0.5;
/** A short form ("Abbas") joins a person only when it beats the next candidate by this much. */
export const SHORT_FORM_MARGIN = 0.2;

interface PersonCluster {
  members: LocalEntity[];
  /** Distinct names with two or more identifying tokens: a newcomer must contradict none. */
  fullNames: ParsedName[];
  names: ParsedName[];
  countries: Set<string>;
  roles: Set<string>;
  affiliations: Set<string>;
  articles: Set<ArticleId>;
}

/** Groups the story's local entities into story entities (each a list of local entities). */
export function resolveAcrossArticles(locals: readonly LocalEntity[], isKnownPlace: (name: string) => boolean = () => false): LocalEntity[][] {
  const context = articleContexts(locals);
  const persons = resolvePersons(locals.filter((l) => l.kind === 'person'), context);
  // A name the tagger did not call a person may still be a known person's ("Putin's" as MISC, "Aba Marzouk" as ORG).
  const rest: LocalEntity[] = [];
  for (const l of locals) {
    if (l.kind === 'person') continue;
    if (l.key?.startsWith('name:') && l.mentions.some((m) => mayNamePerson({ m, kind: l.kind }))) {
      const target = bestPerson(l, persons, context, true);
      if (target) { addToPerson(target, l); continue; }
    }
    rest.push(l);
  }
  return [...persons.map((c) => c.members), ...resolveByName(rest, isKnownPlace)];
}

/** Per article, the normalised names it mentions: what two mentions of one person tend to share. */
function articleContexts(locals: readonly LocalEntity[]): Map<ArticleId, Set<string>> {
  const out = new Map<ArticleId, Set<string>>();
  for (const l of locals) {
    const set = out.get(l.article) ?? new Set<string>();
    set.add(l.key ?? `person:${l.parsed.core.at(-1)?.key ?? ''}`);
    out.set(l.article, set);
  }
  return out;
}

function resolvePersons(persons: readonly LocalEntity[], context: Map<ArticleId, Set<string>>): PersonCluster[] {
  const order = [...persons].sort((a, b) => b.parsed.core.length - a.parsed.core.length || b.mentions.length - a.mentions.length || a.articleIndex - b.articleIndex);
  const clusters: PersonCluster[] = [];
  for (const l of order) {
    const target = bestPerson(l, clusters, context, l.parsed.core.length < 2);
    if (target) addToPerson(target, l);
    else {
      const c: PersonCluster = { members: [], fullNames: [], names: [], countries: new Set(), roles: new Set(), affiliations: new Set(), articles: new Set() };
      addToPerson(c, l);
      clusters.push(c);
    }
  }
  return clusters;
}

function addToPerson(c: PersonCluster, l: LocalEntity): void {
  c.members.push(l);
  c.articles.add(l.article);
  for (const m of l.mentions) {
    const p = parseName(m.text);
    if (!p.core.length || c.names.some((n) => sameTokens(n, p))) continue;
    c.names.push(p);
    if (p.core.length >= 2) c.fullNames.push(p);
  }
  if (l.kind === 'person') {
    for (const x of l.countries) c.countries.add(x);
    for (const x of l.roles) c.roles.add(x);
    for (const x of l.affiliations) c.affiliations.add(nameKey(x));
  }
}

const sameTokens = (a: ParsedName, b: ParsedName) => a.tokens.length === b.tokens.length && a.tokens.every((t, i) => t.norm === b.tokens[i]!.norm);

/** How well `l` fits person cluster `c`, or undefined when a name contradicts it. */
function personFit(l: LocalEntity, c: PersonCluster, context: Map<ArticleId, Set<string>>): number | undefined {
  let best: NameComparison | undefined;
  for (const n of c.names) {
    const r = comparePersonNames(l.parsed, n);
    if (r.relation === 'different') {
      // Two full names that differ in a given name or a surname are two people.
      if (l.parsed.core.length >= 2 && n.core.length >= 2) return undefined;
      continue;
    }
    if (r.givenOnly && l.kind !== 'person') continue;
    if (!best || rank(r) > rank(best)) best = r;
  }
  if (!best) return undefined;
  // A name typed otherwise joins a person only as that person's name or short form, never as a longer name ("Abu Marzouk Foundation").
  if (l.kind !== 'person' && best.relation === 'longer') return undefined;
  // Any full name in the cluster must accept this one (a short form may not bridge two people).
  if (c.fullNames.some((n) => comparePersonNames(l.parsed, n).relation === 'different')) return undefined;
  let score = (best.relation === 'same' ? 1 : best.givenOnly ? 0.3 : 0.6) * best.score;
  if (l.countries.length && c.countries.size) score += l.countries.some((x) => c.countries.has(x)) ? 0.2 : -0.6;
  if (l.roles.some((r) => c.roles.has(r))) score += 0.1;
  if (l.affiliations.some((a) => c.affiliations.has(nameKey(a)))) score += 0.1;
  score += 0.3 * overlap(context.get(l.article), c.articles, context);
  return score;
}

const rank = (r: NameComparison) => (r.relation === 'same' ? 2 : r.givenOnly ? 0 : 1) + r.score / 10;

/** Share of this article's names that the cluster's articles also mention. */
function overlap(mine: Set<string> | undefined, articles: Set<ArticleId>, context: Map<ArticleId, Set<string>>): number {
  if (!mine?.size) return 0;
  const theirs = new Set<string>();
  for (const a of articles) for (const k of context.get(a) ?? []) theirs.add(k);
  let shared = 0;
  for (const k of mine) if (theirs.has(k)) shared++;
  return shared / mine.size;
}

function bestPerson(l: LocalEntity, clusters: readonly PersonCluster[], context: Map<ArticleId, Set<string>>, shortForm: boolean): PersonCluster | undefined {
  const scored = clusters.map((c) => ({ c, s: personFit(l, c, context) })).filter((x): x is { c: PersonCluster; s: number } => x.s !== undefined && x.s >= PERSON_THRESHOLD);
  scored.sort((a, b) => b.s - a.s);
  if (!scored.length) return undefined;
  // A short form that fits two people equally names neither for sure: keep it apart.
  if (shortForm && scored.length > 1 && scored[0]!.s - scored[1]!.s < SHORT_FORM_MARGIN) return undefined;
  return scored[0]!.c;
}

/** Non-persons: by key, then acronyms ("UN"), variant spellings and generic tails ("Betty Ford Center"). */
function resolveByName(locals: readonly LocalEntity[], isKnownPlace: (name: string) => boolean): LocalEntity[][] {
  const byKey = new Map<string, LocalEntity[]>();
  for (const l of locals) pushTo(byKey, l.key ?? `name:${nameKey(unqualified(l.name))}`, l);
  const groups = [...byKey.values()];
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const named = groups.map((g, i) => ({ i, kind: g[0]!.kind, tabled: !g[0]!.key?.startsWith('name:'), names: [...new Set(g.map((l) => l.name))] }));
  for (const a of named) {
    if (a.tabled) continue;
    for (const b of named) {
      if (b.i <= a.i || b.tabled || find(a.i) === find(b.i)) continue;
      if (a.names.some((x) => b.names.some((y) => sameThing(x, a.kind, y, b.kind, isKnownPlace)))) parent[find(b.i)] = find(a.i);
    }
  }
  // "Saints" joins "New Orleans Saints" when no other body's name ends so.
  for (const a of named) {
    if (a.tabled || a.kind !== 'org') continue;
    const longer = new Set(named.filter((b) => b.i !== a.i && b.kind === 'org' && !b.tabled && a.names.some((x) => b.names.some((y) => isSuffixShortForm(x, y)))).map((b) => find(b.i)));
    if (longer.size === 1) parent[find(a.i)] = [...longer][0]!;
  }
  const merged = new Map<number, LocalEntity[]>();
  groups.forEach((g, i) => { for (const l of g) pushTo(merged, find(i), l); });
  return [...merged.values()];
}

function sameThing(x: string, kx: string, y: string, ky: string, isKnownPlace: (name: string) => boolean): boolean {
  if (isAcronymOf(x, y) || isAcronymOf(y, x)) return true;
  if ((kx === 'org' || kx === 'place') && (ky === 'org' || ky === 'place') && sameBodyName(unqualified(x), unqualified(y), isKnownPlace)) return true;
  if (kx !== ky) return false;
  if (kx === 'org') return sameOrgName(x, y);
  // Places: one romanisation of one name ("Khan Younis" / "Khan Yunis").
  if (kx === 'place') {
    const a = parseName(x, false).core.map((t) => t.key).join(' '), b = parseName(y, false).core.map((t) => t.key).join(' ');
    return a.length >= 4 && a === b;
  }
  return false;
}
