import type { Predicate, SyntaxToken } from '../../core/model.js';
import type { SentenceView } from './args.js';
import { headsClause, ploverReading, readVerb, type EventTyping } from './cameo.js';
import { isIrregularForm, lemmaCandidates, lemmaMemo, type Lemmas } from './lemma.js';
import { EVENT_NOUNS, LEXICON, SPEECH_VERBS, type LexEntry } from './lexicon.js';
import { ACTOR_MODIFIERS, isMoodModifier } from './vocabulary.js';
import { DETERMINERS, isCapitalised, isPossessive, isWord, POSSESSIVE_PRONOUNS, PREPOSITIONS } from './words.js';

// Finding the words that signal an event or a saying in one sentence: lexicon patterns matched on
// lemmas, the longest at each word, then read as a verb or a noun from the word before it.

export type { Predicate } from '../../core/model.js';

interface Compiled {
  entry: LexEntry;
  /** Each word's alternatives; null for a gap of up to `gap` filler words. */
  words: ({ alts: Set<string> } | { gap: number })[];
  length: number;
}

/** A pattern's '~' stands for a short gap ("launched ~ attack": "launched a deadly attack"), '…' for a longer one. */
const SHORT_GAP = 4;
const LONG_GAP = 8;
/** "agreed not to", "decided again to": adverbs between a governing verb and its "to". */
const CLAUSE_OPENER_WINDOW = 3;

function compile(entry: LexEntry): Compiled {
  const words = entry.pattern.split(/\s+/).map((w) => (w === '~' ? { gap: SHORT_GAP } : w === '…' ? { gap: LONG_GAP } : { alts: new Set(w.split('|')) }));
  return { entry, words, length: words.filter((w) => 'alts' in w).length };
}

/** Lexicon entries by the lemmas their first word takes (built once; never changed). */
const BY_FIRST: ReadonlyMap<string, readonly Compiled[]> = (() => {
  const map = new Map<string, Compiled[]>();
  for (const e of LEXICON) {
    const c = compile(e);
    const first = c.words[0]!;
    if (!('alts' in first)) continue;
    for (const w of first.alts) map.set(w, [...(map.get(w) ?? []), c]);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/** What BY_FIRST gives a lemma no entry starts with: one frozen list, not a new one per word (speed). */
const NO_ENTRIES: readonly Compiled[] = Object.freeze([]);

const matchesWord = (lemmas: Lemmas, token: string, alts: ReadonlySet<string>) => lemmas(token).some((c) => alts.has(c));

/** Where the pattern's words end when matched from token i, or -1. */
function matchFrom(view: SentenceView, i: number, c: Compiled, lemmas: Lemmas): number {
  const end = view.sentence.tokenEnd;
  let k = i + 1;
  for (let w = 1; w < c.words.length; w++) {
    const word = c.words[w]!;
    if ('gap' in word) {
      const next = c.words[w + 1];
      if (!next || !('alts' in next)) return -1;
      let found = -1;
      for (let g = 0; g <= word.gap && k + g < end; g++) {
        const t = view.tokens[k + g]!.text;
        if (matchesWord(lemmas, t, next.alts)) { found = k + g; break; }
        if (!isWord(t) && !/^\p{N}/u.test(t) && !/^[-$€£¥%]$/u.test(t) && !isPossessive(t)) break;
      }
      if (found < 0) return -1;
      k = found + 1;
      w++;
      continue;
    }
    if (k >= end || !matchesWord(lemmas, view.tokens[k]!.text, word.alts)) return -1;
    k++;
  }
  return k - 1;
}

/** The parse of a sentence (its tokens, indexed from the sentence's first) and how events are typed on it. */
export interface ParsedSentence { tokens: readonly SyntaxToken[]; typing: EventTyping }

type Match = { c: Compiled; last: number; noun: boolean };

/** Relations whose dependent is one of the verb's participants (object, oblique, passive subject, a noun inside one). */
const NOMINAL_DEPS = new Set(['obj', 'iobj', 'obl', 'nsubj:pass', 'nmod', 'conj', 'compound']);
const FUNCTION_POS = new Set(['ADP', 'PART', 'ADV', 'SCONJ']);

/**
 * A verb pattern matched on the parse: a word right after the verb in the pattern ("call off", "fire
 * on") is the next word, as written; a word after a gap ("launch ~ attack", "provide ~ aid") is one of
 * the verb's participants on the parse (its object, an oblique, the passive subject, or a noun inside
 * one), wherever it stands, or, for a preposition or particle ("call ~ on", "force ~ out"), the verb's
 * particle or the case word of a participant the verb governs directly. Returns the article index of
 * the last word matched (at least the verb's), or -1.
 */
function matchOnParse(parse: readonly SyntaxToken[], words: readonly string[], k: number, c: Compiled, offset: number, lemmas: Lemmas): number {
  const depth = new Map<number, number>();
  const collect = (h: number, d: number) => {
    for (let j = 0; j < parse.length; j++) {
      if (parse[j]!.head !== h || depth.has(j)) continue;
      if (NOMINAL_DEPS.has(parse[j]!.dep) || NOMINAL_DEPS.has(parse[j]!.dep.split(':')[0]!)) { depth.set(j, d); if (d < 2) collect(j, d + 1); }
    }
  };
  collect(k, 0);
  const functionWord = (j: number) => {
    const t = parse[j]!;
    if (t.head === k) return t.dep === 'compound:prt' || t.dep === 'advmod';
    return t.dep === 'case' && depth.get(t.head) === 0;
  };
  const used = new Set<number>();
  let at = k, last = k, afterGap = false;
  for (const w of c.words.slice(1)) {
    if (!('alts' in w)) { afterGap = true; continue; }
    const fits = (j: number) => !used.has(j) && (w.alts.has(parse[j]!.lemma.toLowerCase()) || matchesWord(lemmas, words[j]!, w.alts));
    const hit = !afterGap ? (at + 1 < parse.length && fits(at + 1) ? at + 1 : undefined)
      : parse.findIndex((_, j) => fits(j) && (FUNCTION_POS.has(parse[j]!.pos) ? functionWord(j) : depth.has(j)));
    if (hit === undefined || hit < 0) return -1;
    used.add(hit);
    at = hit;
    last = Math.max(last, hit);
    afterGap = false;
  }
  return last + offset;
}

/** A verb pattern on the parse ('parse'), or on the parse and else on the words after it ('either'). */
function matchEither(parsed: ParsedSentence, view: SentenceView, words: readonly string[], i: number, c: Compiled, lemmas: Lemmas): number {
  const onParse = matchOnParse(parsed.tokens, words, i - view.sentence.tokenStart, c, view.sentence.tokenStart, lemmas);
  return onParse >= 0 || parsed.typing.argsOnParse === 'parse' ? onParse : matchFrom(view, i, c, lemmas);
}

/** All predicates of a sentence, in order, overlaps resolved for the longer match (`lemmasOf`: a memo shared across the article's sentences). */
export function findPredicates(view: SentenceView, parsed?: ParsedSentence, lemmasOf: Lemmas = lemmaMemo()): Predicate[] {
  const { sentence, tokens } = view;
  const words = parsed ? tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t) => t.text) : [];
  const found: Predicate[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const word = tokens[i]!.text;
    if (!isWord(word) || view.mentionAt(i)) continue;
    if (isCapitalised(word) && i > sentence.tokenStart && !/^[.!?"“‘'(—–-]$/.test(tokens[i - 1]!.text) && !view.headline) continue;
    const lemmas = lemmasOf(word);
    const speechLemma = lemmas.find((l) => SPEECH_VERBS.has(l));
    let best: Match | undefined;
    for (const lemma of lemmas) {
      for (const c of BY_FIRST.get(lemma) ?? NO_ENTRIES) {
        if (best && best.c.length > c.length) continue;
        const last = c.words.length === 1 ? i
          : parsed && parsed.typing.argsOnParse !== 'window' && !c.entry.noun ? matchEither(parsed, view, words, i, c, lemmasOf) : matchFrom(view, i, c, lemmasOf);
        if (last < 0) continue;
        const noun = !!c.entry.noun;
        if (noun ? !readsAsNoun(view, i, last) : !readsAsVerb(view, i)) continue;
        // equal patterns: the tighter match ("violating the ceasefire agreement" is about the ceasefire)
        if (!best || c.length > best.c.length || (c.length === best.c.length && last < best.last)) best = { c, last, noun };
      }
    }
    const speech = !!speechLemma && readsAsVerb(view, i);
    // "a heart attack", "a panic attack": an illness's, no one's act
    if (best?.noun && i > sentence.tokenStart && ILLNESS_BEFORE_ATTACK.has(view.lower(i - 1)) && /^attacks?$/.test(view.lower(i))) best = undefined;
    if (parsed && best && parsed.typing.parseGate && !parseAgrees(parsed.tokens[i - sentence.tokenStart]!, best.noun)) best = undefined;
    // Entries with no type only shape a following "to ..." clause, or block a reading ("released a statement").
    if (best && !best.c.entry.type && (!best.c.entry.governs || !opensClause(view, best.last, best.c.entry.governs === 'transparent'))) best = undefined;
    const chosen = parsed ? combine(best, parsed, words, i - sentence.tokenStart, i) : best && { entry: best.c.entry, last: best.last, noun: best.noun, lemma: lemmaOfEntry(best.c, word) };
    if (!chosen && !speech) continue;
    const p: Predicate = { first: i, last: chosen ? chosen.last : i, lemma: speechLemma && !chosen ? speechLemma : lemmas[lemmas.length - 1]!, noun: chosen?.noun ?? false, speech: speech && !(chosen?.noun) };
    if (chosen) { p.entry = chosen.entry; p.lemma = chosen.lemma; }
    found.push(p);
  }
  // Overlaps: keep the longer (then the earlier) match.
  const kept: Predicate[] = [];
  for (const p of found.sort((a, b) => (b.last - b.first) - (a.last - a.first) || a.first - b.first)) {
    if (kept.some((k) => k.first <= p.last && p.first <= k.last)) continue;
    kept.push(p);
  }
  return kept.sort((a, b) => a.first - b.first);
}

/** A lexicon reading of one word: its entry, the last word it spans, noun or verb, and the lemma it is told by. */
interface Chosen { entry: LexEntry; last: number; noun: boolean; lemma: string }

/**
 * The hand lexicon's match and the CAMEO reading of the same word, combined under the typing's
 * policy. CAMEO reads verbs only (the parse's VERB); nouns and governing verbs keep the hand entry.
 */
function combine(hand: Match | undefined, parsed: ParsedSentence, words: readonly string[], k: number, i: number): Chosen | undefined {
  const { policy } = parsed.typing;
  const own: Chosen | undefined = hand && { entry: hand.c.entry, last: hand.last, noun: hand.noun, lemma: lemmaOfEntry(hand.c, words[k]!) };
  if (policy === 'hand' || own?.noun || own?.entry.governs || (policy === 'hand+veto' && !own)) return own;
  const token = parsed.tokens[k]!;
  const reading = headsClause(token) ? readVerb(parsed.typing.lexicon, parsed.tokens, words, k) : undefined;
  const plover = ploverReading(reading, parsed.typing);
  // "killed himself", "released the identity": a pattern that names its argument says there is no act
  // at all ([---]; not a statement or appeal PLOVER leaves uncoded: "offered condolences" stays)
  if (policy === 'hand+veto') return reading?.byPattern && reading.named && reading.code === null ? undefined : own;
  if (policy === 'hand-first' && own) return own;
  if (plover === undefined) return policy === 'cameo' ? undefined : own;
  if (plover === 'none') return undefined;
  const entry: LexEntry = { pattern: `cameo ${reading!.verb} [${reading!.code}]`, type: plover.type };
  if (plover.mode) entry.mode = plover.mode;
  // the hand match's span when it has one ("launched ~ attack"), else the verb and an adjacent particle
  const particle = reading!.particle !== undefined && reading!.particle === k + 1 ? i + 1 : i;
  return { entry, last: own ? own.last : particle, noun: false, lemma: token.lemma.toLowerCase() };
}

/** Words that make an "attack" an illness's. */
const ILLNESS_BEFORE_ATTACK = new Set(['heart', 'panic', 'asthma', 'anxiety', 'asthmatic', 'seizure']);

/** The parse's part of speech agrees with a hand entry's reading: a verb is a VERB; a noun a NOUN heading its phrase ("meeting room" is no meeting). */
function parseAgrees(t: SyntaxToken, noun: boolean): boolean {
  return noun ? (t.pos === 'NOUN' || t.pos === 'PROPN') && t.dep !== 'compound' : t.pos === 'VERB';
}

function lemmaOfEntry(c: Compiled, word: string): string {
  const first = c.words[0]!;
  if (!('alts' in first)) return word.toLowerCase();
  return lemmaCandidates(word).find((l) => first.alts.has(l)) ?? word.toLowerCase();
}

/** Whether "to" (or, for `ing`, an -ing word) follows the word, adverbs aside. */
function opensClause(view: SentenceView, last: number, ing: boolean): boolean {
  for (let k = last + 1; k < view.sentence.tokenEnd && k <= last + CLAUSE_OPENER_WINDOW; k++) {
    const w = view.lower(k);
    if (w === 'to') return true;
    if (ing && /ing$/.test(w)) return true;
    if (!/ly$/.test(w) && !['also', 'not', 'still', 'again', 'already', 'even', 'now'].includes(w)) return false;
  }
  return false;
}

const VERB_NEIGHBOURS = new Set(['to', 'and', 'or', 'but', 'who', 'which', 'that', 'then', 'also', 'not', "n't", 'never', 'still', 'now',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been',
  'has', 'have', 'had', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'again', 'already', 'jointly', 'often', 'yet', 'once', 'just', 'even', 'soon', 'today']);
const GERUND_PREPS = new Set(['to', 'by', 'after', 'before', 'without', 'while', 'from', 'since', 'for', 'of', 'in', 'on', 'about', 'against', 'despite', 'through', 'upon']);

/** A verb reading: no determiner or possessive right before it; after a preposition only as a gerund. */
function readsAsVerb(view: SentenceView, i: number): boolean {
  if (i === view.sentence.tokenStart) return true;
  const prev = view.lower(i - 1);
  const word = view.lower(i);
  if (DETERMINERS.has(prev) && !['that', 'all', 'both', 'each'].includes(prev) && !(view.argAt(i - 1)?.kind === 'anaphor')) return false;
  if (POSSESSIVE_PRONOUNS.has(prev) && prev !== 'her') return false;
  if (isPossessive(prev)) return false;
  // "a planned meeting", "Morn's upcoming visit": a noun ("delayed sending troops" stays a verb)
  if (isMoodModifier(prev) && (!word.endsWith('ing') || EVENT_NOUNS.has(word))) return false;
  if (PREPOSITIONS.has(prev) && prev !== 'to' && !(word.endsWith('ing') && GERUND_PREPS.has(prev))) return false;
  // "Israeli strikes", "military aid": a modifier before it makes it a noun
  const before = view.mentionAt(i - 1);
  if (before && before.type === 'MISC' && !/s$/.test(before.text) && !word.endsWith('ed')) return false;
  // "military aid", "food aid", "border protest": a bare form after a modifier or a common noun heads a
  // compound; a past tense ("the army withdrew", "workers went on strike") is still a verb
  const past = word.endsWith('ed') || isIrregularForm(word);
  // "the 200 block of Prospect Street", "3 strikes": a bare form after a figure is counted, a noun ("2 killed" stays a verb)
  if (/^\p{N}/u.test(prev) && !past && !word.endsWith('ing')) return false;
  if (ACTOR_MODIFIERS.has(prev) && !past && !['all', 'both', 'several', 'many', 'some', 'few'].includes(prev)) return false;
  if (!past && !word.endsWith('ing') && /^\p{Ll}+$/u.test(prev) && !view.argAt(i - 1) && !VERB_NEIGHBOURS.has(prev) && !/(?:ly|ing)$/.test(prev)) return false;
  return true;
}

/** A noun reading: after a determiner, a possessive, a name or a modifier, or as a bare plural. */
function readsAsNoun(view: SentenceView, i: number, last: number): boolean {
  const word = view.lower(i);
  if (word.endsWith('ed')) return false;
  if (i === view.sentence.tokenStart) return /s$/.test(word);
  const prev = view.lower(i - 1);
  if (DETERMINERS.has(prev) || POSSESSIVE_PRONOUNS.has(prev) || isPossessive(prev)) return true;
  if (view.mentionAt(i - 1) || view.argAt(i - 1)) return true;
  if (/^\p{N}/u.test(prev) || /-/.test(prev)) return true;
  if (isMoodModifier(prev)) return true;                                 // "a planned meeting", "the cancelled talks"
  if (word.endsWith('ing')) return false;
  if (prev === 'for' || prev === 'in') return true;        // "arrived for talks", "in talks with"
  if (/^\p{Ll}+$/u.test(prev) && !VERB_NEIGHBOURS.has(prev) && !PREPOSITIONS.has(prev) && !/ly$/.test(prev)) return true;   // "unexpected visit"
  if (/[^s]s$/.test(word) && last === i && !PREPOSITIONS.has(prev)) return true;     // "talks", "attacks": plural
  if (/^(?:air|missile|drone|rocket|hunger|general|peace|suicide|terror|terrorist|military|armed|deadly|fresh|new|further|diplomatic|official|state)$/.test(prev)) return true;
  return false;
}
