import type { AnalyzedArticle } from '../../core/model.js';
import type { OutcomeMention } from './outcomes.js';

// A headline abbreviates ("4 Shot, 1 Killed in Stockton Park", "one killed, five shot") in a grammar the
// parser, trained on running text, often misreads (the five shot read as the killed). A report's body tells
// the same outcome in full sentences, so its counts speak first; the headline's count of an outcome stands
// only where the body counts none of it (a page whose body is mostly furniture tells its toll only there).

/** The outcome a count is of, the wounded and the shot taken together (a body's "four were shot" tells the headline's "two hurt"). */
const told = (m: OutcomeMention) => (m.outcome === 'shot' || m.outcome === 'injured' ? 'hurt' : m.outcome);

/** The mentions less those of a title segment whose outcome the rest of the report counts too. */
export function bodyBeforeHeadline(a: Readonly<AnalyzedArticle>, mentions: readonly OutcomeMention[]): OutcomeMention[] {
  const titles = a.segments.filter((s) => s.kind === 'title');
  if (!titles.length) return [...mentions];
  const inTitle = (m: OutcomeMention) => titles.some((s) => s.start <= m.start && m.start < s.end);
  const inBody = new Set(mentions.filter((m) => !inTitle(m)).map(told));
  return mentions.filter((m) => !inTitle(m) || !inBody.has(told(m)));
}
