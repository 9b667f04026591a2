import type { Claim, IncidentDate } from '../../core/model.js';
import { dateCandidates, type DateReading } from './date-candidates.js';
import { bestCandidate, type IncidentFieldModel } from './ranker.js';

// The incident's day as the trained ranker chooses it among every day the reports give
// (date-candidates.ts); the rules' choice (storyDate) is one of its features, and stands where there is
// no model. A day chosen over the rules' keeps the reports' other days as the conflict's other claims.

export function rankedDate(ruled: IncidentDate | undefined, readings: readonly DateReading[], model: IncidentFieldModel | undefined): IncidentDate | undefined {
  const ranker = model?.fields.date;
  // the ranker reads each day against when its report was published (it was fitted on dated reports only): an
  // undated report gives it no anchor, and it favours the earliest day told, a birth or an old war, or takes a page's
  // "downloaded on" stamp (ECB+ dev: 1913 for a death in 2008). It chooses among dated reports' days; the rules
  // choose where no report is dated.
  const dated = readings.filter((r) => r.article.published);
  if (!ranker || !dated.length) return ruled;
  const best = bestCandidate(ranker, dateCandidates(dated, ruled?.value));
  if (!best || best.value === ruled?.value) return ruled;
  const others = (ruled?.claims ?? []).filter((c) => c.value !== best.value);
  const chosen = [...best.claims, ...(ruled?.claims ?? []).filter((c) => c.value === best.value && !best.claims.some((x) => x.article === c.article))];
  return { value: best.value, status: statusOf(chosen, others), claims: [...chosen, ...others] };
}

/** Conflict when a report gives another day, agreed when two or more give the chosen one alone. */
function statusOf(chosen: readonly Claim[], others: readonly Claim[]): IncidentDate['status'] {
  if (others.length) return 'conflict';
  return new Set(chosen.map((c) => c.article)).size > 1 ? 'agreed' : 'single';
}
