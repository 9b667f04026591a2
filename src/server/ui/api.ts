import type {
  ArticleResponse, ErrorResponse, IngestResponse, SearchResponse, StoryListResponse, StoryResponse,
} from '../api-types.js';

// The browser's side of the HTTP API: one function per route, errors as ApiError with the server's code.

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => undefined)) as (T & Partial<ErrorResponse>) | undefined;
  if (!response.ok) {
    const error = body?.error;
    throw new ApiError(response.status, error?.code ?? 'http', error?.message ?? `${response.status} ${response.statusText}`);
  }
  return body as T;
}

const get = async <T>(path: string): Promise<T> => json<T>(await fetch(path, { headers: { Accept: 'application/json' } }));

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  stories: (p: { q?: string; limit?: number; offset?: number } = {}) => get<StoryListResponse>(`/api/stories${query(p)}`),
  story: (id: string) => get<StoryResponse>(`/api/stories/${encodeURIComponent(id)}`),
  article: (id: string) => get<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`),
  search: (q: string, limit = 20) => get<SearchResponse>(`/api/search${query({ q, limit })}`),
  async ingest(body: string | Blob, contentType: string, meta: Record<string, string | undefined> = {}): Promise<IngestResponse> {
    return json<IngestResponse>(await fetch(`/api/articles${query(meta)}`, { method: 'POST', headers: { 'Content-Type': contentType }, body }));
  },
  exportUrl: (format: string, story?: string, table?: string) => `/api/export${query({ format, story, table })}`,
};
