import type { Database } from 'better-sqlite3';
import type { Article, ArticleId } from '../core/model.js';
import { bandKeys } from '../analyze/copies/lsh.js';
import { articleFingerprint, isNearCopy, type NearCopy } from '../analyze/copies/near-copies.js';
import type { Fingerprint } from '../analyze/copies/minhash.js';

// Near-copies in the SQLite store: each article's MinHash fingerprint and its LSH band keys are kept,
// so a new article finds the stored ones it may copy by one indexed lookup per band (work in
// proportion to the article, not to the store), and a copy keeps a link to its original across runs.

export const NEAR_COPY_TABLES = `
  CREATE TABLE article_fingerprints (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    minhash    TEXT NOT NULL,                      -- JSON number[]: the MinHash signature of the running text
    shingles   INTEGER NOT NULL
  );
  CREATE TABLE article_bands (
    band       TEXT NOT NULL,                      -- one LSH band of the signature: articles sharing one are candidates
    article_id TEXT NOT NULL REFERENCES articles(id)
  );
  CREATE INDEX article_bands_band ON article_bands(band);
  CREATE TABLE near_copies (                       -- a stored article that copies an earlier one: one source, not two
    article_id  TEXT PRIMARY KEY REFERENCES articles(id),
    original_id TEXT NOT NULL REFERENCES articles(id),
    similarity  REAL NOT NULL
  );
  CREATE INDEX near_copies_original ON near_copies(original_id);
`;

/**
 * Fingerprints a newly stored article, indexes its bands and, when it copies an article stored before
 * it, links it to that article's original. Runs inside the caller's transaction; returns the link.
 */
export function linkNearCopy(db: Database, a: Pick<Article, 'id' | 'text' | 'segments' | 'published'>): NearCopy | undefined {
  const f = articleFingerprint(a);
  const bands = bandKeys(f);
  const best = bands.length ? closestCopied(f, db.prepare(`SELECT DISTINCT f.article_id AS id, f.minhash, f.shingles FROM article_bands b
      JOIN article_fingerprints f ON f.article_id = b.article_id WHERE b.band IN (SELECT value FROM json_each(?)) AND b.article_id <> ?`)
      .all(JSON.stringify(bands), a.id) as StoredFingerprint[]) : undefined;
  db.prepare('INSERT OR REPLACE INTO article_fingerprints (article_id, minhash, shingles) VALUES (?, ?, ?)').run(a.id, JSON.stringify(f.minhash), f.shingles);
  const addBand = db.prepare('INSERT INTO article_bands (band, article_id) VALUES (?, ?)');
  for (const band of bands) addBand.run(band, a.id);
  if (!best) return undefined;
  const original = ((db.prepare('SELECT original_id FROM near_copies WHERE article_id = ?').pluck().get(best.id) as ArticleId | undefined) ?? best.id);
  db.prepare('INSERT OR REPLACE INTO near_copies (article_id, original_id, similarity) VALUES (?, ?, ?)').run(a.id, original, best.similarity);
  return { article: a.id, original, similarity: best.similarity };
}

/** A fingerprint as the stores keep it: the signature as JSON. */
export interface StoredFingerprint { id: ArticleId; minhash: string; shingles: number }

/** The candidate that `f` copies most closely, if it copies any (every store backend decides the same way). */
export function closestCopied(f: Fingerprint, candidates: readonly StoredFingerprint[]): { id: ArticleId; similarity: number } | undefined {
  let best: { id: ArticleId; similarity: number } | undefined;
  for (const c of candidates) {
    const similarity = isNearCopy(f, { minhash: JSON.parse(c.minhash) as number[], shingles: c.shingles } satisfies Fingerprint);
    if (similarity !== undefined && (!best || similarity > best.similarity)) best = { id: c.id, similarity };
  }
  return best;
}

/** The stored near-copy links of these articles (those that copy another). */
export function nearCopiesOf(db: Database, ids: readonly ArticleId[]): Map<ArticleId, NearCopy> {
  const rows = db.prepare(`SELECT article_id, original_id, similarity FROM near_copies WHERE article_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as { article_id: ArticleId; original_id: ArticleId; similarity: number }[];
  return new Map(rows.map((r) => [r.article_id, { article: r.article_id, original: r.original_id, similarity: r.similarity }]));
}
