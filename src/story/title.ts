import { stampOfLine } from '../read/dateline.js';
import type { StoryPass } from './pass.js';

/** The shortest article title in the story that is a headline (never a date line such as "April 27, 2009"), else its three main names. */
export const titlePass: StoryPass<'title'> = {
  name: 'title', requires: ['entities'], assigns: ['title'],
  run(story, articles) {
    const titles = articles.map((a) => a.title).filter((t): t is string => !!t && !stampOfLine(t)).sort((a, b) => a.length - b.length);
    return { title: titles[0] ?? (story.entities!.slice(0, 3).map((e) => e.name).join(', ') || 'Untitled story') };
  },
};
