import type { Fact, TimelineItem } from '../core/model.js';
import type { StoryPass } from './pass.js';

/**
 * The story's dated facts in calendar order, merged across sources (a fact already merges its
 * sources' claims). Coarser dates sort before finer ones of the same period ("2023-10" before
 * "2023-10-07"); at the same date, the better supported fact comes first.
 */
export function buildTimeline(facts: readonly Fact[]): TimelineItem[] {
  return facts
    .filter((f) => f.date && f.kind !== 'quote')
    .map((f): TimelineItem => ({ date: f.date!, ...(f.dateBasis ? { dateBasis: f.dateBasis } : {}), statement: f.statement, fact: f.id, status: f.status, claims: f.claims }))
    .sort((a, b) => a.date.localeCompare(b.date) || b.claims.length - a.claims.length || a.statement.localeCompare(b.statement));
}

export const timelinePass: StoryPass<'timeline'> = {
  name: 'timeline', requires: ['facts'], assigns: ['timeline'],
  run: (story) => ({ timeline: buildTimeline(story.facts!) }),
};
