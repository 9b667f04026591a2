import type { Claim, FactStatus } from '../../core/model.js';

// How one field of the incident record stands across sources: each article gives at most one version
// (its value, with the claims it rests on); versions that agree are counted together, by distinct article.

export interface Version<V> {
  value: V;
  /** The article's publication day, when known: a later report wins a tie (a toll that grew, a victim named later). */
  asOf?: string;
  /** The version rests on an official's words (police said, the coroner said): it wins a tie. */
  official?: boolean;
  claims: Claim[];
}

export interface Agreement<V> {
  value: V;
  status: FactStatus;
  claims: Claim[];
  /** The other versions, best supported first (conflict only). */
  alternatives: { value: V; claims: Claim[] }[];
}

/**
 * The best-supported value of a field and its status: agreed when two or more articles give it and no
 * article gives another, single when one article gives it alone, conflict otherwise. The value is the
 * one most articles give; ties go to the one an official stated, then to the latest report (a toll
 * that grew), or with `tie` 'earlier' to the earliest (a date: the first reports stand nearest the event);
 * `prefer`, when given, orders tied values before the reports' dates do (negative: `a` first).
 */
export function agreement<V>(versions: readonly Version<V>[], key: (v: V) => string = String, tie: 'later' | 'earlier' = 'later', prefer?: (a: V, b: V) => number): Agreement<V> | undefined {
  const groups = new Map<string, { value: V; articles: Set<string>; official: boolean; latest: string; earliest: string; claims: Claim[] }>();
  for (const v of versions) {
    const k = key(v.value);
    const g = groups.get(k) ?? { value: v.value, articles: new Set<string>(), official: false, latest: '', earliest: '9999', claims: [] };
    for (const c of v.claims) g.articles.add(c.article);
    g.official ||= !!v.official;
    if ((v.asOf ?? '') > g.latest) g.latest = v.asOf!;
    if (v.asOf && v.asOf < g.earliest) g.earliest = v.asOf;
    g.claims.push(...v.claims);
    groups.set(k, g);
  }
  const ranked = [...groups.values()].sort((a, b) => b.articles.size - a.articles.size || Number(b.official) - Number(a.official) || (prefer?.(a.value, b.value) ?? 0) || (tie === 'later' ? b.latest.localeCompare(a.latest) : a.earliest.localeCompare(b.earliest)));
  const best = ranked[0];
  if (!best) return undefined;
  const sources = new Set(ranked.flatMap((g) => [...g.articles])).size;
  const status: FactStatus = ranked.length > 1 ? 'conflict' : sources > 1 ? 'agreed' : 'single';
  return { value: best.value, status, claims: best.claims, alternatives: ranked.slice(1).map((g) => ({ value: g.value, claims: g.claims })) };
}
