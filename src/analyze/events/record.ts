import type { Event } from '../../core/model.js';
import type { Discourse } from '../syntax/discourse.js';
import type { Predicate } from '../syntax/triggers.js';
import type { SentenceContext } from './context.js';
import { eventDate, eventDateOnTree } from './dating.js';
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
  // the date (dating.ts): attached to the trigger or its act in the parse; without one, the nearest to their words
  const span = { start, end: view.tokens[to.last]!.end };
  const date = (ctx.parse.tree.parsed
    ? eventDateOnTree(span, view.sentence, ctx.dates, (d) => ctx.dateOwner(d, ownHeads(ctx, from, to, type)))
    : eventDate(span, view.sentence, ctx.dates))?.value;
  if (date) e.date = date;
  return e;
}

/**
 * The predicate heads whose dates are the event's: its trigger's and its act's, and an act of the same
 * type its verb is told in ("killed in a Wednesday shooting": one act; "charged in a July shooting": two).
 */
function ownHeads(ctx: SentenceContext, from: Predicate, to: Predicate, type: string): Set<number> {
  const own = new Set([ctx.headOf(from), ctx.headOf(to)]);
  const { tree } = ctx.parse;
  for (const q of ctx.preds) {
    const h = ctx.headOf(q);
    if (q.entry?.type === type && /^obl(?::|$)/.test(tree.dep(h)) && own.has(tree.head(h))) own.add(h);
  }
  return own;
}
