import { refineStoryDates } from '../analyze/dates/index.js';
import type { StoryPass } from './pass.js';

/**
 * Dates of articles with no reference day of their own, read again against the story's other
 * reports (analyze/dates/story.ts): a story layer, so the article keeps the dates it was analysed with.
 */
export const datesPass: StoryPass<'dates'> = {
  name: 'dates', requires: [], assigns: ['dates'],
  run(_story, articles) {
    const refined = refineStoryDates(articles);
    return { dates: articles.flatMap((a) => (refined.get(a.id) ?? []).map((d) => ({ article: a.id, ...d }))) };
  },
};
