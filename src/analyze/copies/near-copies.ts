import type { Article, ArticleId } from '../../core/model.js';
import { createLshIndex } from './lsh.js';
import { estimatedContainment, fingerprintOf, type Fingerprint } from './minhash.js';
import { reportWords, shingleSet } from './shingles.js';
import { COPY_CONTAINMENT } from './thresholds.js';

// Near-copies in a batch of articles (analyze) or against a store (ingest): the same report under
// a new headline, with a cut ending, an added paragraph or other boilerplate. Content addressing
// already folds identical texts; this finds the ones a single changed character hides.

/** A near-copy and the article it copies (the earliest published of those it matches). */
export interface NearCopy {
  article: ArticleId;
  original: ArticleId;
  /** Estimated share of the shorter text's word sequences the longer one holds, in [0, 1]. */
  similarity: number;
}

/** The fingerprint of an article's running text. */
export function articleFingerprint(article: Pick<Article, 'text' | 'segments'>): Fingerprint {
  return fingerprintOf(shingleSet(reportWords(article)));
}

/** Fewest word sequences a text must have to be called a copy: a two-line brief says too little to tell. */
export const MIN_SHINGLES = 20;

/** Whether two fingerprints are one report (estimated containment at or over the tuned threshold). */
export function isNearCopy(a: Fingerprint, b: Fingerprint, threshold = COPY_CONTAINMENT): number | undefined {
  if (a.shingles < MIN_SHINGLES || b.shingles < MIN_SHINGLES) return undefined;
  const c = estimatedContainment(a, b);
  return c >= threshold ? c : undefined;
}

/** Which comes first as the likely original: the earlier publication date, then the earlier in input order. */
export function earlier(a: { published?: string | undefined; order: number }, b: { published?: string | undefined; order: number }): boolean {
  if (a.published && b.published && a.published.slice(0, 10) !== b.published.slice(0, 10)) return a.published < b.published;
  return a.order < b.order;
}

/**
 * The near-copies among `articles`: each article is looked up in a banding index of those before it
 * (near-linear), candidates are checked on their estimated containment, and a copy links to the
 * original of the article it matches best (a copy of a copy links to the first report).
 */
export function findNearCopies(articles: readonly Pick<Article, 'id' | 'text' | 'segments' | 'published'>[], threshold = COPY_CONTAINMENT): NearCopy[] {
  const ordered = articles.map((a, order) => ({ a, order, f: articleFingerprint(a) }))
    .sort((x, y) => (earlier({ published: x.a.published, order: x.order }, { published: y.a.published, order: y.order }) ? -1 : 1));
  const index = createLshIndex<number>();
  const originalOf = new Map<ArticleId, ArticleId>();
  const out: NearCopy[] = [];
  ordered.forEach((x, i) => {
    let best: { id: ArticleId; similarity: number } | undefined;
    for (const j of index.candidates(x.f)) {
      const y = ordered[j]!;
      if (y.a.id === x.a.id) continue;
      const similarity = isNearCopy(x.f, y.f, threshold);
      if (similarity !== undefined && (!best || similarity > best.similarity)) best = { id: y.a.id, similarity };
    }
    if (best) {
      const original = originalOf.get(best.id) ?? best.id;
      originalOf.set(x.a.id, original);
      out.push({ article: x.a.id, original, similarity: best.similarity });
    }
    index.add(i, x.f);
  });
  return out;
}
