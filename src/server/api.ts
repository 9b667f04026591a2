import type { ServerResponse } from 'node:http';
import { CSV_TABLES, EXPORT_FORMATS, exporterFor, isCsvTable, isExportFormat } from '../export/index.js';
import type { ArticleId, StoryId } from '../core/model.js';
import type { Regroup, Store, StorySummary } from '../store/index.js';
import { incrementalRegroup, ingest, type Analyzer } from '../app/index.js';
import { createStoryContext } from '../story/context.js';
import { readStory } from '../story/reading.js';
import { exportInput } from '../export/from-store.js';
import type { ArticleResponse, IngestResponse, SearchResponse, StoryListResponse, StoryResponse } from './api-types.js';
import { HttpError, readBody, sendJson, sendRedirect } from './http.js';
import { actorNetwork } from '../story/network.js';
import { buildBrief } from '../render/brief.js';
import { Router, type RequestContext } from './router.js';
import { draftsFromBody, type UploadMeta } from './upload.js';

// The JSON API of DESIGN.md under /api/: stories, one story, one article, search, ingest, export.

export interface ApiOptions {
  store: Store;
  /** What analyses the articles of POST /api/articles (worker threads: never the event loop). */
  analyzer: Analyzer;
  maxBodyBytes: number;
}

export const LIMITS = {
  stories: { default: 50, max: 500 },
  search: { default: 20, max: 200 },
  /** Search hits read to find the stories a `q` matches. */
  storyMatches: 1000,
} as const;

/** Ids are content hashes and short codes: anything else cannot name a stored record. */
const ID = /^[A-Za-z0-9._~-]{1,128}$/;

export function apiRouter(options: ApiOptions): Router {
  const { store } = options;
  // Ingests run one after another: each analyses its articles and regroups the stories it touches.
  let ingestQueue: Promise<unknown> = Promise.resolve();
  // One regroup step for the server's life: its story index is built once, then follows the store.
  const regroup = incrementalRegroup(createStoryContext());

  return new Router()
    .get('/api/stories', async ({ url, res }) => {
      const limit = intParam(url, 'limit', LIMITS.stories.default, LIMITS.stories.max);
      const offset = intParam(url, 'offset', 0, Number.MAX_SAFE_INTEGER);
      const q = url.searchParams.get('q')?.trim() || undefined;
      const entity = url.searchParams.get('entity')?.trim() || undefined;
      let stories: StorySummary[], total: number;
      if (!q && !entity) {
        stories = await store.listStories({ limit, offset });
        total = (await store.counts()).stories;
      } else {
        const all = await matchingStories(store, q, entity);
        total = all.length;
        stories = all.slice(offset, offset + limit);
      }
      const body: StoryListResponse = { stories, total, limit, offset, ...(q ? { q } : {}), ...(entity ? { entity } : {}) };
      sendJson(res, 200, body);
    })
    .get('/api/stories/:id', async ({ params, url, res }) => {
      const id = idParam(params['id'], 'story');
      const story = await store.getStory(id as StoryId);
      if (!story) throw new HttpError(404, 'not-found', `no story '${id}'`);
      // Story ids change as stories grow or merge: an old id leads to the story that holds its articles now.
      if (story.id !== id) return sendRedirect(res, `/api/stories/${encodeURIComponent(story.id)}${url.search}`);
      const [articles, full] = await Promise.all([store.listArticles({ story: story.id }), store.getArticles(story.articles)]);
      const analysed = full.map((s) => s.article);
      // Stories stored before the network became a story layer have none: it is built from their articles.
      const body: StoryResponse = { story, articles, network: story.network ?? actorNetwork(story, analysed), brief: buildBrief(story, analysed) };
      sendJson(res, 200, body);
    })
    .get('/api/articles/:id', async ({ params, res }) => {
      const id = idParam(params['id'], 'article');
      const stored = await store.getArticle(id as ArticleId);
      if (!stored) throw new HttpError(404, 'not-found', `no article '${id}'`);
      const story = stored.story ? await store.getStory(stored.story) : undefined;
      const links = (story?.links ?? []).filter((l) => l.article === stored.article.id && l.kind === 'mention')
        .map((l) => ({ start: l.start, end: l.end, entity: l.entity as string }));
      const named = new Set(links.map((l) => l.entity));
      const body: ArticleResponse = {
        // Its dates as its story reads them (a year or reference day lent by another report), as the brief has them.
        article: story ? { ...stored.article, dates: [...readStory(story).dates(stored.article)] } : stored.article,
        links,
        ingestedAt: stored.ingestedAt,
        ...(story ? { story: { id: story.id, title: story.title } } : {}),
        entities: (story?.entities ?? []).filter((e) => named.has(e.id)).map((e) => ({ id: e.id, name: e.name, type: e.type })),
      };
      sendJson(res, 200, body);
    })
    .get('/api/search', async ({ url, res }) => {
      const q = url.searchParams.get('q')?.trim();
      if (!q) throw new HttpError(400, 'missing-parameter', 'q is needed: words (all must occur), "phrases", prefix*');
      const limit = intParam(url, 'limit', LIMITS.search.default, LIMITS.search.max);
      const offset = intParam(url, 'offset', 0, Number.MAX_SAFE_INTEGER);
      const story = url.searchParams.get('story')?.trim();
      const hits = await store.search(q, { limit, offset, ...(story ? { story: story as StoryId } : {}) });
      const body: SearchResponse = { q, hits, limit, offset };
      sendJson(res, 200, body);
    })
    .post('/api/articles', async (c) => {
      const run = ingestQueue.then(() => ingestBody(c, options, regroup));
      ingestQueue = run.catch(() => undefined);
      await run;
    })
    .get('/api/export', async ({ url, res }) => {
      const format = url.searchParams.get('format') ?? '';
      if (!isExportFormat(format)) {
        throw new HttpError(400, format ? 'bad-parameter' : 'missing-parameter', `format must be one of ${EXPORT_FORMATS.join(', ')}${format ? ` (not '${format}')` : ''}`);
      }
      // CSV writes one table per file: articles unless &table=incidents.
      const table = url.searchParams.get('table') ?? undefined;
      if (table !== undefined && (format !== 'csv' || !isCsvTable(table))) {
        throw new HttpError(400, 'bad-parameter', format === 'csv' ? `table must be one of ${CSV_TABLES.join(', ')} (not '${table}')` : 'table goes with format=csv only');
      }
      const storyParam = url.searchParams.get('story')?.trim();
      let storyId: StoryId | undefined;
      if (storyParam) {
        const story = ID.test(storyParam) ? await store.getStory(storyParam as StoryId) : undefined;
        if (!story) throw new HttpError(404, 'not-found', `no story '${storyParam}'`);
        storyId = story.id;
      }
      const input = (await exportInput(store, storyId))!;
      const exporter = exporterFor(format, table);
      res.writeHead(200, {
        'Content-Type': exporter.mediaType,
        'Content-Disposition': `attachment; filename="corroborate-${storyId ?? 'all'}.${exporter.extension}"`,
        'Cache-Control': 'no-store',
      });
      await stream(res, exporter.write(input));
    });
}

/** Stories whose articles match the full-text query `q` (or that name an entity spelled `q`), and name `entity`. */
async function matchingStories(store: Store, q: string | undefined, entity: string | undefined): Promise<StorySummary[]> {
  let ids: Set<string> | undefined;
  if (q) {
    const named = (await store.listStories({ entity: q })).map((s) => s.id as string);
    const hits = await store.search(q, { limit: LIMITS.storyMatches });
    ids = new Set([...named, ...hits.map((h) => h.article.story).filter((s) => s !== undefined)]);
  }
  if (entity) {
    const naming = (await store.listStories({ entity })).map((s) => s.id as string);
    if (!ids) return store.listStories({ entity });
    const keep = new Set(naming);
    ids = new Set([...ids].filter((id) => keep.has(id)));
  }
  const order = [...(ids ?? [])];
  if (order.length === 0) return [];
  const byId = new Map((await store.listStories()).map((s) => [s.id as string, s]));
  return order.map((id) => byId.get(id)).filter((s): s is StorySummary => s !== undefined);
}

async function ingestBody({ req, res, url }: RequestContext, options: ApiOptions, regroup: Regroup): Promise<void> {
  const body = await readBody(req, options.maxBodyBytes);
  const meta: UploadMeta = {};
  for (const key of ['origin', 'source', 'title', 'published', 'url'] as const) {
    const value = url.searchParams.get(key);
    if (value !== null) meta[key] = value;
  }
  const diagnostics: IngestResponse['diagnostics'] = [];
  const drafts = draftsFromBody(body, req.headers['content-type'], meta, diagnostics, { maxDecodedBytes: 8 * options.maxBodyBytes });
  const verbose = url.searchParams.get('verbose') === '1';
  const shown = () => diagnostics.filter((d) => verbose || d.level !== 'info');
  if (drafts.length === 0) {
    const errors = shown().filter((d) => d.level === 'error');
    // a few reasons, not all: a body of a million bad records must not answer with megabytes
    const why = errors.slice(0, 5).map((d) => d.message).join('; ') + (errors.length > 5 ? `; and ${errors.length - 5} more` : '');
    throw new HttpError(422, 'no-article', `no article could be read from the body${why ? `: ${why}` : ''}`);
  }
  const summary = await ingest(options.store, drafts, { pool: options.analyzer, regroup });
  if (summary.failed.length === drafts.length) {
    throw new HttpError(422, 'not-analysed', summary.failed.map((f) => f.diagnostic.message).join('; '));
  }
  diagnostics.push(...summary.diagnostics);
  const added: IngestResponse['added'] = [];
  for (const event of summary.added) {
    const stored = await options.store.getArticle(event.id);
    const a = stored?.article;
    added.push({
      id: event.id, origin: event.origin, source: a?.source ?? { name: event.origin },
      ...(a?.title ? { title: a.title } : {}), ...(stored?.story ? { story: stored.story } : {}),
    });
  }
  const response: IngestResponse = {
    added,
    duplicates: summary.duplicates.map((d) => ({ id: d.id, origin: d.origin, ...(d.duplicateOf ? { duplicateOf: d.duplicateOf } : {}) })),
    storiesChanged: summary.storiesChanged,
    diagnostics: shown(),
  };
  sendJson(res, added.length ? 201 : 200, response);
}

/** Writes chunks as the client takes them (waits for 'drain'), so a large export never piles up in memory. */
async function stream(res: ServerResponse, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => { res.off('drain', done).off('close', done); resolve(); };
        res.on('drain', done).on('close', done);
      });
    }
  }
  res.end();
}

function intParam(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new HttpError(400, 'bad-parameter', `${name} must be a whole number ≥ 0, not '${raw}'`);
  return Math.min(Number(raw), max);
}

function idParam(value: string | undefined, what: string): string {
  if (value === undefined || !ID.test(value)) throw new HttpError(404, 'not-found', `no ${what} '${value ?? ''}'`);
  return value;
}
