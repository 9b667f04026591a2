import type { Stage } from '../../core/stage.js';
import { extractEvents } from './extract.js';

/**
 * Events: who did what to whom, where and when, in PLOVER types. Reads the clauses of the syntax
 * layer, the entity mentions (participants), the dates (when) and the genre. A sports report codes
 * no event, as the Phoenix/PETRARCH pipeline filters sports stories before coding: its "beat",
 * "crushed" and "shot a 67" are results, not force, and its "visit", "host", "defend the title",
 * "quit" and "withdraw" are play, not the political acts the ontology types (read on CoNLL-2003 dev).
 */
export const eventStage: Stage<'events'> = {
  name: 'events',
  requires: ['tokens', 'sentences', 'mentions', 'syntax', 'dates', 'genre'],
  assigns: 'events',
  run: (article, soFar, _ctx, report) => {
    const events = extractEvents({
      text: article.text,
      tokens: soFar.tokens!,
      sentences: soFar.sentences!,
      mentions: soFar.mentions!,
      segments: article.segments,
      dates: soFar.dates!,
      syntax: soFar.syntax!,
    }, report);
    if (soFar.genre!.label !== 'sports') return events;
    for (const e of events) report.info(`"${e.text}" (${e.type}) in a sports report: play, not coded`, 'sports-report', e);
    return [];
  },
};
