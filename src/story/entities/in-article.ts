import type { ArticleId, EntityType, Mention } from '../../core/model.js';
import { type Countries, seatCountry } from './countries.js';
import { pushTo } from '../../core/_util.js';
import { endsInBodyWord, isSuffixShortForm, sameBodyName, stemOf } from './body-names.js';
import { comparePersonNames, isAcronymOf, nameForm, nameKey, parseName, type ParsedName, personNameBlocks, unqualified } from './names.js';
import { PLACE_ALIASES, regionOf } from './regions.js';
import { rolesAround } from './roles.js';

// In-article coreference of names: one chain per thing an article names. Full person names open
// chains; later (or earlier, in a headline) short forms join the chain whose name they shorten
// ("Putin" → "Vladimir Putin", "Aba Marzouk" → "Moussa Abu Marzouk"), the nearest one when two
// could take them. Countries, regions, demonyms and seats of government chain by what they denote.

export type MentionKind = 'person' | 'org' | 'place' | 'country' | 'region' | 'demonym' | 'seat' | 'other';

/** One thing named in one article, with everything the article says about it. */
export interface LocalEntity {
  article: ArticleId;
  /** Order of the article in the story (for stable output). */
  articleIndex: number;
  kind: MentionKind;
  /** The tagger's type of the first mention (kinds fix the type for table-known things). */
  type: EntityType;
  /**
   * What it denotes when a table knows it ('country:RU', 'region:gaza-strip', 'demonym:IL', 'seat:kremlin'),
   * else its normalised name ('name:hamas'); persons have none (their names are compared, not keyed).
   */
  key?: string;
  mentions: Mention[];
  /** The fullest name form the article gives it. */
  name: string;
  parsed: ParsedName;
  roles: string[];
  affiliations: string[];
  countries: string[];
  /** The capital or seat stands for its government in some mention ("Moscow insists"). */
  metonymic?: boolean;
}

const VERB_AFTER = /^\s+(?:has|have|had|is|was|says|said|insists|insisted|denies|denied|accuses|accused|warns|warned|wants|wanted|refuses|refused|supports|backs|backed|condemns|condemned|rejects|rejected|claims|claimed|announced|urged|urges|will|would|may|must|could|should|sees|believes|believed|responded|hopes|hoped|demands|demanded)\b/;
const TIES_BEFORE = /\b(?:ties|relations|talks|contacts|dialogue|cooperation)\s+(?:with|between)\s+$/;

/** Classifies one mention by what the tables know of its text. */
export function classify(m: Mention, countries: Countries): { kind: MentionKind; key?: string; type: EntityType } {
  const form = nameForm(m.text);
  const demonym = countries.byDemonym(form);
  if (demonym) return { kind: 'demonym', key: `demonym:${demonym}`, type: 'MISC' };
  if (m.type !== 'PER') {
    const seat = seatCountry(form);
    if (seat) return { kind: 'seat', key: `seat:${nameKey(form)}`, type: 'ORG' };
    const region = regionOf(form);
    if (region) return { kind: 'region', key: `region:${region.id}`, type: 'LOC' };
    const country = countries.byName(form, m.type);
    if (country) return { kind: 'country', key: `country:${country}`, type: 'LOC' };
  }
  const kind: MentionKind = m.type === 'PER' ? 'person' : m.type === 'ORG' ? 'org' : m.type === 'LOC' ? 'place' : 'other';
  return { kind, type: m.type };
}

/** The key one name of a place or organisation has: our place aliases applied ("Kiev" → "kyiv"). */
function placeKey(form: string): string {
  const k = nameKey(form).replace(/^mt /, 'mount ').replace(/^ft /, 'fort ');
  const alias = PLACE_ALIASES[k];
  return alias ? nameKey(alias) : k;
}

/**
 * Chains one article's mentions (those of story text, sorted by start). Returns the chains in order
 * of first mention; every mention belongs to exactly one.
 */
export function chainArticle(text: string, article: ArticleId, articleIndex: number, mentions: readonly Mention[], countries: Countries, isKnownPlace: (name: string) => boolean = () => false): LocalEntity[] {
  const chains: LocalEntity[] = [];
  const byKey = new Map<string, LocalEntity>();
  const newChain = (m: Mention, kind: MentionKind, type: EntityType, key?: string): LocalEntity => {
    const c: LocalEntity = { article, articleIndex, kind, type, mentions: [m], name: nameForm(m.text), parsed: parseName(m.text, kind === 'person'), roles: [], affiliations: [], countries: [] };
    if (key) c.key = key;
    chains.push(c);
    return c;
  };
  const infos = mentions.map((m) => ({ m, ...classify(m, countries) }));
  const persons = new PersonChains();
  const shortForms = new Set<(typeof infos)[number]>();

  // 1. Full person names (two or more identifying tokens) open or join chains.
  for (const info of infos) {
    if (info.kind !== 'person') continue;
    const parsed = parseName(info.m.text);
    if (parsed.core.length < 2) { shortForms.add(info); continue; }
    const match = nearest(persons.mayMatch(parsed), info.m, (c) => mayMatch(parsed, c.parsed) && comparePersonNames(parsed, c.parsed).relation !== 'different');
    if (match) {
      match.mentions.push(info.m);
      if (parsed.core.length > match.parsed.core.length) { match.parsed = parsed; match.name = nameForm(info.m.text); persons.index(match); }
    } else persons.push(newChain(info.m, 'person', 'PER'));
  }
  // 2. Short forms join the nearest chain they shorten; so does a name the tagger typed otherwise
  //    when it is a bare surname tagged MISC ("Putin's") or two or more words of a person's name ("Aba Marzouk" tagged ORG).
  for (const info of infos) {
    if (!shortForms.has(info) && !mayNamePerson(info)) continue;
    const parsed = parseName(info.m.text);
    const fits = (c: LocalEntity, given: boolean) => {
      if (!mayMatch(parsed, c.parsed)) return false;
      const r = comparePersonNames(parsed, c.parsed);
      return (r.relation === 'shorter' || r.relation === 'same') && !!r.givenOnly === given;
    };
    // A surname first; a given name alone ("Kathina" after "Kathina Thomas") only for a person-typed mention no surname claims.
    const candidates = persons.mayMatch(parsed);
    // A surname two full names of the article share ("Sean Bialas", his mother "Karen Bialas") does not say which of them
    // it is: it joins neither, but a chain of that surname alone.
    const shared = candidates.filter((c) => c.parsed.core.length > 1 && fits(c, false)).length > 1;
    const match = shared ? candidates.find((c) => c.parsed.core.length === 1 && fits(c, false))
      : nearest(candidates, info.m, (c) => fits(c, false)) ?? (info.kind === 'person' ? nearest(candidates, info.m, (c) => c.parsed.core.length > 1 && fits(c, true)) : undefined);
    if (match) { match.mentions.push(info.m); continue; }
    if (info.kind !== 'person') continue;
    // A lone person-typed country name no person claims is the country ("Israel" tagged PER).
    const country = countries.byName(nameForm(info.m.text), 'PER');
    if (country) { info.kind = 'country'; info.key = `country:${country}`; info.type = 'LOC'; continue; }
    persons.push(newChain(info.m, 'person', 'PER'));
  }
  const claimed = new Set(persons.all().flatMap((c) => c.mentions));

  // 3. Everything else: by what the tables say it is, else by name.
  const orgs: LocalEntity[] = [];
  // organisations by the last word of their name: a suffix short form ("Saints") ends as its long name does
  const orgsByLastWord = new Map<string, Set<LocalEntity>>();
  const indexOrg = (c: LocalEntity) => { const w = lastKeyWord(c.name); orgsByLastWord.set(w, (orgsByLastWord.get(w) ?? new Set()).add(c)); };
  const byStem = new Map<string, LocalEntity[]>();
  for (const info of infos) {
    if (claimed.has(info.m) || info.kind === 'person') continue;
    const form = nameForm(info.m.text);
    const key = info.key ?? `name:${placeKey(unqualified(form))}`;
    let chain = byKey.get(key);
    if (!chain && info.kind === 'org') chain = orgs.find((c) => isAcronymOf(form, c.name) || isAcronymOf(c.name, form));
    if (!chain && info.kind === 'org') {
      const longer = [...(orgsByLastWord.get(lastKeyWord(form)) ?? [])].filter((c) => isSuffixShortForm(form, c.name));
      if (longer.length === 1) chain = longer[0];
    }
    const stem = stemOf(unqualified(form)).stem;
    if (!chain && (info.kind === 'org' || info.kind === 'place'))
      chain = byStem.get(stem)?.find((c) => sameBodyName(unqualified(form), unqualified(c.name), isKnownPlace));
    if (chain) {
      chain.mentions.push(info.m);
      if (form.length > chain.name.length && !info.key && !isAcronymOf(form, chain.name)) { chain.name = form; if (chain.kind === 'org') indexOrg(chain); }
      continue;
    }
    chain = newChain(info.m, info.kind, info.type, key);
    byKey.set(key, chain);
    if (info.kind === 'org') { orgs.push(chain); indexOrg(chain); }
    if (info.kind === 'org' || info.kind === 'place') pushTo(byStem, stem, chain);
  }

  // 4. Roles, affiliations and metonymic use from each mention's context.
  for (const c of chains) {
    c.mentions.sort((a, b) => a.start - b.start);
    for (const m of c.mentions) {
      if (c.kind === 'person' || c.kind === 'org') {
        const info = rolesAround(text, m, mentions, countries);
        for (const r of info.roles) if (!c.roles.includes(r)) c.roles.push(r);
        if (info.affiliation && nameKey(info.affiliation) !== nameKey(c.name)) c.affiliations.push(info.affiliation);
        if (info.country) c.countries.push(info.country);
      }
      if ((c.kind === 'place' || c.kind === 'seat') && (VERB_AFTER.test(text.slice(m.end, m.end + 40)) || TIES_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))))
        c.metonymic = true;
    }
    if (c.kind === 'org') {
      const lead = countries.byDemonym(c.name.split(/\s+/)[0] ?? '') ?? countries.byName(c.name.split(/\s+/)[0] ?? '', 'LOC');
      if (lead && c.name.includes(' ')) c.countries.push(lead);
    }
  }
  chains.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return chains;
}

const lastKeyWord = (name: string) => nameKey(name).split(' ').at(-1) ?? '';

/** A mention not typed PER that may still name a person: a lone capitalised MISC word, or several words no table knows. */
export function mayNamePerson(info: { m: Mention; kind: MentionKind }): boolean {
  const words = nameForm(info.m.text).split(/\s+/).filter(Boolean);
  if (info.kind === 'other' && words.length === 1) return /^\p{Lu}/u.test(words[0]!);
  return (info.kind === 'other' || info.kind === 'org' || info.kind === 'place') && words.length >= 2 && words.length <= 4 && !endsInBodyWord(info.m.text);
}

/** A cheap necessary condition for two names to match: some identifying token of each starts with the same letter (any vowel for a vowel). */
function mayMatch(a: ParsedName, b: ParsedName): boolean {
  return a.core.some((x) => b.core.some((y) => initialOf(x.key) === initialOf(y.key)));
}
const initialOf = (key: string) => (/^[aeiou]/.test(key) ? 'V' : key[0]);

/**
 * An article's person chains, indexed by the block keys of their names (`personNameBlocks`): a name is
 * compared with the chains that may match it, not with every person of the article (which grew with
 * the square of its length).
 */
class PersonChains {
  private readonly chains: LocalEntity[] = [];
  private readonly order = new Map<LocalEntity, number>();
  private readonly byBlock = new Map<string, Set<LocalEntity>>();
  push(c: LocalEntity): void { this.order.set(c, this.chains.length); this.chains.push(c); this.index(c); }
  /** (Re)indexes a chain whose name changed; old keys may stay: the comparison still decides. */
  index(c: LocalEntity): void {
    for (const k of personNameBlocks(c.parsed)) {
      const set = this.byBlock.get(k) ?? new Set<LocalEntity>();
      set.add(c);
      this.byBlock.set(k, set);
    }
  }
  /** The chains sharing a block key with `parsed`, in the order they were opened (ties in `nearest` go to the first). */
  mayMatch(parsed: ParsedName): LocalEntity[] {
    const found = new Set<LocalEntity>();
    for (const k of personNameBlocks(parsed)) for (const c of this.byBlock.get(k) ?? []) found.add(c);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
  all(): readonly LocalEntity[] { return this.chains; }
}

/** The chain satisfying `ok` whose mention is nearest before `m`, else nearest after it. */
function nearest(chains: readonly LocalEntity[], m: Mention, ok: (c: LocalEntity) => boolean): LocalEntity | undefined {
  let best: LocalEntity | undefined, bestDistance = Infinity;
  for (const c of chains) {
    if (!ok(c)) continue;
    for (const x of c.mentions) {
      // Before counts as nearer than after: a short form usually follows its full name.
      const d = x.start <= m.start ? m.start - x.start : (x.start - m.start) * 4;
      if (d < bestDistance) { bestDistance = d; best = c; }
    }
  }
  return best;
}

