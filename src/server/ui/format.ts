// Small formatting helpers shared by the views.

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function dateRange(first?: string, last?: string): string {
  if (!first) return 'undated';
  return !last || first === last ? first : `${first} – ${last}`;
}

/**
 * The browser's copy of src/render/format.ts clip() (same behaviour): the UI is served as static ES
 * modules and cannot import from outside server/ui.
 */
export function clip(text: string, n: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function signed(score: number): string {
  return `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score).toFixed(2)}`;
}

/** Hash routes: #/ (stories, ?q=), #/story/ID, #/article/ID (?at=start-end marks a claim). */
export const routes = {
  home: (q?: string) => (q ? `#/?q=${encodeURIComponent(q)}` : '#/'),
  story: (id: string) => `#/story/${encodeURIComponent(id)}`,
  article: (id: string, at?: { start: number; end: number }) => `#/article/${encodeURIComponent(id)}${at ? `?at=${at.start}-${at.end}` : ''}`,
};

export type Route = { view: 'list'; q?: string } | { view: 'story'; id: string } | { view: 'article'; id: string; at?: { start: number; end: number } };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map((p) => { try { return decodeURIComponent(p); } catch { return p; } });
  if (parts[0] === 'story' && parts[1]) return { view: 'story', id: parts[1] };
  if (parts[0] === 'article' && parts[1]) {
    const m = /^(\d+)-(\d+)$/.exec(params.get('at') ?? '');
    return m ? { view: 'article', id: parts[1], at: { start: Number(m[1]), end: Number(m[2]) } } : { view: 'article', id: parts[1] };
  }
  const q = params.get('q')?.trim();
  return q ? { view: 'list', q } : { view: 'list' };
}
