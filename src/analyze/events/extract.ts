import type { DateRef, Event, Mention, Segment, Sentence, SentenceSyntax, Token } from '../../core/model.js';
import type { Report } from '../../core/report.js';
import { viewSentence } from '../syntax/args.js';
import { Discourse } from '../syntax/discourse.js';
import { readSentence, type SentenceContext } from './context.js';
import { recordEvent } from './record.js';
import { resolver } from './reference.js';
import { readRoles } from './roles.js';
import { withSameEventDates } from './same-event.js';
import { noteConflicts, noteDestination } from './scene.js';
import { proposeEvents } from './typing.js';
import { NON_CLAIM_KINDS } from '../../core/kinds.js';
import { segmentAt } from '../../core/spans.js';

// Events of one article: for each sentence, the syntax layer's predicates, then for each who acts and
// who undergoes (roles.ts), which events it tells (typing.ts), and the record with place and date
// (record.ts), with pronouns and descriptions resolved against what the article said before. Pure:
// the article in, records out. The one state across sentences is the Discourse (who is who, the scene).

export interface EventInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  segments: readonly Segment[];
  dates: readonly DateRef[];
  /** The syntax layer: one entry per sentence. */
  syntax: readonly SentenceSyntax[];
}


export function extractEvents(input: EventInput, report: Report): Event[] {
  const discourse = new Discourse();
  const events: Event[] = [];
  input.sentences.forEach((sentence, index) => {
    const segment = segmentAt(input.segments, sentence);
    if (segment && NON_CLAIM_KINDS.has(segment.kind)) return;
    const view = viewSentence(input.text, input.tokens, sentence, input.mentions, input.syntax[index]!);
    // participles filtered, verb groups and clause links read once (context.ts)
    const ctx = readSentence(view, input.syntax[index]!, input.mentions, input.dates);
    events.push(...sentenceEvents(ctx, discourse));
    // what the sentence sets up is learnt after its own events: a sentence's "he" and its attack
    // without author look back at earlier sentences, never at the names that follow in it
    noteConflicts(view, discourse, input.mentions);
    discourse.observe(view, ctx.parse.tree.parsed ? ctx.parse.tree : undefined);
    noteDestination(view, discourse);
  });
  if (events.length === 0 && input.sentences.length > 0) report.info('no event found in the article', 'events-none');
  // A sentence gives only its own dates; an event the article dated in another sentence takes that date.
  return withSameEventDates(events.sort((a, b) => a.start - b.start || a.end - b.end), input);
}

function sentenceEvents(ctx: SentenceContext, discourse: Discourse): Event[] {
  // roles first, for every predicate: a governed act, a coordinated verb or "the two" reads another's,
  // and all of them are read against the discourse as it stood before this sentence
  const roles = readRoles(ctx, discourse);
  const resolve = resolver(ctx, discourse, (q) => roles.get(q)?.actor);
  const out: Event[] = [];
  for (const p of ctx.preds) {
    const own = roles.get(p)!;
    // who acted is noted before the next predicate's record: a later "he" in a visit's clause is them
    if (own.subject && own.actor) discourse.noteSubject(own.subject, own.actor);
    if (p.speech && own.actor) discourse.noteSpeaker(own.actor);
    if (ctx.links.content.has(p)) continue;      // the content of a demand or a charge is no event of its own
    const made = proposeEvents(ctx, roles, discourse, p, out.length > 0).map((x) => recordEvent(ctx, discourse, resolve, x));
    out.push(...made);
    // "the two" in a later sentence stands for the actor of the last event told
    const main = made.find((e) => e.actor && !e.actorBasis);
    if (main?.actor) discourse.lastActor = main.actor;
  }
  return out;
}
