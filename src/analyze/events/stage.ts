import type { Stage } from '../../core/stage.js';
import { extractEvents } from './extract.js';

/**
 * Events: who did what to whom, where and when, in PLOVER types. Reads the clauses of the syntax
 * layer, the entity mentions (participants) and the dates (when).
 */
export const eventStage: Stage<'events'> = {
  name: 'events',
  requires: ['tokens', 'sentences', 'mentions', 'syntax', 'dates'],
  assigns: 'events',
  run: (article, soFar, _ctx, report) => extractEvents({
    text: article.text,
    tokens: soFar.tokens!,
    sentences: soFar.sentences!,
    mentions: soFar.mentions!,
    segments: article.segments,
    dates: soFar.dates!,
    syntax: soFar.syntax!,
  }, report),
};
