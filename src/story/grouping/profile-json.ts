// A grouping profile as JSON, for the stores' index tables. The order of a vector's terms is the order
// its dot products add up in, so a profile read back must list them as written: maps are kept as
// arrays (an object would put numeric keys such as "2019" before "june"), never as objects.
//
// Reading profiles is most of what a new article costs in a large store (each is scored against up
// to 300 stored candidates, mostly not in the cache), so the format is the one that parses fastest:
// each map is two flat arrays (terms, then weights) rather than an array of pairs, and `words` and
// `names`, which are `unit(wordWeights)` and `unit(nameWeights)` whenever those give them back
// exactly, are computed again rather than stored. Version 1 (pairs, every map) is still read.
import type { ArticleProfile } from './profile.js';
import { unit, type Weights } from './vectors.js';

/** Maps stored as they are. */
const STORED = ['wordWeights', 'lead', 'nameWeights', 'personWeights', 'numbers', 'calendar', 'events'] as const;
/** Maps that are the unit vector of another, when they are exactly that. */
const DERIVED = [['words', 'wordWeights'], ['names', 'nameWeights']] as const;
const SETS = ['forms', 'years', 'months', 'ages', 'streets'] as const;
/** Version 1 stored every map, as pairs. */
const V1_WEIGHTS = ['words', 'wordWeights', 'lead', 'names', 'nameWeights', 'personWeights', 'numbers', 'calendar', 'events'] as const;

type Columns = [string[], number[]];

export function profileToJson(p: ArticleProfile): string {
  const out: Record<string, unknown> = { v: 2, days: p.days, keys: p.keys, places: { places: p.places.places, states: [...p.places.states] } };
  if (p.published !== undefined) out.published = p.published;
  for (const k of STORED) out[k] = columns(p[k]);
  // Written only when it is not what reading would compute (a profile built by other means).
  for (const [k, from] of DERIVED) if (!sameVector(p[k], unit(p[from]))) out[k] = columns(p[k]);
  for (const k of SETS) out[k] = [...p[k]];
  return JSON.stringify(out);
}

export function profileFromJson(json: string): ArticleProfile {
  const o = JSON.parse(json) as Record<string, unknown>;
  const places = o.places as { places: ArticleProfile['places']['places']; states: string[] };
  const out: Record<string, unknown> = { days: o.days, keys: o.keys, places: { places: places.places, states: new Set(places.states) } };
  if (o.published !== undefined) out.published = o.published;
  if (o.v === 2) {
    for (const k of STORED) out[k] = fromColumns(o[k] as Columns);
    for (const [k, from] of DERIVED) out[k] = o[k] ? fromColumns(o[k] as Columns) : unit(out[from] as Weights);
  } else for (const k of V1_WEIGHTS) out[k] = new Map(o[k] as [string, number][]);
  // (a profile stored before streets were read has none: no evidence either way)
  for (const k of SETS) out[k] = new Set((o[k] ?? []) as string[]);
  return out as unknown as ArticleProfile;
}

function columns(v: Weights): Columns {
  return [[...v.keys()], [...v.values()]];
}

function fromColumns([terms, weights]: Columns): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) out.set(terms[i]!, weights[i]!);
  return out;
}

/** The same terms in the same order with the same weights (bit for bit). */
function sameVector(a: Weights, b: Weights): boolean {
  if (a.size !== b.size) return false;
  const other = b.entries();
  for (const [t, w] of a) {
    const [u, x] = other.next().value!;
    if (t !== u || !Object.is(w, x)) return false;
  }
  return true;
}
