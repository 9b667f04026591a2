import type { StoryPass } from './pass.js';

/** The shortest article title in the story, else its three main names. */
export const titlePass: StoryPass<'title'> = {
  name: 'title', requires: ['entities'], assigns: ['title'],
  run(story, articles) {
    const titles = articles.map((a) => a.title).filter((t): t is string => !!t).sort((a, b) => a.length - b.length);
    return { title: titles[0] ?? (story.entities!.slice(0, 3).map((e) => e.name).join(', ') || 'Untitled story') };
  },
};
