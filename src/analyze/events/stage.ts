import type { Stage } from '../../core/stage.js';
import { extractEvents } from './extract.js';
import { isMaterialConflict } from './ontology.js';

/**
 * Events: who did what to whom, where and when, in PLOVER types. Reads the clauses of the syntax
 * layer, the entity mentions (participants), the dates (when) and the genre: in a sports report,
 * "Wales beat San Marino" and "Sampras crushed Agassi" are results, not acts of force, so the verbs
 * the lexicon types as material conflict code no event there (as PETRARCH's pipeline filters sports
 * stories before coding).
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
    const contests = events.filter((e) => isMaterialConflict(e.type));
    for (const e of contests) report.info(`"${e.text}" (${e.type}) in a sports report: a contest, not coded`, 'sports-contest', e);
    return events.filter((e) => !isMaterialConflict(e.type));
  },
};
