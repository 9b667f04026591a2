import type { ArgRef, Mention, Phrase, PhraseKind, Sentence, Token } from '../../core/model.js';
import { countryOf, countryOfDemonym } from './countries.js';
import { lemmaIn, lemmaMemo, type Lemmas } from './lemma.js';
import { EVENT_NOUNS } from './lexicon.js';
import { ACTOR_MODIFIERS, ANAPHOR_KINDS, ROLE_NOUNS, SECTOR_NOUNS, TITLE_WORDS, WEAK_SECTOR } from './vocabulary.js';
import { DETERMINERS, isCapitalised, isNumber, isPossessive, PERSONAL_PRONOUNS } from './words.js';
import { firstEndingAfter } from '../../core/spans.js';

// Argument phrases of one sentence: the noun phrases that can be an actor, a target, a speaker or a
// place. Without a parser we read them from the entity mentions and from a few word classes: a
// phrase is a run of names, titles, demonyms, actor modifiers and sector nouns, and its head is the
// last name or sector noun ("Russian Foreign Ministry officials" is headed by "officials",
// "Kremlin spokesman Dmitry Peskov" by the person).

/** An argument phrase (the layer's Phrase; first and last are article token indexes). */
export type Arg = Phrase;
export type ArgKind = PhraseKind;

/** One sentence with its tokens classified and its argument phrases found. */
export interface SentenceView {
  sentence: Sentence;
  /** All article tokens (indexes are article-wide). */
  tokens: readonly Token[];
  text: string;
  /** Lower-case token text. */
  lower(i: number): string;
  args: Arg[];
  /** The argument phrase covering token i, if any. */
  argAt(i: number): Arg | undefined;
  /** The mention covering token i, if any. */
  mentionAt(i: number): Mention | undefined;
  /** The sentence is written in title case (a headline). */
  headline: boolean;
}

type Cls = 'name' | 'sector' | 'title' | 'demonym' | 'mod' | 'poss' | 'and' | 'det' | 'other';

/** Token index → the mention covering it, for the tokens of one sentence. */
function mentionsByToken(tokens: readonly Token[], sentence: Sentence, mentions: readonly Mention[]): Map<number, Mention> {
  const mentionOf = new Map<number, Mention>();
  // mentions are sorted and do not overlap: start at the first one that ends inside the sentence, not at the article's first
  let m = sentence.tokenStart < sentence.tokenEnd ? firstEndingAfter(mentions, tokens[sentence.tokenStart]!.start) : 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i]!;
    while (m < mentions.length && mentions[m]!.end <= t.start) m++;
    const cand = mentions[m];
    if (cand && cand.start <= t.start && t.end <= cand.end) mentionOf.set(i, cand);
  }
  return mentionOf;
}

/** Lower-case token text by article index ('' outside the sentence): each token lower-cased once, not at each look. */
function lowerOf(tokens: readonly Token[], sentence: Sentence): (i: number) => string {
  const first = sentence.tokenStart, end = sentence.tokenEnd;
  const lower: string[] = [];
  for (let i = first; i < end; i++) lower.push(tokens[i]!.text.toLowerCase().replace(/’/g, "'"));
  return (i) => (i >= first && i < end ? lower[i - first]! : '');
}

/** A sentence's view over phrases already found (the syntax layer's): indexes, no parsing. */
export function viewSentence(text: string, tokens: readonly Token[], sentence: Sentence, mentions: readonly Mention[],
  syntax: { phrases: readonly Arg[]; headline: boolean }): SentenceView {
  const mentionOf = mentionsByToken(tokens, sentence, mentions);
  const argOf = new Map<number, Arg>();
  for (const a of syntax.phrases) for (let t = a.first; t <= a.last; t++) argOf.set(t, a);
  return {
    sentence, tokens, text, lower: lowerOf(tokens, sentence), args: syntax.phrases as Arg[], headline: syntax.headline,
    argAt: (t) => argOf.get(t),
    mentionAt: (t) => mentionOf.get(t),
  };
}

/** The argument phrases of one sentence, read from its mentions and word classes. */
export function findPhrases(text: string, tokens: readonly Token[], sentence: Sentence, mentions: readonly Mention[], headline: boolean, lemmas: Lemmas = lemmaMemo()): Arg[] {
  const first = sentence.tokenStart, end = sentence.tokenEnd;
  const mentionOf = mentionsByToken(tokens, sentence, mentions);
  const lower = lowerOf(tokens, sentence);
  const cls: Cls[] = [];
  for (let i = first; i < end; i++) cls.push(classify(i));
  const at = (i: number): Cls => (i >= first && i < end ? cls[i - first]! : 'other');

  function classify(i: number): Cls {
    const w = tokens[i]!.text, l = lower(i);
    if (mentionOf.has(i)) return 'name';
    if (isPossessive(w)) return 'poss';
    if (l === 'and' || l === '&') return 'and';
    if (DETERMINERS.has(l)) return 'det';
    if (isNumber(w)) return 'mod';
    if (lemmas(l).find((c) => SECTOR_NOUNS.has(c))) return 'sector';
    if (isCapitalised(w) && countryOfDemonym(w)) return 'demonym'; // the cheap test first
    if (isCapitalised(w) && TITLE_WORDS.has(l)) return 'title';
    if (ACTOR_MODIFIERS.has(l) || /^(?:pro|anti|ex)-/.test(l) || /-(?:led|backed|based|occupied|held|run|controlled|affiliated|linked|aligned)$/.test(l)) return 'mod';
    // A capitalised word the recogniser left out, inside a run ("Sandinista government"): a modifier
    // (not in a headline, where every word is capitalised).
    if (isCapitalised(w) && i > first && !/^[.!?]$/.test(tokens[i - 1]!.text) && !headline) return 'mod';
    return 'other';
  }

  const args: Arg[] = [];
  let i = first;
  while (i < end) {
    const l = lower(i);
    if (isSubjectOrObjectPronoun(l, i)) {
      args.push(pronounArg(i, l));
      i++;
      continue;
    }
    if (l === 'the' && (lower(i + 1) === 'two' || lower(i + 1) === 'three') && !['sector', 'name', 'demonym', 'mod'].includes(at(i + 2))) {
      // "the two": the participants of what was just told
      const t = tokens[i]!, u = tokens[i + 1]!;
      args.push({ first: i, last: i + 1, kind: 'anaphor', head: 'two', plural: true, roles: [], ref: { start: t.start, end: u.end, text: text.slice(t.start, u.end) } });
      i += 2;
      continue;
    }
    if (at(i) === 'other' || at(i) === 'and' || at(i) === 'poss') { i++; continue; }
    // A run of phrase tokens; 'and' joins only inside it.
    let j = i;
    while (j < end && (at(j) !== 'other' && at(j) !== 'and' || (at(j) === 'and' && joinsModifiers(j)))) {
      // a new determiner after content starts a new phrase ("Israel the country" is rare; "Hamas the" never)
      if (j > i && at(j) === 'det' && hasContent(i, j - 1)) break;
      j++;
    }
    const made = makeArg(i, j - 1);
    if (made) args.push(...made);
    i = Math.max(j, i + 1);
  }
  // Right extension of sector heads over "of / from / in / loyal to" + another phrase.
  for (let k = 0; k < args.length - 1; k++) {
    const a = args[k]!;
    if (a.kind !== 'sector' && !(a.kind === 'name' && a.plural)) continue;
    const next = args[k + 1]!;
    const between = tokens.slice(a.last + 1, next.first).map((t) => t.text.toLowerCase());
    const link = between.filter((w) => !DETERMINERS.has(w)).join(' ');
    if (!['of', 'from', 'in', 'loyal to', 'based in', 'operating in', 'for'].includes(link) || next.kind === 'pronoun') continue;
    if (link === 'for' && next.kind !== 'sector') continue;
    // "Security forces in Guinea" names who; "met with Hamas leaders in Moscow" says where: only a sentence's first phrase takes "in"
    if (link === 'in' && k !== 0) continue;
    const extended: Arg = {
      ...a, last: next.last,
      ref: { ...a.ref, end: tokens[next.last]!.end, text: text.slice(a.ref.start, tokens[next.last]!.end) },
    };
    if (!extended.ref.country && next.ref.country) extended.ref.country = next.ref.country;
    args.splice(k, 2, extended);
    k--;
  }
  return args;

  function isSubjectOrObjectPronoun(l: string, k: number): boolean {
    if (!PERSONAL_PRONOUNS.has(l) || l === 'i' || l === 'you' || l === 'us') return false;
    if (l === 'her') {   // "her" is a pronoun only where no noun follows it
      const next = k + 1 < end ? lower(k + 1) : '.';
      return !/\p{L}/u.test(next) || ['to', 'of', 'in', 'for', 'with', 'on', 'at', 'and', 'that'].includes(next);
    }
    return true;
  }

  function pronounArg(k: number, l: string): Arg {
    const t = tokens[k]!;
    return { first: k, last: k, kind: 'pronoun', head: l, plural: ['they', 'them', 'we'].includes(l), roles: [],
      ref: { start: t.start, end: t.end, text: t.text } };
  }

  function hasContent(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if (['name', 'sector', 'demonym'].includes(at(k))) return true;
    return false;
  }

  /** "Hungarian and Romanian officials", "US and British forces": 'and' between modifiers of one head. */
  function joinsModifiers(k: number): boolean {
    const before = at(k - 1), after = at(k + 1);
    if (!['demonym', 'name', 'mod'].includes(before) || !['demonym', 'name', 'mod'].includes(after)) return false;
    // only nationalities join ("US and British forces"), never two actors ("Hamas and Russian officials")
    if (before === 'name' && !countryOf(mentionOf.get(k - 1)!.text)) return false;
    // the run after 'and' must end in a sector noun, with no other 'and' before it
    for (let n = k + 1; n < end; n++) {
      const c = at(n);
      if (c === 'sector') return true;
      if (!['demonym', 'name', 'mod', 'title'].includes(c)) return false;
    }
    return false;
  }

  function makeArg(a: number, b: number): Arg[] | null {
    // Trim leading determiners/possessive markers and trailing non-heads.
    let s = a;
    while (s <= b && (at(s) === 'det' || at(s) === 'poss' || (at(s) === 'mod' && isNumber(tokens[s]!.text)))) s++;
    let e = b;
    while (e >= s && !['name', 'sector', 'demonym'].includes(at(e))) e--;
    if (e < s) return null;
    const defin = a < s && lower(a) === 'the';
    // A person's name ends the phrase: its head. Titles and names before it are roles and affiliation.
    if (at(e) === 'name') {
      const head = mentionOf.get(e)!;
      let firstHeadTok = s;
      while (firstHeadTok < e && tokens[firstHeadTok]!.start < head.start) firstHeadTok++;
      // Roles and the country come from the words before the name; the reference is the name itself.
      const roles = [...new Set(tokens.slice(s, firstHeadTok).map((t) => lemmaIn(t.text.toLowerCase(), ROLE_NOUNS)).filter((r): r is string => !!r))];
      const country = countryOf(head.text) ?? countryIn(s, firstHeadTok - 1);
      const ref: ArgRef = { start: head.start, end: head.end, text: head.text };
      if (country) ref.country = country;
      const plural = head.type === 'MISC' && !!countryOfDemonym(head.text) && /s$/.test(head.text);
      return [{ first: s, last: e, ref, kind: 'name', type: head.type, head: head.text.toLowerCase(), plural, roles }];
    }
    // A sector noun or a demonym ends the phrase, unless a noun follows that it only describes ("an official visit").
    if (e + 1 < end && (EVENT_NOUNS.has(lower(e + 1)) || EVENT_NOUNS.has(lower(e + 1).replace(/s$/, '')))) return null;
    const headWord = lower(e);
    const lemma = at(e) === 'sector' ? lemmaIn(headWord, SECTOR_NOUNS)! : headWord;
    const only = s === e;
    if (at(e) === 'demonym' && !/s$/.test(tokens[e]!.text)) return null;    // a lone singular demonym is an adjective
    const start = tokens[s]!.start, endC = tokens[e]!.end;
    const ref: ArgRef = { start, end: endC, text: text.slice(start, endC) };
    if (at(e) === 'sector') ref.sector = tokens[e]!.text.toLowerCase();
    const country = at(e) === 'demonym' ? countryOfDemonym(tokens[e]!.text) : countryIn(s, e - 1);
    if (country) ref.country = country;
    const plural = /s$/.test(headWord) && !/ss$/.test(headWord) || ['police', 'people', 'personnel', 'staff'].includes(headWord);
    if (only && defin && at(e) === 'sector') {
      return [{ first: s, last: e, ref, kind: 'anaphor', head: lemma, plural, roles: [] }];
    }
    if (only && at(e) === 'sector' && WEAK_SECTOR.has(lemma)) return null;
    if (only && !defin && at(e) === 'sector' && ANAPHOR_KINDS[lemma] && !plural) return null;
    return [{ first: s, last: e, ref, kind: 'sector', head: lemma, plural, roles: [] }];
  }

  function countryIn(a: number, b: number): string | undefined {
    for (let k = a; k <= b; k++) {
      const mention = mentionOf.get(k);
      const c = mention ? countryOf(mention.text) : at(k) === 'demonym' ? countryOfDemonym(tokens[k]!.text) : undefined;
      if (c) return c;
    }
    return undefined;
  }
}
