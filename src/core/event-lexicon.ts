// The event lexicon's vocabulary: the CAMEO verb lexicon as stored (models/event-lexicon.json) and
// as compiled for matching on the parse (analyze/syntax/cameo.ts), and how it combines with the hand
// lexicon (analyze/syntax/lexicon.ts). Types only: stages receive the loaded lexicon through the Context.

/** A PLOVER type and mode for a CAMEO code. */
export interface PloverCode { type: string; mode?: string }

/**
 * A pattern on the verb's arguments. A phrase is words separated by spaces, its head last
 * ("humanitarian aid"); a word may be `a/b` alternatives or `&set`. `pp`: [preposition, phrase?].
 */
export interface CameoPattern {
  code: string | null;
  subj?: string;
  prt?: string;
  obj?: string;
  pp?: string[][];
}

/** A verb (lemma, then any particle or preposition words): its default code and its patterns. */
export interface CameoVerb { code: string | null; patterns: CameoPattern[] }

/** The file's shape. `codes`: null where PLOVER codes no event (CAMEO 01 statements, 02 appeals). */
export interface EventLexicon {
  about: string;
  codes: Record<string, PloverCode | null>;
  sets: Record<string, string[]>;
  verbs: Record<string, CameoVerb>;
}

/** One word of a phrase: the forms it accepts (as written and as a noun lemma). */
export type WordSet = ReadonlySet<string>;
export interface CompiledPhrase { head: WordSet; mods: WordSet[] }
export interface CompiledPattern { code: string | null; subj?: CompiledPhrase; prt?: string; obj?: CompiledPhrase; pp: { preps: WordSet; np?: CompiledPhrase }[]; weight: number; /** It names an argument's noun (not only a preposition or particle). */ named: boolean }
export interface CompiledVerb { key: string; rest: string[]; code: string | null; patterns: CompiledPattern[] }

/** The lexicon ready to match: verbs by their first word, phrases as word sets. Built once, never changed. */
export interface CameoLexicon {
  readonly byLemma: ReadonlyMap<string, readonly CompiledVerb[]>;
  readonly codes: Readonly<Record<string, PloverCode | null>>;
}

/** What the lexicon says of a verb in its sentence. */
export interface CameoReading {
  /** The dictionary verb ("shoot down") and the pattern that matched, as written in the file. */
  verb: string;
  code: string | null;
  /** PLOVER type and mode; null: no event (a PLOVER-dropped code or an explicit non-event pattern). */
  plover: PloverCode | null;
  /** A pattern on the arguments decided it (not the verb's default code). */
  byPattern: boolean;
  /** That pattern names an argument's noun ("opened fire"), not only a direction ("rushed (to)"). */
  named: boolean;
  /** The sentence index of the particle, when the verb has one ("shot ... down"). */
  particle?: number;
}

/**
 * How the CAMEO lexicon and the hand lexicon (lexicon.ts) combine for a verb:
 *   hand         the hand lexicon alone
 *   hand+veto    the hand lexicon's types; a CAMEO pattern naming an argument that the dictionary
 *                codes as no event at all ([---]: "killed himself", "released the identity") removes
 *                the hand match
 *   hand-first   the hand lexicon's type where it has one, else CAMEO's
 *   cameo-first  CAMEO's type where it has one (or its "no event"), else the hand lexicon's
 *   cameo        CAMEO alone for verbs
 * Nouns and governing verbs ("urged ... to") keep their hand entry in every policy: CAMEO codes verbs,
 * and `governs` shapes the clause whatever types it.
 */
export type LexiconPolicy = 'hand' | 'hand+veto' | 'cameo' | 'hand-first' | 'cameo-first';

/** What types events: the CAMEO lexicon, the policy, and whether CAMEO appeals (02) count as REQUEST. */
export interface EventTyping {
  lexicon: CameoLexicon;
  policy: LexiconPolicy;
  appeals: boolean;
  /** Hand entries need the parse's part of speech: a verb entry a VERB, a noun entry a NOUN that heads its phrase. */
  parseGate: boolean;
  /**
   * Where hand patterns of several words ("launch ~ attack") find their later words: in the words after
   * the verb ('window'), among the verb's dependents on the parse ('parse'), or on the parse and else
   * in the words after it ('either').
   */
  argsOnParse: 'window' | 'parse' | 'either';
  /** Use a verb's default code when no pattern on its arguments matched (false: only patterns decide). */
  defaults: boolean;
  /** The CAMEO cue categories (two-digit code prefixes) whose codes are used; absent: all. Chosen on data. */
  cues?: ReadonlySet<string>;
}

