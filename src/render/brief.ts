import type { AnalyzedArticle, ArticleId, Derivation, DerivationKind, EntityId, EntityType, Fact, FactKind, FactStatus, Geo, SegmentKind, Story, StoryId } from '../core/model.js';
import { NON_BODY_KINDS } from '../core/kinds.js';
import { citer, type Citation } from './cite.js';
import { incidentRecord, type IncidentRecord } from './incident.js';
import { sidesOf, type Side } from './sides.js';

export type { Citation } from './cite.js';

// The Brief: what a reader is shown of one story, decided once. The terminal brief (text.ts),
// report.html (html.ts) and the web UI (through GET /api/stories/:id) all render a Brief and choose
// nothing themselves, so all three say the same thing in the same order. Every item carries the
// claims it rests on (article, start, end, text), so every renderer can cite them.
//
// Lists are complete and ordered; `short` says how many of their first items the short form (the
// terminal brief) shows, so the short form is always a prefix of the full one and can say how many
// it leaves out.

/** An ordered list; the short form shows its first `short` items. */
export interface Shortlist<T> {
  items: T[];
  short: number;
}

export interface FactLine {
  id: string;
  kind: FactKind;
  status: FactStatus;
  statement: string;
  support: number;
  /** Reports the claims come from: more than `support` when copies or rewrites of one report state it too. */
  reports: number;
  /** How many independent sources, said for a reader: "2 sources", "1 source (3 reports: copies or rewrites of one)". */
  supportNote: string;
  claims: Shortlist<Citation>;
  /** For a conflict: its claims grouped by the version they give, largest side first. */
  sides?: Side<Citation>[];
}

export interface WhatHappened {
  /** The story's headline statement (its title). */
  headline: string;
  /** The main events and figures, each pointing at its fact line (`fact` = FactLine.id). */
  facts: { fact: string; kind: FactKind; status: FactStatus; statement: string; support: number }[];
  /** True when no fact is stated by several sources, so `facts` are single-source ones. */
  fromOneSource: boolean;
}

export interface SetAside {
  kind: Exclude<SegmentKind, 'body'>;
  segments: { start: number; end: number; text: string }[];
}

export interface SourceLine {
  article: ArticleId;
  name: string;
  title?: string;
  origin: string;
  published?: string;
  /** Only when the article is not in English (the default). */
  language?: string;
  characters: number;
  /** What cleaning set aside as non-body, kind by kind. */
  setAside: SetAside[];
  /** Facts this source states (any status). */
  facts: number;
  /** Ids of the facts only this source states. */
  unique: string[];
  /** Ids of agreed facts the others state and this source leaves out. */
  omitted: string[];
  opinion?: number;
  hedging?: number;
  /** When this report copies or rewrites another of the story's (Story.derivation): one source with it. */
  derivation?: SourceDerivation;
}

export interface SourceDerivation {
  from: ArticleId;
  kind: DerivationKind;
  /** What a source's line says: "copy of the Reuters story", "rewrite of Harbour Wire". */
  note: string;
  evidence: string[];
}

export interface TimelineLine {
  date: string;
  /** Set when the reports behind the item do not state its date: where the date comes from. */
  inheritedFrom?: string;
  statement: string;
  fact: string;
  status: FactStatus;
  /** The sources behind the item, each named once, in claim order. */
  sources: string[];
  claims: Citation[];
}

export interface EntityLine {
  id: EntityId;
  name: string;
  type: EntityType;
  count: number;
  /** Number of articles that mention it. */
  articles: number;
  roles?: string[];
  /** Every spelling with its count (the name's own among them). */
  aliases: { text: string; count: number }[];
  /** The first spellings other than the name, for the short form. */
  alsoSpelled: string[];
  geo?: Geo;
  country?: string;
}

export interface Tone {
  score: number;
  sentences: number;
  /** The words that weigh most in the score, strongest first. */
  terms: { term: string; value: number }[];
}

export interface FramingRow {
  article: ArticleId;
  source: string;
  /** One per actor of Framing.actors.items, in that order; null where the source does not name it. */
  tones: (Tone | null)[];
  opinion: number;
  hedging: number;
}

export interface Framing {
  actors: Shortlist<{ entity: EntityId; name: string }>;
  rows: FramingRow[];
}

export interface Brief {
  story: StoryId;
  title: string;
  /** What happened, as one record (Story.incident as shown): absent when the story has none worth showing. */
  incident?: IncidentRecord;
  happened: WhatHappened;
  sources: SourceLine[];
  conflicts: Shortlist<FactLine>;
  agreed: Shortlist<FactLine>;
  single: Shortlist<FactLine>;
  timeline: Shortlist<TimelineLine>;
  entities: Shortlist<EntityLine>;
  framing: Framing;
}

/** How much the brief shows. One table, so a change of mind is one edit that every renderer follows. */
export const BRIEF_LIMITS = {
  /** What happened: a glance, not a list. */
  happened: 5,
  /** Short form: conflicts first and most of them, since they are what a reader must check. */
  conflicts: 8,
  agreed: 10,
  single: 8,
  /** Short form: a conflict needs every side's words; other facts need a few witnesses. */
  conflictClaims: 6,
  claims: 3,
  timeline: 12,
  /** Entities: the full forms list this many (a story can name hundreds); the short form fewer. */
  entities: 60,
  entitiesShort: 12,
  alsoSpelled: 4,
  /** Framing: actors compared across sources (full / short), and words shown as each tone's why. */
  actors: 6,
  actorsShort: 4,
  terms: 4,
} as const;

export function buildBrief(story: Story, articles: readonly AnalyzedArticle[]): Brief {
  const byId = new Map<string, AnalyzedArticle>(articles.map((a) => [a.id, a]));
  const sourceName = (id: string) => byId.get(id)?.source.name ?? id;
  const cite = citer(sourceName);
  const factLine = (f: Fact): FactLine => {
    const claims = f.claims.map(cite);
    const reports = new Set(f.claims.map((c) => c.article)).size;
    return {
      id: f.id, kind: f.kind, status: f.status, statement: f.statement, support: f.support, reports, supportNote: supportNote(f.support, reports),
      claims: { items: claims, short: f.status === 'conflict' ? BRIEF_LIMITS.conflictClaims : BRIEF_LIMITS.claims },
      ...(f.status === 'conflict' ? { sides: sidesOf(claims) } : {}),
    };
  };
  // Facts keep the story's order within each status (the facts pass ranks them).
  const withStatus = (status: FactStatus, short: number): Shortlist<FactLine> =>
    ({ items: story.facts.filter((f) => f.status === status).map(factLine), short });
  const conflicts = withStatus('conflict', BRIEF_LIMITS.conflicts);
  const agreed = withStatus('agreed', BRIEF_LIMITS.agreed);
  const single = withStatus('single', BRIEF_LIMITS.single);
  const members = story.articles.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => a !== undefined);

  const incident = incidentRecord(story.incident, cite);

  return {
    story: story.id,
    title: story.title,
    ...(incident ? { incident } : {}),
    happened: whatHappened(story.title, conflicts.items, agreed.items, single.items),
    sources: members.map((a) => sourceLine(a, story, sourceName)),
    conflicts, agreed, single,
    timeline: {
      items: story.timeline.map((t): TimelineLine => ({
        date: t.date, ...(t.dateBasis ? { inheritedFrom: t.dateBasis } : {}), statement: t.statement, fact: t.fact, status: t.status,
        sources: [...new Set(t.claims.map((c) => sourceName(c.article)))], claims: t.claims.map(cite),
      })),
      short: BRIEF_LIMITS.timeline,
    },
    entities: {
      // An entity with no mention left (all its mentions went to another) has nothing to show.
      items: story.entities.filter((e) => e.count > 0).slice(0, BRIEF_LIMITS.entities).map((e): EntityLine => ({
        id: e.id, name: e.name, type: e.type, count: e.count,
        articles: new Set(e.aliases.flatMap((x) => x.articles)).size,
        ...(e.roles?.length ? { roles: e.roles } : {}),
        aliases: e.aliases.map((x) => ({ text: x.text, count: x.count })),
        alsoSpelled: e.aliases.filter((x) => x.text !== e.name).slice(0, BRIEF_LIMITS.alsoSpelled).map((x) => x.text),
        ...(e.geo ? { geo: e.geo } : {}), ...(e.country ? { country: e.country } : {}),
      })),
      short: BRIEF_LIMITS.entitiesShort,
    },
    framing: framing(story, sourceName),
  };
}

/**
 * The main events and figures: facts the sources disagree on first (a reader must know the story
 * is disputed there), then what several agree on; quotes are what someone said, not what happened.
 * When no fact is stated by several sources yet, the single-source events and figures stand in
 * (events before figures: the event is what happened, a figure measures it; each in the order the
 * reports tell them, earliest first), and the brief says so.
 */
function whatHappened(headline: string, conflicts: readonly FactLine[], agreed: readonly FactLine[], single: readonly FactLine[]): WhatHappened {
  const notQuote = (f: FactLine) => f.kind !== 'quote';
  let chosen = [...conflicts, ...agreed].filter(notQuote);
  const fromOneSource = chosen.length === 0;
  // (of those, what the reports tell first: news opens with what happened, a school's counselling comes last)
  const told = (f: FactLine) => Math.min(...f.claims.items.map((c) => c.start));
  if (fromOneSource) chosen = single.filter(notQuote).sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || told(a) - told(b));
  return {
    headline,
    facts: chosen.slice(0, BRIEF_LIMITS.happened).map((f) => ({ fact: f.id, kind: f.kind, status: f.status, statement: f.statement, support: f.support })),
    fromOneSource,
  };
}

const kindRank = (kind: FactKind) => (kind === 'event' ? 0 : kind === 'figure' ? 1 : 2);

function sourceLine(a: AnalyzedArticle, story: Story, sourceName: (id: string) => string): SourceLine {
  const d = story.derivation?.find((x) => x.article === a.id);
  const framing = story.framing.find((f) => f.article === a.id);
  // Non-body kinds in one fixed order (title first, boilerplate last), so every source reads alike.
  const setAside = NON_BODY_KINDS.map((kind): SetAside => ({
    kind,
    segments: a.segments.filter((s) => s.kind === kind).map((s) => ({ start: s.start, end: s.end, text: a.text.slice(s.start, s.end) })),
  })).filter((x) => x.segments.length > 0);
  return {
    article: a.id, name: a.source.name, ...(a.title ? { title: a.title } : {}), origin: a.origin,
    ...(a.published ? { published: a.published } : {}), ...(a.language !== 'eng' ? { language: a.language } : {}),
    characters: a.text.length,
    setAside,
    facts: story.facts.filter((f) => f.claims.some((c) => c.article === a.id)).length,
    unique: framing?.unique ?? [],
    omitted: framing?.omitted ?? [],
    ...(framing ? { opinion: framing.opinion, hedging: framing.hedging } : {}),
    ...(d ? { derivation: { from: d.from, kind: d.kind, note: derivationNote(d, sourceName(d.from)), evidence: d.evidence } } : {}),
  };
}

/** Sources, and reports when copies or rewrites make them more: a wire story and its copies are one source. */
export function supportNote(support: number, reports: number): string {
  const sources = `${support} source${support === 1 ? '' : 's'}`;
  return reports > support ? `${sources} (${reports} reports: ${support === 1 ? 'copies or rewrites of one' : 'some copies or rewrites of others'})` : sources;
}

/** "copy of the Reuters story", "rewrite of the Reuters story (Harbour Wire)", "copy of Harbour Wire", "rewrite of Harbour Wire". */
export function derivationNote(d: Pick<Derivation, 'kind' | 'agency'>, fromName: string): string {
  const what = d.kind === 'rewrite' ? 'rewrite' : 'copy';
  return d.agency ? `${what} of the ${d.agency} story${fromName !== d.agency ? ` (${fromName})` : ''}` : `${what} of ${fromName}`;
}

/**
 * Actors in the order the framing pass ranks them (its main actors, the same in every source's
 * `toward`), so a table and a chart compare the same actors in the same order.
 */
function framing(story: Story, sourceName: (id: string) => string): Framing {
  const actors = new Map<EntityId, string>();
  const entityName = new Map(story.entities.map((e) => [e.id, e.name]));
  for (const f of story.framing) for (const t of f.toward) if (!actors.has(t.entity)) actors.set(t.entity, entityName.get(t.entity) ?? t.name);
  const shown = [...actors].slice(0, BRIEF_LIMITS.actors).map(([entity, name]) => ({ entity, name }));
  return {
    actors: { items: shown, short: BRIEF_LIMITS.actorsShort },
    rows: story.framing.map((f): FramingRow => ({
      article: f.article,
      source: sourceName(f.article),
      tones: shown.map(({ entity }) => {
        const t = f.toward.find((x) => x.entity === entity);
        return t ? { score: t.score, sentences: t.sentences, terms: (t.terms ?? []).slice(0, BRIEF_LIMITS.terms) } : null;
      }),
      opinion: f.opinion,
      hedging: f.hedging,
    })),
  };
}

/** Every fact line of the brief, in the brief's order: conflicts, agreed, single-source. */
export function factLines(brief: Brief): FactLine[] {
  return [...brief.conflicts.items, ...brief.agreed.items, ...brief.single.items];
}

/** The first `short` items and how many the short form leaves out. */
export function shortForm<T>(list: Shortlist<T>): { shown: T[]; more: number } {
  const shown = list.items.slice(0, list.short);
  return { shown, more: list.items.length - shown.length };
}
