import type { ArgRef, DateRef, Event, Segment, Sentence } from '../../core/model.js';
import { countryOfName } from '../syntax/countries.js';
import { dateOfOwnClause } from './dating.js';
import { isReport } from '../../core/kinds.js';
import { itemAt, segmentAt } from '../../core/spans.js';

// A report often dates an event once and mentions it again undated ("Hamas met the minister on
// 26 May ... The meeting angered Israel"), and several reports of one story date the same event
// in only some of them. An undated mention of the same act by the same parties takes the date that
// the dated mentions give, when they all give one. "The same event" is what the story's facts
// already align: one type, one actor, one target. Precision first: no date is better than a wrong one.

/** One event mention as the rule reads it. */
export interface EventMention {
  event: Event;
  /** Who acts and who undergoes, as keys that are equal when they name the same party ('' when unknown). */
  actor: string;
  target: string;
  /** The words just around the trigger, where "again" or "another" would say it is a new occurrence. */
  near: string;
  /** The latest day the event can be on (the report's publication day), when known. */
  notAfter?: string;
  /** How a basis names where the mention is: '' in the article at hand, else e.g. 'article 3f2a…'. */
  where: string;
  /** For a dated mention, the date of the trigger's own clause that gives it ("urged Russia on Thursday"). */
  ownDate?: DateRef;
}

export interface InheritedDate { date: string; basis: string }

/** Words that make a mention a further occurrence of an act, not the one dated elsewhere. */
const ANOTHER_OCCURRENCE = /\b(?:another|again|anew|renewed|fresh|second|third|repeated|repeatedly|previous|previously|formerly|prior|earlier|latest|next|future|further|regular|regularly|often|frequently|every)\b/iu;
/** "new" only in lower case: "New York" is a place, not a further occurrence. */
const NEW = /\bnew\b/u;
const marksAnotherOccurrence = (words: string) => ANOTHER_OCCURRENCE.test(words) || NEW.test(words);

/**
 * For each mention, the date it inherits from the dated mentions of the same event, or undefined.
 * A mention inherits only when it is undated, asserted (neither negated nor hedged: a planned or
 * denied act has no date of the one that happened), names both parties, and its dated namesakes
 * agree on one value that is not after the day it was reported. A namesake lends only a date of
 * its own clause (`ownDate`), never one it took from its sentence or inherited.
 */
export function datesFromSameEvent(mentions: readonly EventMention[]): (InheritedDate | undefined)[] {
  const byKey = new Map<string, EventMention[]>();
  for (const m of mentions) {
    const key = sameEventKey(m);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  return mentions.map((m) => {
    if (m.event.date) return undefined;
    const key = sameEventKey(m);
    const donors = (key ? byKey.get(key)! : []).filter((d) => d.ownDate && !d.event.dateBasis && compatibleModes(d.event, m.event));
    const values = new Set(donors.map((d) => d.ownDate!.value));
    if (values.size !== 1) return undefined;                  // none, or the reports disagree: maybe two occurrences
    const date = [...values][0]!;
    if (m.notAfter && date > m.notAfter.slice(0, date.length)) return undefined;
    const first = donors[0]!;
    const at = `at ${first.event.start}${first.where ? ` in ${first.where}` : ''}`;
    return { date, basis: `the same event as "${first.event.text}" (${at}), dated by "${first.ownDate!.text}"` };
  });
}

/** The event without the date it inherited (and its basis): to derive it again from fresh dates. */
export function withoutInheritedDate<E extends Event>(e: E): E {
  if (!e.dateBasis) return e;
  const { date: _date, dateBasis: _basis, ...rest } = e;
  return rest as E;
}

/** Mentions that may share a date: asserted, both parties known, not marked as a further occurrence. */
function sameEventKey(m: EventMention): string | undefined {
  const e = m.event;
  if (e.negated || e.hedged || !m.actor || !m.target || m.actor === m.target || marksAnotherOccurrence(m.near)) return undefined;
  return `${e.type}|${m.actor}|${m.target}`;
}

/** A mode narrows the act ("visit", "arrest"); two different modes are two different acts. */
const compatibleModes = (a: Event, b: Event) => !a.mode || !b.mode || a.mode === b.mode;

/** The words of the sentence just before and after the trigger: "another attack", "met ... again". */
export function wordsNear(text: string, sentence: Sentence | undefined, e: Event): string {
  const from = sentence?.start ?? 0, to = sentence?.end ?? text.length;
  const before = text.slice(from, e.start).split(/\s+/).filter(Boolean).slice(-4);
  const after = text.slice(e.end, to).split(/\s+/).filter(Boolean).slice(0, 5);
  return [...before, e.text, ...after].join(' ');
}

// ---- within one article -------------------------------------------------------------------------

export interface ArticleText {
  text: string;
  sentences: readonly Sentence[];
  segments: readonly Segment[];
  dates?: readonly DateRef[];
}

/**
 * The article's events, the undated mentions of an event it dates elsewhere now dated, with the
 * basis saying so. Parties are compared as written (or as their country), since entities are not
 * resolved yet: "Hamas" and "the Hamas delegation" stay apart.
 */
export function withSameEventDates(events: readonly Event[], article: ArticleText): Event[] {
  const inReport = events.filter((e) => isReport(segmentAt(article.segments, e)?.kind));
  const inherited = datesFromSameEvent(inReport.map((event): EventMention => {
    const sentence = itemAt(article.sentences, event);
    const mention: EventMention = {
      event, actor: partyAsWritten(event.actor), target: partyAsWritten(event.target),
      near: wordsNear(article.text, sentence, event), where: '',
    };
    const own = dateOfOwnClause(article.text, sentence, event, article.dates ?? []);
    if (own) mention.ownDate = own;
    return mention;
  }));
  const dated = new Map(inReport.map((e, i) => [e, inherited[i]]));
  return events.map((e) => {
    const got = dated.get(e);
    return got ? { ...e, date: got.date, dateBasis: got.basis } : e;
  });
}

/** A party by its country when it names or is affiliated with one, else by its words. */
function partyAsWritten(ref: ArgRef | undefined): string {
  if (!ref) return '';
  const country = ref.country ?? countryOfName(ref.text);
  if (country) return `C:${country}`;
  return `T:${ref.text.toLowerCase().replace(/^the\s+/u, '').replace(/['’]s?$/u, '')}`;
}

