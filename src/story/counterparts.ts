import type { AnalyzedArticle, ArgRef, Entity, EntityId, Event, Fact } from '../core/model.js';
import { pushTo } from '../core/_util.js';
import { lemmaCandidates } from '../analyze/syntax/lemma.js';
import { isOwnText, markLater, sentenceClaim } from './claims.js';
import type { StoryReading } from './reading.js';
import { itemAt } from '../core/spans.js';

// Sources that disagree on whom a person met: one report says P met X, another that P met Y. A person
// meeting several people is normal, so this is flagged only when each such report tells exactly one
// meeting of P, asserted, with a person or organisation not of P's own side; the counterparts differ
// and are not one side (one the other's affiliation, or the same country); no report tells both meetings;
// and the reports' own dates, where both state one, do not differ.

/** One report's meeting of a person: the counterpart and the event that tells it. */
interface Meeting { person: Entity; counterpart: Entity; event: Event; article: Readonly<AnalyzedArticle>; date?: string; dateBasis?: string;
  /** Where the report names the counterpart. */
  named?: ArgRef }

const COUNTERPART_TYPES = new Set(['PER', 'ORG']);

export function counterpartConflicts(articles: readonly Readonly<AnalyzedArticle>[], entities: readonly Entity[], reading: StoryReading): Omit<Fact, 'id'>[] {
  const byId = new Map(entities.map((x) => [x.id, x]));
  const byPerson = new Map<EntityId, Meeting[]>();
  for (const a of articles) for (const m of meetingsIn(a, byId, reading)) pushTo(byPerson, m.person.id, m);
  const facts: Omit<Fact, 'id'>[] = [];
  for (const meetings of byPerson.values()) {
    const fact = counterpartConflict(meetings);
    if (fact) facts.push(fact);
  }
  return facts;
}

/** Every meeting (CONSULT) in the article's own text, once from each side that is a person. */
function meetingsIn(a: Readonly<AnalyzedArticle>, byId: ReadonlyMap<EntityId, Entity>, reading: StoryReading): Meeting[] {
  const out: Meeting[] = [];
  for (const e of a.events ?? []) {
    if (e.type !== 'CONSULT' || !isOwnText(a, e)) continue;
    const linked = (ref: ArgRef | undefined) => { const id = reading.entityId(a.id, ref, 'participant'); return id ? byId.get(id) : undefined; };
    const actor = linked(e.actor), target = linked(e.target);
    if (!actor || !target || actor.id === target.id) continue;
    const date = reading.eventDate(a.id, e);
    if (actor.type === 'PER') out.push({ person: actor, counterpart: target, event: e, article: a, ...date, ...(e.target ? { named: e.target } : {}) });
    if (target.type === 'PER') out.push({ person: target, counterpart: actor, event: e, article: a, ...date, ...(e.actor ? { named: e.actor } : {}) });
  }
  return out;
}

/** The conflict over whom one person met, from all the reports' meetings of that person, if there is one. */
function counterpartConflict(meetings: readonly Meeting[]): Omit<Fact, 'id'> | undefined {
  const byArticle = new Map<string, Meeting[]>();
  for (const m of meetings) if (COUNTERPART_TYPES.has(m.counterpart.type)) pushTo(byArticle, m.article.id, m);
  // a report with several meetings of the person says nothing against the others: people meet many people
  const sole = [...byArticle.values()].filter((ms) => ms.length === 1).map((ms) => ms[0]!).filter(isPlainMeeting);
  const counterparts = [...new Map(sole.map((m) => [m.counterpart.id, m.counterpart])).values()];
  if (counterparts.length < 2 || !allApart(counterparts) || sameWords(sole)) return undefined;
  // a report that tells two of these meetings says they both happened
  const toldBoth = [...byArticle.values()].some((ms) => new Set(ms.map((m) => m.counterpart.id).filter((id) => counterparts.some((c) => c.id === id))).size > 1);
  if (toldBoth || !sameDay(sole)) return undefined;
  const claims = sole.map((m) => {
    const claim = sentenceClaim(m.article, m.event);
    if (m.date && !m.dateBasis) claim.value = m.date;
    if (m.article.published) claim.asOf = m.article.published;
    return claim;
  });
  markLater(claims);
  const person = sole[0]!.person;
  return {
    kind: 'event', status: 'conflict', claims, support: new Set(sole.map((m) => m.article.id)).size,
    statement: `whom ${person.name} met: ${counterparts.map((c) => c.name).join(' vs ')}`,
    entities: [person.id, ...counterparts.map((c) => c.id)],
  };
}

/** Words that tell a meeting itself; a visit, a hosting or a negotiation may span several meetings. */
const MEETING_WORDS = new Set(['meet', 'meeting', 'talk', 'talks', 'dialogue', 'dialog', 'conversation', 'consult', 'consultation', 'confer',
  'speak', 'phone', 'telephone', 'hold', 'discussion']);
/** "X also met Y": the report itself knows of other meetings. */
const ALSO_BEFORE = /\b(?:also|too|again)\s+(?:\p{L}+\s+)?$/iu;

/**
 * A meeting a report can disagree with: asserted, told by a meeting word, with both sides named in
 * its sentence (a pronoun's antecedent is a guess), the counterpart not the person's own side ("the
 * Hamas delegation led by X" is no counterpart of X), and not told as one more meeting ("also met").
 */
function isPlainMeeting({ event: e, article: a, person, counterpart }: Meeting): boolean {
  if (e.negated || e.hedged || sameSide(person, counterpart)) return false;
  if (!lemmaCandidates(e.text.split(/\s+/)[0] ?? '').some((l) => MEETING_WORDS.has(l))) return false;
  const s = itemAt(a.sentences ?? [], e) ?? e;
  const named = (r: ArgRef | undefined) => !!r && r.start >= s.start && r.end <= s.end;
  return named(e.actor) && named(e.target) && !ALSO_BEFORE.test(a.text.slice(Math.max(s.start, e.start - 24), e.start));
}

/** No two counterparts may be one side: they may be two members of one delegation. */
const allApart = (counterparts: readonly Entity[]) => counterparts.every((x, i) => counterparts.slice(i + 1).every((y) => !sameSide(x, y)));

/** One side: one is the other's affiliation, or they share an affiliation or a country. */
const sameSide = (x: Entity, y: Entity) => x.affiliation === y.name || y.affiliation === x.name
  || (!!x.affiliation && x.affiliation === y.affiliation) || (!!x.country && x.country === y.country);

/**
 * The reports name the counterparts with the same words ("met Felt", "spoke with Felt"): what tells them apart is our
 * reading of the name (a father and a son of one surname), not what the sources say.
 */
function sameWords(meetings: readonly Meeting[]): boolean {
  const written = meetings.map((m) => (m.named ? m.article.text.slice(m.named.start, m.named.end) : m.counterpart.name).trim().toLowerCase());
  return new Set(written).size < 2;
}

/** Meetings their reports date on different days are different meetings, not a disagreement. */
function sameDay(meetings: readonly Meeting[]): boolean {
  const stated = new Set(meetings.filter((m) => m.date && !m.dateBasis).map((m) => m.date!));
  return [...stated].every((d) => [...stated].every((e) => d.startsWith(e) || e.startsWith(d)));
}
