import type { ArgRef, Event } from '../../core/model.js';
import { clauseEnd, findPlace, firstArgIn } from '../syntax/clause.js';
import type { Discourse } from '../syntax/discourse.js';
import type { Predicate } from '../syntax/triggers.js';
import type { SentenceContext } from './context.js';
import { countryOf, countryOfName } from '../syntax/countries.js';
import { sameRef, type Resolve } from './reference.js';

// Where an event happened: the place its clause names ("in Geneva"); for a meeting, where a visit
// went ("visited Moscow") and who hosted it (Moscow's country), or the last destination the article told.

/** The place of the act `p` names: the nearest "in / at / near" place of its clause. */
export function placeOf(ctx: SentenceContext, p: Predicate): ArgRef | undefined {
  const place = findPlace(ctx.view, p, ctx.preds);
  return place ? { ...place.ref } : undefined;
}

/**
 * A visit to a city or country: the place is where it went, the host its country ("visit Moscow" →
 * Russia). Returns the event with its place and target so read; `e` itself is not changed.
 */
export function placeVisit(ctx: SentenceContext, discourse: Discourse, resolve: Resolve, event: Event, p: Predicate): Event {
  const e: Event = { ...event };
  const isLoc = (r: ArgRef) => ctx.mentions.some((m) => m.type === 'LOC' && m.start === r.start && m.end === r.end);
  const country = !!e.target && !!countryOfName(e.target.text);
  // "visited Russia": the country hosts, and is where it happened
  if (e.target && isLoc(e.target) && country && e.mode === 'visit') e.place ??= { ...e.target };
  const targetIsPlace = !!e.target && isLoc(e.target) && !country;
  if (targetIsPlace) {
    e.place = { ...e.target! };
    // another participant later in the clause is the host ("visit Moscow for talks with President Putin")
    const end = clauseEnd(ctx.view, p.last + 1, ctx.preds, false);
    let from = p.first;
    while (from < ctx.end && ctx.view.tokens[from]!.start < e.target!.end) from++;
    const other = from >= ctx.end ? undefined : firstArgIn(ctx.view, from, end, (a) => !(a.kind === 'name' && a.type === 'LOC') && a.kind !== 'anaphor');
    const ref = other ? resolve(other, false) : undefined;
    if (ref && !(e.actor && sameRef(ref, e.actor))) e.target = ref;
    else delete e.target;
  }
  if (!e.place && discourse.lastDestination) e.place = { ...discourse.lastDestination };
  if (!e.target && e.place && (e.mode === 'visit' || targetIsPlace)) {
    const host = hostOf(ctx, e.place);
    if (host && !(e.actor && sameRef(host, e.actor))) e.target = host;
  }
  return e;
}

/** The country a place belongs to, as a mention of that country near the sentence when there is one. */
function hostOf(ctx: SentenceContext, place: ArgRef): ArgRef | undefined {
  const code = countryOf(place.text);
  if (!code) return undefined;
  if (countryOfName(place.text)) return { ...place, country: code };
  const named = ctx.mentions.filter((m) => m.type !== 'PER' && countryOfName(m.text) === code);
  if (named.length === 0) return { ...place, country: code };
  const s = ctx.view.sentence;
  const inSentence = named.find((m) => m.start >= s.start && m.end <= s.end);
  const beforeIt = named.filter((m) => m.end <= s.start).at(-1);
  const m = inSentence ?? beforeIt ?? named[0]!;
  return { start: m.start, end: m.end, text: m.text, country: code };
}
