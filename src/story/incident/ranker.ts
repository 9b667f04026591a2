import { existsSync, readFileSync } from 'node:fs';

// Choosing a field's value among its candidates with a trained linear ranker (a conditional logit:
// P(candidate) ∝ exp(Σ weight · feature), over the candidates of one field of one story). The weights
// are fitted on incidents coded by hand (scripts/incident/train-fields.ts, models/incident-fields.json);
// the features (figure-candidates.ts) say how the reports support a value, never what the value is.

/** The incident's counts a ranker chooses (figure-candidates.ts). */
export type FigureField = 'killed' | 'injured';
/** The incident fields a ranker chooses: the counts, the day (date-candidates.ts) and the place (place-candidates.ts). */
export type RankedField = FigureField | 'date' | 'place';

export interface FieldRanker {
  /** Weight of each named feature; a feature the ranker does not know weighs nothing. */
  weights: Readonly<Record<string, number>>;
}

export interface IncidentFieldModel {
  fields: Partial<Record<RankedField, FieldRanker>>;
}

/** A value that may be chosen, with what the reports say for it. */
export interface Candidate<V> {
  value: V;
  features: Readonly<Record<string, number>>;
}

/** Where scripts/incident/train-fields.ts writes the model: models/incident-fields.json at the repository root. */
export const DEFAULT_INCIDENT_MODEL = new URL('../../../../models/incident-fields.json', import.meta.url);

/** Reads the model; undefined when the file is not there (the fields keep their rule-based value). */
export function loadIncidentModel(path: string | URL = DEFAULT_INCIDENT_MODEL): IncidentFieldModel | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as IncidentFieldModel;
}

export function candidateScore(ranker: FieldRanker, features: Readonly<Record<string, number>>): number {
  let z = 0;
  for (const [name, x] of Object.entries(features)) z += (ranker.weights[name] ?? 0) * x;
  return z;
}

/** The best-scoring candidate (the first of tied ones), or undefined when there is none. */
export function bestCandidate<C extends Candidate<unknown>>(ranker: FieldRanker, candidates: readonly C[]): C | undefined {
  let best: C | undefined, top = -Infinity;
  for (const c of candidates) {
    const z = candidateScore(ranker, c.features);
    if (z > top) { top = z; best = c; }
  }
  return best;
}
