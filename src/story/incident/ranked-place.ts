import type { Claim, IncidentPlace } from '../../core/model.js';
import { nameKey } from '../entities/names.js';
import { placeCandidates, type PlaceCandidate, type PlaceReading } from './place-candidates.js';
import { bestCandidate, type FieldRanker, type IncidentFieldModel } from './ranker.js';

// The incident's place as the trained ranker chooses it among the towns the reports name, or none
// (place-candidates.ts); the rules' choice (where.ts: storyPlace) is one of its features, and stands
// where there is no model. A town chosen over the rules' keeps the rules' versions as alternatives.

/** The ranker's choice among the candidates (undefined when there are none). */
export function chooseFrom(ranker: FieldRanker, candidates: readonly PlaceCandidate[]): PlaceCandidate | undefined {
  return bestCandidate(ranker, candidates);
}

export function rankedPlace(ruled: IncidentPlace | undefined, readings: readonly PlaceReading[], model: IncidentFieldModel | undefined): IncidentPlace | undefined {
  const ranker = model?.fields.place;
  if (!ranker) return ruled;
  const best = chooseFrom(ranker, placeCandidates(readings, ruled));
  if (!best || best.value === undefined) return undefined;
  if (ruled && nameKey(ruled.name) === nameKey(best.value)) return ruled;
  // the rules' versions that name other towns stay as the alternatives a reader sees (not a section of the chosen town)
  const same = (c: Claim) => c.value !== undefined && best.keys.includes(nameKey(String(c.value)));
  const others = (ruled?.claims ?? []).filter((c) => !same(c));
  const sources = new Set(best.claims.map((c) => c.article)).size;
  const claims = [...best.claims, ...others];
  return {
    name: best.value,
    status: others.length ? 'conflict' : sources > 1 ? 'agreed' : 'single',
    claims,
    ...(best.geo ? { geo: best.geo } : {}),
  };
}
