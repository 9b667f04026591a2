import type { Article, ArticleId } from '../../core/model.js';
import { bandKeys } from '../../analyze/copies/lsh.js';
import { articleFingerprint, type NearCopy } from '../../analyze/copies/near-copies.js';
import { closestCopied, type StoredFingerprint } from '../near-copies.js';
import type { Db } from './db.js';

// Near-copies in the PostgreSQL store, as in the SQLite one (../near-copies.ts): each article's MinHash
// fingerprint and LSH band keys are kept, so a new article finds what it may copy by one indexed lookup.

export const NEAR_COPY_TABLES = `
  CREATE TABLE article_fingerprints (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id),
    minhash    TEXT NOT NULL,                      -- JSON number[]: the MinHash signature of the running text
    shingles   INTEGER NOT NULL
  );
  CREATE TABLE article_bands (
    band       TEXT COLLATE "C" NOT NULL,          -- one LSH band of the signature: articles sharing one are candidates
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id)
  );
  CREATE INDEX article_bands_band ON article_bands(band);
  CREATE TABLE near_copies (                       -- a stored article that copies an earlier one: one source, not two
    article_id  TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id),
    original_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id),
    similarity  DOUBLE PRECISION NOT NULL
  );
  CREATE INDEX near_copies_original ON near_copies(original_id);
`;

/** Fingerprints a newly stored article, indexes its bands and links it to the original it copies, if any (inside the caller's transaction). */
export async function linkNearCopy(db: Db, a: Pick<Article, 'id' | 'text' | 'segments' | 'published'>): Promise<NearCopy | undefined> {
  const f = articleFingerprint(a);
  const bands = bandKeys(f);
  const best = bands.length ? closestCopied(f, (await db.query<StoredFingerprint>(`SELECT DISTINCT f.article_id AS id, f.minhash, f.shingles
    FROM article_bands b JOIN article_fingerprints f ON f.article_id = b.article_id WHERE b.band = ANY($1) AND b.article_id <> $2`, [bands, a.id])).rows) : undefined;
  await db.query(`INSERT INTO article_fingerprints (article_id, minhash, shingles) VALUES ($1, $2, $3)
    ON CONFLICT (article_id) DO UPDATE SET minhash = excluded.minhash, shingles = excluded.shingles`, [a.id, JSON.stringify(f.minhash), f.shingles]);
  if (bands.length) await db.query('INSERT INTO article_bands (band, article_id) SELECT unnest($1::text[]), $2', [bands, a.id]);
  if (!best) return undefined;
  const original = (await db.query<{ original_id: ArticleId }>('SELECT original_id FROM near_copies WHERE article_id = $1', [best.id])).rows[0]?.original_id ?? best.id;
  await db.query(`INSERT INTO near_copies (article_id, original_id, similarity) VALUES ($1, $2, $3)
    ON CONFLICT (article_id) DO UPDATE SET original_id = excluded.original_id, similarity = excluded.similarity`, [a.id, original, best.similarity]);
  return { article: a.id, original, similarity: best.similarity };
}

/** The stored near-copy links of these articles (those that copy another). */
export async function nearCopiesOf(db: Db, ids: readonly ArticleId[]): Promise<Map<ArticleId, NearCopy>> {
  const rows = (await db.query<{ article_id: ArticleId; original_id: ArticleId; similarity: number }>(
    'SELECT article_id, original_id, similarity FROM near_copies WHERE article_id = ANY($1)', [ids])).rows;
  return new Map(rows.map((r) => [r.article_id, { article: r.article_id, original: r.original_id, similarity: r.similarity }]));
}
