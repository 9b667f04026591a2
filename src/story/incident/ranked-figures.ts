import type { IncidentAlternative, IncidentFigure } from '../../core/model.js';
import { figureCandidates, type ArticleReading, type FigureCandidate } from './figure-candidates.js';
import { FIGURE_ORDER } from './figures.js';
import { bestCandidate, type IncidentFieldModel, type FigureField } from './ranker.js';

// The counts of killed and injured as the trained rankers choose them among every value the reports
// support (figure-candidates.ts); the rules' choice is one of the ranker's features, and stands where
// there is no model. A value chosen over the others keeps them as alternatives; none chosen drops
// the figure (state less: the reports' counts stay in the story's facts).

const RANKED: readonly FigureField[] = ['killed', 'injured'];

export function rankedFigures(ruled: readonly IncidentFigure[], readings: readonly ArticleReading[], model: IncidentFieldModel | undefined): IncidentFigure[] {
  if (!model) return [...ruled];
  let out = [...ruled];
  for (const field of RANKED) {
    const ranker = model.fields[field];
    if (!ranker) continue;
    const current = out.find((f) => f.category === field);
    const killed = out.find((f) => f.category === 'killed')?.value ?? 0;
    const best = bestCandidate(ranker, figureCandidates(field, readings, current?.value ?? 0, killed));
    if (!best || best.value === (current?.value ?? 0)) continue;
    out = out.filter((f) => f !== current);
    if (best.value > 0) out.push(chosenFigure(field, best, current));
  }
  return out.sort((a, b) => FIGURE_ORDER.indexOf(a.category) - FIGURE_ORDER.indexOf(b.category));
}

/** The figure of the chosen value: the rules' versions that differ from it become its alternatives. */
function chosenFigure(field: FigureField, best: FigureCandidate, ruled: IncidentFigure | undefined): IncidentFigure {
  const versions: IncidentAlternative[] = ruled ? [{ value: ruled.value, qualifier: ruled.qualifier, claims: ruled.claims }, ...(ruled.alternatives ?? [])] : [];
  const chosen = versions.find((v) => v.value === best.value);
  const alternatives = versions.filter((v) => v !== chosen);
  const claims = chosen ? [...chosen.claims, ...best.claims.filter((c) => !chosen.claims.some((x) => x.article === c.article && x.start === c.start))] : best.claims;
  const sources = new Set(claims.map((c) => c.article)).size;
  return {
    category: field,
    value: best.value,
    qualifier: chosen?.qualifier ?? best.claims[0]?.qualifier ?? 'exact',
    status: alternatives.length ? 'conflict' : sources > 1 ? 'agreed' : 'single',
    claims,
    ...(alternatives.length ? { alternatives } : {}),
  };
}
