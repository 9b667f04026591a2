// The vocabulary every module speaks (../shared/DESIGN.md, "The data model").
// An Article owns an immutable `text`; everything found in it is a standoff record with
// half-open [start, end) offsets in UTF-16 code units. Where a record has a `text` field,
// it is always `article.text.slice(start, end)`: never a normalised copy.

export type ArticleId = string & { readonly __brand: 'ArticleId' };
export type StoryId = string & { readonly __brand: 'StoryId' };
export type EntityId = string & { readonly __brand: 'EntityId' };

/** Anything that points at characters of one article. */
export interface Span {
  start: number;
  end: number;
}

export const SEGMENT_KINDS = ['title', 'heading', 'body', 'caption', 'credit', 'comment', 'boilerplate'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export interface Segment extends Span {
  kind: SegmentKind;
  /** The cleaning rule that decided the kind (stable code, for explaining and debugging). */
  rule?: string;
}

export interface Source {
  name: string;
  url?: string;
  /** Nothing in the input names the outlet: `name` says so and is this article's own (read/source.ts). */
  unknown?: boolean;
}

export interface Article {
  id: ArticleId;
  /** The file path or URL the article was read from (feeds and JSONL: `path#item`). */
  origin: string;
  source: Source;
  title?: string;
  /** Publication date, `YYYY-MM-DD` (or a full ISO timestamp when the input gives one). */
  published?: string;
  author?: string;
  canonicalUrl?: string;
  /** ISO 639-3 code from language identification, `und` when undetermined. */
  language: string;
  text: string;
  /** Cover the text: every character belongs to exactly one segment. Sorted, non-overlapping. */
  segments: Segment[];
}

export interface Token extends Span {
  text: string;
}

export interface Sentence extends Span {
  text: string;
  /** Index of the first token of the sentence and one past its last. */
  tokenStart: number;
  tokenEnd: number;
}

/** Universal Dependencies parts of speech (UPOS). */
export const UPOS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof UPOS_TAGS)[number];

/**
 * One token of the syntax layer, as Universal Dependencies writes it. `head` is the index within
 * the sentence (0-based) of the token this one depends on, -1 for the sentence's root and for a
 * token no rule attaches; `dep` is the UD relation ('root' for the root, 'dep' when unattached).
 */
export interface SyntaxToken extends Span {
  pos: Upos;
  lemma: string;
  head: number;
  dep: string;
}

/** How a verb treats the "to V" (or "that ...") clause after it (analyze/syntax/lexicon.ts). */
export type Governs = 'request' | 'intent' | 'threat' | 'refuse' | 'transparent' | 'hedge' | 'prepare';

/** A trigger lexicon entry: the words that head a predicate, and the event they signal. */
export interface TriggerEntry {
  pattern: string;
  /** PLOVER event type (analyze/events/ontology.ts). */
  type?: string;
  mode?: string;
  governs?: Governs;
  /** The event is named by a noun ("the attack on", "talks with", "a visit to"). */
  noun?: boolean;
}

/** The auxiliaries, modals and negation before a predicate, and what they make of it. */
export interface VerbGroup {
  /** Article token index of the group's first token ("has not yet been", "may have to", "to"). */
  start: number;
  negated: boolean;
  hedged: boolean;
  passive: boolean;
  /** Preceded by "to": an infinitive, whose subject is its governor's. */
  infinitive: boolean;
  /** An -ing form with no auxiliary: a participle ("..., calling for"). */
  participle: boolean;
}

/** A word (or pattern of words) that heads a clause: an act from the trigger lexicon, a verb of saying, or both. */
export interface Predicate {
  /** Article token indexes (into Analysis.tokens) of the matched words, inclusive. */
  first: number;
  last: number;
  entry?: TriggerEntry;
  /** Lemma of the first word. */
  lemma: string;
  /** Read as a noun ("the attack"), not a verb ("attacked"). */
  noun: boolean;
  /** A verb of saying ("said", "told", "stating"). */
  speech: boolean;
}

export type PhraseKind = 'name' | 'sector' | 'pronoun' | 'anaphor';

/** A noun phrase that can be an actor, a target, a speaker or a place. */
export interface Phrase {
  /** Article token indexes of the phrase, inclusive. */
  first: number;
  last: number;
  /** What a record reports: the name for a person, the phrase for a sector actor. */
  ref: ArgRef;
  kind: PhraseKind;
  /** Type of the head mention, when the head is a name. */
  type?: EntityType;
  /** Lower-case head: the sector noun's lemma, the pronoun, or the name as written. */
  head: string;
  plural: boolean;
  /** Role nouns written before a person's name ("spokesman", "minister"). */
  roles: string[];
}

/** The syntax of one sentence: its tokens in UD style, its phrases, and its predicates with their verb groups. */
export interface SentenceSyntax {
  tokens: SyntaxToken[];
  phrases: Phrase[];
  predicates: (Predicate & { group: VerbGroup })[];
  /** Written in title case (a headline): capitals say nothing about names there. */
  headline: boolean;
}

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Mention extends Span {
  text: string;
  type: EntityType;
}

export interface DateRef extends Span {
  text: string;
  value: string; // 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'
  grain: 'day' | 'month' | 'year';
  /** Why this value: 'explicit', 'relative to published 2023-10-27', 'after "October 26"', ... */
  basis: string;
}

export type Qualifier = 'exact' | 'at least' | 'more than' | 'about' | 'up to';
export type QuantityKind = 'count' | 'percent' | 'money' | 'duration';
/** GDELT-style count categories (GKG Counts), where the predicate maps to one. */
export type CountCategory = 'KILL' | 'WOUND' | 'KIDNAP' | 'ARREST' | 'AFFECT' | 'MISSING' | 'DISPLACED' | 'EVACUATE' | 'PROTEST' | 'SEIZE';

export interface Quantity extends Span {
  /** The number's own words, e.g. "at least 19" (the qualifier included). */
  text: string;
  value: number;
  qualifier: Qualifier;
  kind: QuantityKind;
  /** What is counted, as written: "Russian citizens", "deaths". */
  subject?: string;
  /** What happened to it, as written (lemma-ish): "killed", "missing", "held captive". */
  predicate?: string;
  category?: CountCategory;
  /** For money and durations: the currency or time unit. */
  unit?: string;
}

/**
 * A participant of a quote or event: the characters that name it in this article (for a pronoun,
 * the antecedent's characters). Its story entity is a story's link (Story.links), not a field here.
 */
export interface ArgRef extends Span {
  text: string;
  /** For sector actors ("Russian officials"): the sector word; the country, when known, as ISO alpha-2. */
  sector?: string;
  country?: string;
}

export interface Quote extends Span {
  text: string;
  speaker?: ArgRef;
  direct: boolean;
}

export interface Event extends Span {
  /** The words that signal the event (the trigger), e.g. "urged", "met with". */
  text: string;
  /** PLOVER event type, upper case: 'CONSULT', 'ACCUSE', 'REQUEST', ... */
  type: string;
  /** PLOVER mode, when one applies (e.g. 'visit' for CONSULT). */
  mode?: string;
  actor?: ArgRef;
  target?: ArgRef;
  /** Resolved calendar value of the event's date, `YYYY-MM-DD` | `YYYY-MM` | `YYYY`. */
  date?: string;
  /**
   * Why `date` holds its value when the event's own sentence does not say it: the date was
   * inherited from another mention of the same event (same type, actor and target) in this
   * article. Absent when the date is in the event's sentence. (A date a story lends from its
   * other reports is a story record: Story.eventDates.)
   */
  dateBasis?: string;
  place?: ArgRef;
  /**
   * Set when no dependency relation of the sentence gives `actor` and it was inferred from what the
   * article said before (why: e.g. "the other side of the conflict the article set up"). Such an
   * event is kept in the data but never stated in our words: the brief shows its sentence.
   */
  actorBasis?: string;
  negated: boolean;
  hedged: boolean;
}

export type DiagnosticLevel = 'info' | 'warning' | 'error';

/** A message about one input, like a vfile message: it carries where and who said it. */
export interface Diagnostic {
  level: DiagnosticLevel;
  message: string;
  start?: number;
  end?: number;
  /** The stage or reader that reported it. */
  source?: string;
  /** A stable code, e.g. `empty-file`. */
  rule?: string;
  /** The input it is about (file path, `path#line`), when not obvious from context. */
  origin?: string;
}

/** Everything per-article stages add to an article. */
export interface Analysis {
  tokens?: Token[];
  sentences?: Sentence[];
  /** One entry per sentence, in the order of `sentences`. */
  syntax?: SentenceSyntax[];
  mentions?: Mention[];
  dates?: DateRef[];
  quantities?: Quantity[];
  quotes?: Quote[];
  events?: Event[];
  /** What kind of article it is (analyze/genre/): a sports report's "beat" is a result, not an act of force. */
  genre?: Genre;
}
export type Layer = keyof Analysis;

/** An article's genre from the trained classifier; `p`: the probability that it is a sports report. */
export interface Genre {
  label: 'sports' | 'news';
  p: number;
}

/** An article with its analysis and what was said about it: the per-article output. */
export interface AnalyzedArticle extends Article, Analysis {
  diagnostics: Diagnostic[];
}

export interface Alias {
  text: string;
  count: number;
  articles: ArticleId[];
}

export interface Geo {
  lat: number;
  lon: number;
  country: string;
  /** First-level division (a US state, a province), when known. */
  admin1?: string;
}

export interface Entity {
  id: EntityId;
  name: string;
  type: EntityType;
  aliases: Alias[];
  /** Number of mentions over all articles of the story. */
  count: number;
  geo?: Geo;
  affiliation?: string;
  roles?: string[];
  /** ISO alpha-2 of the country the entity is, belongs to or speaks for (a person's, an agency's, a place's). */
  country?: string;
}

export interface Claim extends Span {
  article: ArticleId;
  /** The sentence (or quote) the claim rests on: `text` of its article between start and end. */
  text: string;
  value?: number | string;
  /** For figures: the qualifier as written ("at least"). */
  qualifier?: Qualifier;
  /** The day the claim speaks for: its article's publication date, when known. */
  asOf?: string;
  /** Set on the claims of a conflict that come from a later report than the others. */
  later?: boolean;
}

export type FactStatus = 'agreed' | 'single' | 'conflict';
export type FactKind = 'figure' | 'event' | 'quote';

export interface Fact {
  id: string;
  kind: FactKind;
  statement: string;
  status: FactStatus;
  claims: Claim[];
  /** Number of independent sources behind the claims: an article and its copies or rewrites are one (Story.derivation). */
  support: number;
  /** The calendar value the fact is about, when resolved (`YYYY-MM-DD` | `YYYY-MM` | `YYYY`). */
  date?: string;
  /** Set when no claim states `date` itself: it comes from another mention of the event (see Event.dateBasis). */
  dateBasis?: string;
  /** Set when `statement` is the report's own sentence, not our wording (an event whose actor it does not name). */
  verbatim?: boolean;
  /** Entities the fact is about (actor, target, speaker). */
  entities?: EntityId[];
}

export interface TimelineItem {
  date: string;
  /** Set when the reports behind the item do not state its date themselves (see Fact.dateBasis). */
  dateBasis?: string;
  statement: string;
  /** The fact this item comes from. */
  fact: string;
  status: FactStatus;
  claims: Claim[];
}

export interface SourceFraming {
  article: ArticleId;
  source: string;
  /**
   * Tone toward each main actor in [-1, 1], from the sentences that mention it; `terms` are the
   * valenced words and phrases that weigh most in it, each with its summed valence.
   */
  toward: { entity: EntityId; name: string; score: number; sentences: number; terms: { term: string; value: number }[] }[];
  /** Share of sentences with evaluative or opinion language, in [0, 1]. */
  opinion: number;
  /** Share of sentences with hedges (may, reportedly, allegedly ...), in [0, 1]. */
  hedging: number;
  /** Ids of facts only this source states. */
  unique: string[];
  /** Ids of agreed facts the other sources state and this one leaves out. */
  omitted: string[];
}

/** What a story link points from: a mention, or a participant (a quote's speaker, an event's actor, target or place). */
export type LinkKind = 'mention' | 'participant';

/**
 * A story's link from characters of one of its articles to one of its entities. The same span may
 * carry a mention link and a participant link to different entities ("Russian" the demonym, and
 * "Russian" the actor standing for Russia), hence `kind`.
 */
export interface EntityLink extends Span {
  article: ArticleId;
  kind: LinkKind;
  entity: EntityId;
}

/**
 * A date of an article as its story reads it: an article with no reference day of its own takes a
 * year or reference day from another report, and its dates are read again against it (`basis` says so).
 * When a story holds dates of an article, they replace the article's own for every story pass.
 */
export interface StoryDate extends DateRef {
  article: ArticleId;
}

/**
 * An event's date as its story reads it, where that differs from the article's own Event.date:
 * read against the story's dates, or inherited from another report of the same event (`dateBasis`
 * names it). No `date`: the story knows no date for it (an inherited one no longer holds).
 */
export interface StoryEventDate extends Span {
  article: ArticleId;
  date?: string;
  dateBasis?: string;
}

/** Who did what to whom in a story: its articles' events folded into a graph (story/network.ts). */
export interface NetworkNode {
  id: string;
  name: string;
  type?: EntityType;
  /** Events this node takes part in, as actor or target. */
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** PLOVER event type. */
  type: string;
  /** Events folded into this edge, and how many of them are negated or hedged. */
  count: number;
  negated: number;
  hedged: number;
  articles: ArticleId[];
  /** The trigger words as written (at most three), each pointing into its article. */
  triggers: { article: ArticleId; start: number; end: number; text: string }[];
}

/** An event with only one participant named ("police arrested ..." with the arrested unnamed). */
export interface OneSidedAction {
  node: string;
  role: 'actor' | 'target';
  type: string;
  count: number;
}

export interface ActorNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  oneSided: OneSidedAction[];
}

/** What an incident field rests on: the value, its agreement across sources, and the claims behind it. */
export type IncidentFigureCategory = 'killed' | 'injured' | 'missing' | 'kidnapped' | 'arrested' | 'displaced' | 'evacuated' | 'affected';

export interface IncidentDate {
  /** When it happened (not when it was reported): `YYYY-MM-DD`. */
  value: string;
  status: FactStatus;
  claims: Claim[];
}

export interface IncidentPlace {
  /** The most specific place, as the reports name it. */
  name: string;
  entity?: EntityId;
  geo?: Geo;
  status: FactStatus;
  claims: Claim[];
}

export interface IncidentAlternative {
  value: number;
  qualifier: Qualifier;
  claims: Claim[];
}

export interface IncidentFigure {
  category: IncidentFigureCategory;
  /** The best-supported value (more sources, later reports, official sources). */
  value: number;
  qualifier: Qualifier;
  status: FactStatus;
  /** For a conflict: every other version with its claims. */
  alternatives?: IncidentAlternative[];
  /** The fact (Story.facts) this figure is, when there is one. */
  fact?: string;
  claims: Claim[];
}

export type IncidentRole = 'victim' | 'perpetrator' | 'suspect' | 'official' | 'witness' | 'actor' | 'target';

export interface IncidentParticipant {
  entity?: EntityId;
  name: string;
  role: IncidentRole;
  age?: number;
  claims: Claim[];
}

/** The incident record: what happened, as an event-data row (the Gun Violence Archive's and ACLED's fields). */
export interface Incident {
  /** PLOVER type of the story's main event (ASSAULT, PROTEST ...). */
  type: string;
  date?: IncidentDate;
  place?: IncidentPlace;
  figures: IncidentFigure[];
  participants: IncidentParticipant[];
  /** The first and last year of the days the reports tell the incident on, when they differ (a record that spans years says so). */
  years?: [number, number];
}

/** How one report of a story derives from another: a copy of it (a wire story: the agency's copy), or a rewrite. */
export type DerivationKind = 'copy' | 'wire' | 'rewrite';

/**
 * One report derived from another of its story (story/derivation/): it and its original are one
 * source, so it adds no support to any fact or incident field. `evidence` says why, in words.
 */
export interface Derivation {
  article: ArticleId;
  /** The report it derives from: the earlier one, or the one the credit line names. */
  from: ArticleId;
  kind: DerivationKind;
  /** For a wire copy or a rewrite of one: the agency its credit line names ("Reuters"). */
  agency?: string;
  /** Share of the shorter report's word sequences (copy) or sentences (rewrite) the other holds, in [0, 1]. */
  similarity: number;
  evidence: string[];
}

export interface Story {
  id: StoryId;
  title: string;
  articles: ArticleId[];
  entities: Entity[];
  /** Links from the articles' mentions and participants to the story's entities: participants first, then mentions, each in article order. */
  links: EntityLink[];
  /** Reports that copy or rewrite another of the story's (each original and its derivatives are one source). */
  derivation?: Derivation[];
  /** What happened, as one record (story/incident pass); absent when the story tells no incident. */
  incident?: Incident;
  /** Dates of the articles the story read again against its other reports (see StoryDate). */
  dates: StoryDate[];
  /** Events the story dates otherwise than their article does (see StoryEventDate). */
  eventDates: StoryEventDate[];
  facts: Fact[];
  timeline: TimelineItem[];
  framing: SourceFraming[];
  /** The actor network: the story's events between its entities (the most involved kept). */
  network: ActorNetwork;
}
