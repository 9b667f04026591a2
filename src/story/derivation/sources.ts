import type { AnalyzedArticle, ArticleId, Derivation } from '../../core/model.js';

// Independent sources: an article and everything that copies or rewrites it (directly or through
// another copy) are one source. Support counts count these, never articles.

/** The independent source of each article: the first report of its chain (itself when it derives from none). */
export function sourceOf(derivation: readonly Derivation[]): (article: string) => string {
  const from = new Map<string, string>(derivation.map((d) => [d.article, d.from]));
  return (article) => {
    let at = article;
    for (let steps = 0; from.has(at) && steps <= from.size; steps++) at = from.get(at)!;
    return at;
  };
}

/** How many independent sources the articles are. */
export function countSources(articles: Iterable<string>, source: (article: string) => string): number {
  const roots = new Set<string>();
  for (const a of articles) roots.add(source(a));
  return roots.size;
}

/** The articles that derive from another (the incident record and support counts read the others). */
export function derivedArticles(derivation: readonly Derivation[]): ReadonlySet<ArticleId> {
  return new Set(derivation.map((d) => d.article));
}

/**
 * One report for each independent source, in the given order: the original, unless a report of the
 * source came out on a later day (an updated version that keeps the first report's text and adds the
 * toll since is what the source says now). Same-day copies leave the original: it is named, not them.
 */
export function oneReportPerSource<A extends Pick<AnalyzedArticle, 'id' | 'published' | 'text'>>(articles: readonly A[], derivation: readonly Derivation[]): A[] {
  if (!derivation.length) return [...articles];
  const source = sourceOf(derivation);
  const best = new Map<string, A>();
  for (const a of articles) {
    const key = source(a.id), held = best.get(key);
    const day = (x: A) => x.published?.slice(0, 10) ?? '';
    if (!held || day(a) > day(held) || (day(a) === day(held) && a.id === key)) best.set(key, a);
  }
  const kept = new Set(best.values());
  return articles.filter((a) => kept.has(a));
}
