import type { Stage } from '../../core/stage.js';
import { extractQuantities } from './extract.js';

/** Counts (with what they count and what happened to it), percentages, money and durations. */
export const quantityStage: Stage<'quantities'> = {
  name: 'quantities',
  requires: ['tokens', 'sentences', 'mentions'],
  assigns: 'quantities',
  // Mentions: numbers inside names are not counts.
  run: (article, soFar, _ctx, report) => extractQuantities(article, soFar.tokens!, soFar.sentences!, report, soFar.mentions!),
};
