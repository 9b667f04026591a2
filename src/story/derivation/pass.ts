import type { StoryPass } from '../pass.js';
import { DEFAULT_THRESHOLDS, deriveStory } from './derive.js';

/** Which reports of the story copy or rewrite which: read by every support count after it. */
export const derivationPass: StoryPass<'derivation'> = {
  name: 'derivation', requires: [], assigns: ['derivation'],
  run: (_story, articles, ctx) => ({ derivation: deriveStory(articles, DEFAULT_THRESHOLDS, ctx.memo) }),
};
