import type { ArticleId, Derivation } from '../../core/model.js';

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
