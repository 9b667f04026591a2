import type { Article } from '../core/model.js';

/** Kinds whose text is the story itself (what entities, facts and grouping may rest on). */
export { CLAIM_KINDS as STORY_KINDS } from '../core/kinds.js';

export function bodyText(a: Article): string {
  return a.segments.filter((s) => s.kind === 'body' || s.kind === 'title').map((s) => a.text.slice(s.start, s.end)).join('\n');
}
