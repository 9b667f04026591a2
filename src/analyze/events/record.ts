import type { Event } from '../../core/model.js';
import type { Discourse } from '../syntax/discourse.js';
import type { SentenceContext } from './context.js';
import { eventDate } from './dating.js';
import { isConditional } from './mood.js';
import { placeOf, placeVisit } from './place.js';
import { sameRef, type Resolve } from './reference.js';
import type { Proposal } from './typing.js';

// The Event record of a proposal: its words, its mood, its participants, where and when.

export function recordEvent(ctx: SentenceContext, discourse: Discourse, resolve: Resolve, proposal: Proposal): Event {
  const { from, to, type, mode, roles, group, flags } = proposal;
  const { view } = ctx;
  const start = view.tokens[from.first]!.start, end = view.tokens[Math.max(from.last, to.last)]!.end;
  let e: Event = {
    start, end, text: view.text.slice(start, end), type,
    negated: flags.negated ?? group.negated,
    hedged: flags.hedged ?? (group.hedged || isConditional(view, from)),
  };
  if (mode) e.mode = mode;
  if (roles.actor) e.actor = { ...roles.actor };
  if (roles.actor && roles.actorBasis) e.actorBasis = roles.actorBasis;
  if (roles.target && !(roles.actor && sameRef(roles.target, roles.actor))) e.target = { ...roles.target };
  const place = placeOf(ctx, to);
  if (place) e.place = place;
  if (type === 'CONSULT') e = placeVisit(ctx, discourse, resolve, e, to);
  // the date (dating.ts): from the trigger's first word to the last word of the act it tells
  const date = eventDate({ start, end: view.tokens[to.last]!.end }, view.sentence, ctx.dates)?.value;
  if (date) e.date = date;
  return e;
}
