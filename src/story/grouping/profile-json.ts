// A grouping profile as JSON, for the stores' index tables. Maps become arrays of pairs, not objects:
// an object would reorder numeric keys ("2019" before "june"), and the order of a vector's terms is the
// order its dot products add up in, so a profile read back scores exactly as the one written.
import type { ArticleProfile } from './profile.js';

const WEIGHTS = ['words', 'wordWeights', 'lead', 'names', 'nameWeights', 'personWeights', 'numbers', 'calendar', 'events'] as const;
const SETS = ['forms', 'years', 'months', 'ages'] as const;

export function profileToJson(p: ArticleProfile): string {
  const out: Record<string, unknown> = { days: p.days, keys: p.keys, places: { places: p.places.places, states: [...p.places.states] } };
  if (p.published !== undefined) out.published = p.published;
  for (const k of WEIGHTS) out[k] = [...p[k]];
  for (const k of SETS) out[k] = [...p[k]];
  return JSON.stringify(out);
}

export function profileFromJson(json: string): ArticleProfile {
  const o = JSON.parse(json) as Record<string, unknown>;
  const places = o.places as { places: ArticleProfile['places']['places']; states: string[] };
  const out: Record<string, unknown> = { days: o.days, keys: o.keys, places: { places: places.places, states: new Set(places.states) } };
  if (o.published !== undefined) out.published = o.published;
  for (const k of WEIGHTS) out[k] = new Map(o[k] as [string, number][]);
  for (const k of SETS) out[k] = new Set(o[k] as string[]);
  return out as unknown as ArticleProfile;
}
