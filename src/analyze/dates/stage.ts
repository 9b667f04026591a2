import type { Stage } from '../../core/stage.js';
import { extractDates } from './extract.js';

/** Date expressions of the report, resolved against the publication date (or what the text allows). */
export const dateStage: Stage<'dates'> = {
  name: 'dates',
  requires: ['tokens', 'sentences', 'mentions'],
  assigns: 'dates',
  // Mentions: a date word inside a name is no date.
  run: (article, soFar, _ctx, report) => extractDates(article, soFar.sentences!, report, { mentions: soFar.mentions! }),
};
