// Name forms and transliteration-aware comparison. A name is split into tokens; particles
// (Abu / Aba, al- / el-, bin / ibn, de, van, ...) are marked so they neither make nor break a match;
// each token gets a romanisation key (ou→u, kh→h, gh→g, q→k, w→v, y→i, doubled letters once) and
// keys are compared with a weighted edit distance where vowels are cheap and consonants dear.

export interface NameToken {
  /** As written (hyphenated parts joined, punctuation dropped). */
  raw: string;
  /** Lower case, accents removed. */
  norm: string;
  /** Romanisation key: what two spellings of one name share. */
  key: string;
  particle: boolean;
  /** "F." or "F": matches any token with the same first letter. */
  initial: boolean;
}

export interface ParsedName {
  tokens: NameToken[];
  /** The tokens that are not particles (the parts that identify). */
  core: NameToken[];
}

/** Case, accents, a leading "the", a trailing possessive and punctuation ignored: the key exact grouping uses. */
export function nameKey(text: string): string {
  return fold(stripPossessive(text)).replace(/^the\s+/, '').replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Lower case without accents. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "Putin's", "Abbas’", "Hamas'" → the name itself. */
function stripPossessive(text: string): string {
  return text.replace(/(?:['’]s|(?<=s)['’])$/u, '');
}

/** The name form of a mention's text: no leading preposition or article, no trailing possessive ("in the Gaza Strip" → "Gaza Strip"). */
export function nameForm(text: string): string {
  // Capitalised prepositions only where they cannot open a name ("To Lam" is a name, "In Brooklyn" is not).
  return stripPossessive(text.trim())
    .replace(/^(?:(?:in|at|on|of|from|to|near|into|inside|outside|across|In|At|IN|AT|Near|Inside|Outside)\s+(?=\S+\s*\S))?(?:[Tt]he\s+|THE\s+)?/u, '').trim();
}

/** A place or body's name without the qualifier that locates it: "Wasilla, Alaska" → "Wasilla", "Betty Ford Center in Rancho Mirage" → "Betty Ford Center". */
export function unqualified(text: string): string {
  const form = nameForm(text);
  const cut = /\s*,\s*\p{Lu}|\s+in\s+(?:the\s+)?\p{Lu}/u.exec(form);
  return cut && cut.index > 0 ? form.slice(0, cut.index) : form;
}

// Particles by their canonical form. They glue names together ("Abu Marzouk", "bin Salman") but
// carry no identity of their own: "Aba Marzouk" and "Abu Marzouk" and "Marzouk" are one surname.
const PARTICLES = new Map<string, string>([
  ...['abu', 'abou', 'abo', 'aba', 'abi', 'ebu'].map((p): [string, string] => [p, 'abu']),
  ...['umm', 'um', 'om'].map((p): [string, string] => [p, 'umm']),
  ...['al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'adh'].map((p): [string, string] => [p, 'al']),
  ...['bin', 'ben', 'ibn', 'bint', 'bn', 'ould'].map((p): [string, string] => [p, 'bin']),
  ...['de', 'da', 'di', 'del', 'della', 'der', 'van', 'von', 'du', 'dos', 'das', 'le', 'la', 'ter'].map((p): [string, string] => [p, p]),
]);
/** Particles that are also given names ("Ben Wallace"): only particles when not the first token. */
const NAME_LIKE_PARTICLES = new Set(['ben', 'abi', 'om', 'um', 'an', 'as', 'at', 'da', 'di', 'le', 'la', 'del']);
/** Arabic article prefixes written attached: "al-Assad", "el-Sisi", "ash-Sharaa". */
const ARTICLE_PREFIX = /^(?:al|el|ul|ad|ar|as|ash|at|az|an|adh)[-‐‑'’](?=\p{L})/iu;

/** Honorifics and titles that may lead a mention ("President Putin", "Mr Abbas"): not part of the name. */
const HONORIFICS = new Set(('mr mrs ms miss dr prof sir dame lord lady sheikh shaikh sheik president premier king queen prince princess ' +
  'emir amir sultan pope ayatollah imam rabbi rev reverend father sister general gen colonel col lt lieutenant major maj captain capt ' +
  'admiral adm sergeant sgt senator sen rep representative governor gov mayor minister chancellor ambassador judge justice ' +
  'commander chairman secretary deputy vice crown field marshal brig brigadier mullah mufti saint st').split(' '));

/** Splits a name into tokens and marks particles and initials; for a person, drops leading honorifics. */
export function parseName(text: string, person = true): ParsedName {
  // A person's name ends at a comma: what follows is an age, a degree or a title ("Regina Benjamin, M.D.").
  const form = person ? nameForm(text).split(/\s*,/)[0]! : nameForm(text);
  const words = form.split(/\s+|(?<=\p{L}\.)(?=\p{L}{2})/u).filter(Boolean);
  const tokens: NameToken[] = [];
  for (const w of words) {
    let word = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
    if (!word) continue;
    const article = ARTICLE_PREFIX.exec(word);
    if (article) {
      tokens.push(token(article[0].slice(0, -1), true));
      word = word.slice(article[0].length);
    }
    const joined = word.replace(/[-‐‑'’.]/g, '');
    if (!joined) continue;
    const norm = fold(joined);
    const canonical = PARTICLES.get(norm);
    const particle = canonical !== undefined && (tokens.length > 0 || !NAME_LIKE_PARTICLES.has(norm)) && words.length > 1;
    tokens.push(token(particle ? canonical! : joined, particle, /^\p{L}\.?$/u.test(word)));
  }
  // Leading honorifics ("President", "Mr.") are roles, not names, when a name follows them.
  while (person && tokens.length > 1 && HONORIFICS.has(tokens[0]!.norm)) tokens.shift();
  return { tokens, core: tokens.filter((t) => !t.particle) };
}

function token(raw: string, particle: boolean, initial = false): NameToken {
  const norm = fold(raw);
  return { raw, norm, key: particle ? norm : romanisationKey(norm), particle, initial };
}

/**
 * What the common romanisations of one name share: Mahmoud/Mahmud, Mikhail/Mihail, Baghiri/Bagheri,
 * Zelensky/Zelenskyy, Qaddafi/Kaddafi, Volodymyr/Wolodymyr. Vowels are kept (the distance weighs them).
 */
export function romanisationKey(norm: string): string {
  return norm
    .replace(/[^a-z0-9]/g, '')
    .replace(/tch/g, 'ch').replace(/sch/g, 'sh')
    .replace(/kh/g, 'h').replace(/gh/g, 'g').replace(/dh/g, 'd').replace(/ph/g, 'f').replace(/ck/g, 'k')
    .replace(/q/g, 'k').replace(/w/g, 'v')
    .replace(/ou|oo/g, 'u').replace(/ee/g, 'i').replace(/y/g, 'i')
    .replace(/(?<=[aeiou])h$/, '')
    .replace(/(.)\1+/g, '$1');
}

const VOWELS = new Set('aeiou');
const NEAR_VOWELS = new Set(['ei', 'ie', 'ou', 'uo', 'ae', 'ea']);
function substitution(a: string, b: string): number {
  if (a === b) return 0;
  const va = VOWELS.has(a), vb = VOWELS.has(b);
  // Romanisations of one vowel: e/i (kasra), o/u (damma), a/e (fatha); other pairs are other names (Hamad / Hamid).
  if (va && vb) return NEAR_VOWELS.has(a + b) ? (a === 'a' || b === 'a' ? 0.2 : 0.15) : 0.5;
  return 1;
}
const indel = (c: string) => (VOWELS.has(c) ? 0.4 : c === 'h' ? 0.5 : 1);

/** Weighted edit distance of two romanisation keys: a vowel change costs 0.15 to 0.5, a consonant 1. */
export function keyDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  const cur = new Array<number>(b.length + 1);
  prev[0] = 0;
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1]! + indel(b[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = prev[0]! + indel(a[i - 1]!);
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j - 1]! + substitution(a[i - 1]!, b[j - 1]!), prev[j]! + indel(a[i - 1]!), cur[j - 1]! + indel(b[j - 1]!));
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j]!;
  }
  return prev[b.length]!;
}

/**
 * How alike two name tokens are, 0 (different) to 1 (same spelling). Spellings within a
 * length-scaled budget of vowel changes (0.2 for four letters, up to 0.95 from eight; never a consonant) are variants:
 * "Gaza"/"Giza" and "Hamad"/"Hamid" stay apart, "Vladimir"/"Volodymyr" do not.
 */
export function tokenSimilarity(a: NameToken, b: NameToken): number {
  if (a.norm === b.norm) return 1;
  if (a.initial || b.initial) return a.norm[0] === b.norm[0] && !(a.initial && b.initial) ? 0.7 : 0;
  if (a.key === b.key) return 0.95;
  if (a.key[0] !== b.key[0] && !(VOWELS.has(a.key[0] ?? '') && VOWELS.has(b.key[0] ?? ''))) return 0;
  const budget = Math.min(0.95, 0.2 * (Math.max(a.key.length, b.key.length) - 3));
  const d = keyDistance(a.key, b.key);
  return d <= budget ? 0.9 - 0.3 * (d / Math.max(budget, 0.01)) : 0;
}

/** East Asian family names come first: "Kim" is a short form of "Kim Jong-un". */
const SURNAME_FIRST = new Set(('kim lee park choi jung kang cho yoon jang lim han shin oh seo kwon hwang ahn song xi li wang zhang liu chen yang zhao ' +
  'huang zhou wu hu wen mao deng jiang sun ma zhu guo he lin luo nguyen tran pham hoang vu').split(' '));

export type NameRelation = 'same' | 'shorter' | 'longer' | 'different';

export interface NameComparison {
  relation: NameRelation;
  /** Mean similarity of the matched tokens (0 when different). */
  score: number;
  /** The short form is the given name alone ("Kathina" of "Kathina Thomas"): weaker than a surname. */
  givenOnly?: boolean;
}

/**
 * Compares two person names. 'same': every identifying token of each matches one of the other
 * (in any order: "Bagheri Kani Ali"); 'shorter'/'longer': one is a short form of the other ("Abbas",
 * "Abu Marzouk"), flagged `givenOnly` when it is the given name alone; 'different' when each has a
 * part the other lacks: "Vladimir Putin" / "Volodymyr Zelensky" share a given name, not a person.
 */
export function comparePersonNames(a: ParsedName, b: ParsedName): NameComparison {
  const ta = a.core.length ? a.core : a.tokens, tb = b.core.length ? b.core : b.tokens;
  if (!ta.length || !tb.length) return { relation: 'different', score: 0 };
  const pairs: [number, number, number][] = [];
  ta.forEach((x, i) => tb.forEach((y, j) => { const s = tokenSimilarity(x, y); if (s > 0) pairs.push([s, i, j]); }));
  pairs.sort((p, q) => q[0] - p[0] || Math.abs(p[1] - p[2]) - Math.abs(q[1] - q[2]));
  const usedA = new Map<number, number>(), usedB = new Set<number>();
  let total = 0;
  for (const [s, i, j] of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.set(i, j);
    usedB.add(j);
    total += s;
  }
  // A short given name may be the long one's nickname ("Fred" / "Frederick"): first tokens only.
  if (!usedA.has(0) && !usedB.has(0) && isNickname(ta[0]!.norm, tb[0]!.norm)) { usedA.set(0, 0); usedB.add(0); total += 0.6; }
  if (!usedA.size) return { relation: 'different', score: 0 };
  // An initial alone never carries an identity.
  if ([...usedA.keys()].every((i) => ta[i]!.initial || tb[usedA.get(i)!]!.initial)) return { relation: 'different', score: 0 };
  const restA = ta.length - usedA.size, restB = tb.length - usedB.size;
  const score = total / usedA.size;
  if (restA && restB) return { relation: 'different', score: 0 };
  if (!restA && !restB) return { relation: 'same', score };
  const [short, long, matchedInLong, relation] = restA === 0
    ? [ta, tb, new Set(usedB), 'shorter' as const]
    : [tb, ta, new Set(usedA.keys()), 'longer' as const];
  if (short.every((t) => t.initial)) return { relation: 'different', score: 0 };
  // A name that spells out its middle initials names a different person than one with more of them (George W. / George H. W.).
  if (short.some((t) => t.initial) && long.some((t, i) => t.initial && !matchedInLong.has(i))) return { relation: 'different', score: 0 };
  return carriesSurname(long, matchedInLong) ? { relation, score } : { relation, score, givenOnly: true };
}

/**
 * Block keys of a person name: two names that `comparePersonNames` does not call 'different' share at
 * least one, so comparing only names that share a key gives the same answers as comparing all pairs.
 * Why it holds: such names match a pair of tokens neither of which is an initial, and two such tokens
 * are alike only within a budget under one consonant (`tokenSimilarity`), so their keys have the same
 * consonants once vowels and h are dropped; or their first tokens are nickname and name, which share
 * the short one's first three letters. (Particles are compared only in a name made of nothing else.)
 */
export function personNameBlocks(name: ParsedName): string[] {
  const tokens = name.core.length ? name.core : name.tokens;
  const keys = new Set<string>();
  const consonants = (key: string) => `c:${key.replace(/[aeiouh]/g, '')}`;
  for (const t of tokens) {
    if (t.initial) continue;
    keys.add(consonants(t.key));
    // A particle's key is its spelling, which equals a name token's spelling before romanisation.
    if (t.particle) keys.add(consonants(romanisationKey(t.norm)));
  }
  const first = tokens[0]?.norm ?? '';
  if (first.length >= 3) keys.add(`n:${first.slice(0, 3)}`);
  return [...keys];
}

function isNickname(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.length >= short.length + 2 && long.startsWith(short);
}

/** A short form that names the person by the surname, not by the given name (first token) alone. */
function carriesSurname(long: readonly NameToken[], matched: ReadonlySet<number>): boolean {
  const onlyFirst = matched.size === 1 && matched.has(0);
  return !onlyFirst || SURNAME_FIRST.has(long[0]!.norm);
}

/** Same-name test for organisations and places: equal keys, an acronym of the other, or one-word romanisation variants. */
export function sameOrgName(a: string, b: string): boolean {
  const ka = nameKey(a), kb = nameKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return true;
  const pa = parseName(a, false), pb = parseName(b, false);
  if (pa.tokens.length !== pb.tokens.length || isAcronym(a) || isAcronym(b)) return false;
  // Every word a variant spelling of its counterpart (Hezbollah / Hizbollah), and long enough to trust.
  return pa.tokens.every((t, i) => t.norm === pb.tokens[i]!.norm || (t.key.length >= 5 && tokenSimilarity(t, pb.tokens[i]!) > 0));
}

const ACRONYM_SKIP = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'in', 'on', 'at', '&']);

/** "UN", "U.N.", "IDF": two to six capitals, dots allowed. */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(text.trim());
}

/** "UN" of "United Nations", "IDF" of "Israel Defense Forces" (function words skipped). */
export function isAcronymOf(short: string, long: string): boolean {
  const s = nameForm(short).trim();
  if (!isAcronym(s)) return false;
  const letters = s.replace(/\./g, '').toUpperCase();
  const all = long.trim().split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const words = all.filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 2 || all.some((w) => /^\p{Ll}/u.test(w) && !ACRONYM_SKIP.has(w))) return false;
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  // "THR" for "The Hollywood Reporter": a leading article may count.
  return initials === letters || (/^the$/i.test(all[0] ?? '') && `T${initials}` === letters);
}
