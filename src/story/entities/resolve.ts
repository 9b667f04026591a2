import { pushTo } from '../../core/_util.js';
import type { ArticleId } from '../../core/model.js';
import { isSuffixShortForm, stemOf } from './body-names.js';
import { type LocalEntity, mayNamePerson } from './in-article.js';
import { comparePersonNames, isAcronym, isAcronymOf, type NameComparison, nameKey, type ParsedName, parseName, personNameBlocks, sameOrgName, unqualified } from './names.js';

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
  /** The names its articles mention (see `articleContexts`), those of `unmerged` articles merged in when first needed. */
  context: Set<string>;
  unmerged: ArticleId[];
}

/**
 * Person clusters, indexed by the block keys of their names (`personNameBlocks`): a name is compared only
 * with clusters it could match, never with every person of the story.
 */
class People {
  readonly clusters: PersonCluster[] = [];
  private readonly byBlock = new Map<string, Set<PersonCluster>>();
  /** Per token sound, the clusters having a name token of it, each with when it joined: the order candidates keep. */
  private readonly bySound = new Map<string, Map<PersonCluster, number>>();
  private joined = 0;
  private readonly parsed = new Map<string, ParsedName>();

  constructor(private readonly context: Map<ArticleId, Set<string>>) {}

  parse(text: string): ParsedName {
    let p = this.parsed.get(text);
    if (!p) this.parsed.set(text, p = parseName(text));
    return p;
  }

  /**
   * The clusters sharing a block key and a token sound with `name` (token similarity needs the same first
   * letter, any vowel for a vowel), ordered by the first of `name`'s tokens whose sound they share, then by
   * when they joined it: ties in `best` go to the first, as they did when every cluster of a sound was a candidate.
   */
  candidates(name: ParsedName): PersonCluster[] {
    if (!name.core.length) return [];
    const found = new Set<PersonCluster>();
    for (const k of personNameBlocks(name)) for (const c of this.byBlock.get(k) ?? []) found.add(c);
    const sounds = name.core.map((t) => this.bySound.get(sound(t.key)));
    const ranked: { c: PersonCluster; token: number; joined: number }[] = [];
    for (const c of found) {
      const token = sounds.findIndex((s) => s?.has(c));
      if (token >= 0) ranked.push({ c, token, joined: sounds[token]!.get(c)! });
    }
    return ranked.sort((a, b) => a.token - b.token || a.joined - b.joined).map((r) => r.c);
  }

  create(l: LocalEntity): PersonCluster {
    const c: PersonCluster = { members: [], fullNames: [], names: [], countries: new Set(), roles: new Set(), affiliations: new Set(), articles: new Set(), context: new Set(), unmerged: [] };
    this.clusters.push(c);
    this.add(c, l);
    return c;
  }

  add(c: PersonCluster, l: LocalEntity): void {
    c.members.push(l);
    if (!c.articles.has(l.article)) {
      c.articles.add(l.article);
      c.unmerged.push(l.article);
    }
    for (const m of l.mentions) {
      const p = this.parse(m.text);
      if (!p.core.length || c.names.some((n) => sameTokens(n, p))) continue;
      c.names.push(p);
      if (p.core.length >= 2) c.fullNames.push(p);
      for (const k of personNameBlocks(p)) {
        const set = this.byBlock.get(k) ?? new Set<PersonCluster>();
        set.add(c);
        this.byBlock.set(k, set);
      }
      for (const t of p.core) {
        const k = sound(t.key);
        const joined = this.bySound.get(k) ?? new Map<PersonCluster, number>();
        if (!joined.has(c)) joined.set(c, this.joined++);
        this.bySound.set(k, joined);
      }
    }
    if (l.kind === 'person') {
      for (const x of l.countries) c.countries.add(x);
      for (const x of l.roles) c.roles.add(x);
      for (const x of l.affiliations) c.affiliations.add(nameKey(x));
    }
  }

  /** The cluster `l` belongs to, if one fits well enough and, for a short form, clearly better than the next. */
  best(l: LocalEntity, shortForm: boolean): PersonCluster | undefined {
    const scored: { c: PersonCluster; s: number }[] = [];
    for (const c of this.candidates(l.parsed)) {
      const s = personFit(l, c, this.context);
      if (s !== undefined && s >= PERSON_THRESHOLD) scored.push({ c, s });
    }
    scored.sort((a, b) => b.s - a.s);
    if (!scored.length) return undefined;
    // A short form that fits two people equally names neither for sure: keep it apart.
    if (shortForm && scored.length > 1 && scored[0]!.s - scored[1]!.s < SHORT_FORM_MARGIN) return undefined;
    return scored[0]!.c;
  }
}

/** A token's first sound: its first letter, one class for all vowels. */
const sound = (key: string) => (/^[aeiou]/.test(key) ? 'V' : key[0] ?? '');

/** Groups the story's local entities into story entities (each a list of local entities). */
export function resolveAcrossArticles(locals: readonly LocalEntity[], isKnownPlace: (name: string) => boolean = () => false): LocalEntity[][] {
  const people = new People(articleContexts(locals));
  // Fullest names first, so that short forms meet the full names they shorten.
  const order = locals.filter((l) => l.kind === 'person')
    .sort((a, b) => b.parsed.core.length - a.parsed.core.length || b.mentions.length - a.mentions.length || a.articleIndex - b.articleIndex);
  for (const l of order) {
    const target = people.best(l, l.parsed.core.length < 2);
    if (target) people.add(target, l);
    else people.create(l);
  }
  // A name the tagger did not call a person may still be a known person's ("Putin's" as MISC, "Aba Marzouk" as ORG).
  const rest: LocalEntity[] = [];
  for (const l of locals) {
    if (l.kind === 'person') continue;
    if (l.key?.startsWith('name:') && l.mentions.some((m) => mayNamePerson({ m, kind: l.kind }))) {
      const target = people.best(l, true);
      if (target) { people.add(target, l); continue; }
    }
    rest.push(l);
  }
  return [...people.clusters.map((c) => c.members), ...resolveByName(rest, isKnownPlace)];
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
  score += 0.3 * contextOverlap(l.article, c, context);
  return score;
}

const rank = (r: NameComparison) => (r.relation === 'same' ? 2 : r.givenOnly ? 0 : 1) + r.score / 10;

/**
 * Share of this article's names that the cluster's articles also mention: all of them when it is one
 * of those articles. Merging every article's names into every cluster it touched, asked or not, grew
 * with the square of a long article's names.
 */
function contextOverlap(article: ArticleId, c: PersonCluster, context: Map<ArticleId, Set<string>>): number {
  const mine = context.get(article);
  if (!mine?.size) return 0;
  if (c.articles.has(article)) return 1;
  for (const a of c.unmerged.splice(0)) for (const k of context.get(a) ?? []) c.context.add(k);
  return overlap(mine, c.context);
}

/** Share of this article's names that the cluster's articles also mention. */
function overlap(mine: Set<string> | undefined, theirs: Set<string>): number {
  if (!mine?.size) return 0;
  let shared = 0;
  for (const k of mine) if (theirs.has(k)) shared++;
  return shared / mine.size;
}

/** One distinct name of a group of non-person local entities, with what comparing it needs. */
interface Named {
  group: number;
  kind: LocalEntity['kind'];
  text: string;
  key: string;
  stem: string;
  cls: number;
}

/** Non-persons: by key, then acronyms ("UN"), variant spellings and generic tails ("Betty Ford Center"). */
function resolveByName(locals: readonly LocalEntity[], isKnownPlace: (name: string) => boolean): LocalEntity[][] {
  const byKey = new Map<string, LocalEntity[]>();
  for (const l of locals) pushTo(byKey, l.key ?? `name:${nameKey(unqualified(l.name))}`, l);
  const groups = [...byKey.values()];
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => { const x = find(a), y = find(b); if (x !== y) parent[y] = x; };
  // Every distinct name of every group named, not table-known thing, with what comparisons need, computed once.
  const named: Named[] = [];
  groups.forEach((g, i) => {
    if (!g[0]!.key?.startsWith('name:')) return;
    for (const text of new Set(g.map((l) => l.name))) {
      const { stem, cls } = stemOf(unqualified(text));
      named.push({ group: i, kind: g[0]!.kind, text, key: nameKey(text), stem, cls });
    }
  });
  // Candidate pairs come from blocks that share something, never from all pairs.
  const blocks = (keyOf: (n: Named) => string[]) => {
    const out = new Map<string, Named[]>();
    for (const n of named) for (const k of keyOf(n)) pushTo(out, k, n);
    return out.values();
  };
  const body = (n: Named) => n.kind === 'org' || n.kind === 'place';
  // "Betty Ford" / "Betty Ford Center" / "Betty Ford Clinic": one stem.
  for (const block of blocks((n) => (body(n) ? [n.stem] : [])))
    for (const a of block) for (const b of block) if (a.group < b.group && sameStemmed(a, b, isKnownPlace)) union(a.group, b.group);
  // "UN" / "United Nations": the acronym's letters against each long name's initials.
  for (const block of blocks((n) => (isAcronym(n.text) ? [n.text.replace(/\./g, '').toUpperCase()] : initialsOf(n.text))))
    for (const a of block) for (const b of block) if (a.group !== b.group && isAcronymOf(a.text, b.text)) union(a.group, b.group);
  // Places spelt two ways ("Khan Younis" / "Khan Yunis"): one romanisation key.
  for (const block of blocks((n) => { if (n.kind !== 'place') return []; const k = looseKey(n.text); return k.length >= 4 ? [k] : []; }))
    for (const b of block) union(block[0]!.group, b.group);
  // Organisations spelt two ways ("Hezbollah" / "Hizbollah"): as many words, the same first letter.
  for (const block of blocks((n) => (n.kind === 'org' ? [`${n.key.split(' ').length}:${n.key[0]}`] : [])))
    for (const a of block) for (const b of block) if (a.group < b.group && find(a.group) !== find(b.group) && sameOrgName(a.text, b.text)) union(a.group, b.group);
  // "Saints" joins "New Orleans Saints" when no other body's name ends so.
  const bySuffix = new Map<string, Named[]>();
  for (const n of named) if (n.kind === 'org') { const w = n.key.split(' '); for (let k = 1; k < w.length; k++) pushTo(bySuffix, w.slice(k).join(' '), n); }
  for (const a of named) {
    if (a.kind !== 'org') continue;
    const longer = new Set((bySuffix.get(a.key) ?? []).filter((b) => b.group !== a.group && isSuffixShortForm(a.text, b.text)).map((b) => find(b.group)));
    if (longer.size === 1) union([...longer][0]!, a.group);
  }
  const merged = new Map<number, LocalEntity[]>();
  groups.forEach((g, i) => { for (const l of g) pushTo(merged, find(i), l); });
  return [...merged.values()];
}

/** Equal stems, and tails of one class or a tail on one only (see `sameBodyName`). */
function sameStemmed(a: Named, b: Named, isKnownPlace: (name: string) => boolean): boolean {
  if (a.cls === -1 && b.cls === -1) return false;
  if (a.cls >= 0 && b.cls >= 0) return a.cls === b.cls;
  return !isKnownPlace(a.stem);
}

/** What an acronym of a long name would spell ("UN" for "United Nations", also "THR" for "The Hollywood Reporter"). */
function initialsOf(text: string): string[] {
  const words = text.trim().split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const content = words.filter((w) => !/^(?:of|the|for|and|de|du|des|la|le|in|on|at)$/i.test(w));
  if (content.length < 2) return [];
  const initials = content.map((w) => w[0]!.toUpperCase()).join('');
  return /^the$/i.test(words[0] ?? '') ? [initials, `T${initials}`] : [initials];
}

/** Romanisation key of a place name, particles left out. */
function looseKey(text: string): string {
  return parseName(text, false).core.map((t) => t.key).join(' ');
}
