import type { Stage } from '../../core/stage.js';
import { extractEvents } from './extract.js';

/**
 * Events: who did what to whom, where and when, in PLOVER types. Reads the entity mentions, and the
 * dates when a dates stage ran before it (optional: without them events have no date).
 */
export const eventStage: Stage<'events'> = {
  name: 'events',
  requires: ['tokens', 'sentences', 'mentions'],
  assigns: 'events',
  run: (article, soFar, _ctx, report) => extractEvents({
    text: article.text,
    tokens: soFar.tokens!,
    sentences: soFar.sentences!,
    mentions: soFar.mentions!,
    segments: article.segments,
    ...(soFar.dates ? { dates: soFar.dates } : {}),
  }, report),
};
