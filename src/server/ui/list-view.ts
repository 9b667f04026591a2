import type { SearchHit, StorySummary } from '../api-types.js';
import { api, ApiError } from './api.js';
import { h, on } from './dom.js';
import { dateRange, plural, routes } from './format.js';

// The start page: stories, latest news first (or those matching a search, with the matching articles
// and their passages), and a form to add articles.

const PAGE = 20;

export async function listView(q: string | undefined, onAdded: () => void): Promise<HTMLElement> {
  const page = h('div', { class: 'list-page' });
  const first = await api.stories({ ...(q ? { q } : {}), limit: PAGE });
  const list = h('ul', { class: 'story-list' }, first.stories.map(storyItem));
  page.append(h('h1', null, q ? `Stories matching “${q}”` : 'Stories'),
    h('p', { class: 'meta' }, q ? `${plural(first.total, 'story', 'stories')} match.` : `${plural(first.total, 'story', 'stories')} in the store, latest news first.`));
  if (first.total === 0) {
    page.append(h('p', { class: 'empty' }, q ? 'No story matches.' : 'The store is empty: run corroborate ingest PATH, or add articles below.'));
  } else {
    page.append(list);
    let offset = first.stories.length;
    if (offset < first.total) {
      const more = on(h('button', { type: 'button', class: 'btn' }, 'More stories'), 'click', async () => {
        const next = await api.stories({ ...(q ? { q } : {}), limit: PAGE, offset });
        list.append(...next.stories.map(storyItem));
        offset += next.stories.length;
        if (offset >= next.total || next.stories.length === 0) more.remove();
      });
      page.append(h('div', { class: 'pager' }, more));
    }
  }
  if (q) {
    const found = await api.search(q, 30);
    page.append(h('h2', null, 'Articles'),
      found.hits.length ? h('ul', { class: 'hits' }, found.hits.map(hitItem)) : h('p', { class: 'empty' }, 'No article matches.'));
  }
  page.append(ingestForm(onAdded));
  return page;
}

function storyItem(s: StorySummary): HTMLElement {
  return h('li', { class: 'story-item', 'data-story': s.id },
    h('h3', null, h('a', { href: routes.story(s.id) }, s.title)),
    h('p', { class: 'meta' }, `${plural(s.articles, 'article')} · ${dateRange(s.firstPublished, s.lastPublished)} · ${s.sources.join(', ')}`),
    s.entities.length ? h('ul', { class: 'chips' }, s.entities.map((e) => h('li', { class: `chip type-${e.type}`, title: `${e.type}, ${e.count} mentions` }, e.name))) : null);
}

/** A search hit; the snippet's matched words become <mark> elements around text nodes. */
function hitItem(hit: SearchHit): HTMLElement {
  const a = hit.article;
  const snippet = h('p', { class: 'snippet' });
  let at = 0;
  for (const [start, end] of hit.highlights) {
    if (start < at || end > hit.snippet.length) continue;
    snippet.append(hit.snippet.slice(at, start), h('mark', null, hit.snippet.slice(start, end)));
    at = end;
  }
  snippet.append(hit.snippet.slice(at));
  return h('li', { class: 'hit' },
    h('a', { href: routes.article(a.id) }, a.title ?? a.origin),
    h('span', { class: 'meta' }, ` · ${a.source.name} · ${a.published ?? 'undated'}`),
    snippet,
    a.story ? h('a', { class: 'meta', href: routes.story(a.story) }, 'its story') : null);
}

/** Paste an article (plain text, with optional source and title) or pick files; they go to POST /api/articles. */
function ingestForm(onAdded: () => void): HTMLElement {
  const status = h('p', { class: 'meta', role: 'status' });
  const textarea = h('textarea', { name: 'text', placeholder: 'Paste an article’s text here', 'aria-label': 'Article text' });
  const source = h('input', { type: 'text', name: 'source', placeholder: 'Source (e.g. Harbour Wire)', 'aria-label': 'Source' });
  const title = h('input', { type: 'text', name: 'title', placeholder: 'Title', 'aria-label': 'Title' });
  const files = h('input', { type: 'file', multiple: true, accept: '.txt,.html,.htm,.jsonl,.json,.rss,.atom,.xml', 'aria-label': 'Article files' });
  const say = (text: string, error = false) => { status.textContent = text; status.className = error ? 'error' : 'meta'; };

  const send = async (body: string | Blob, type: string, meta: Record<string, string | undefined>) => {
    const r = await api.ingest(body, type, meta);
    return { added: r.added.length, duplicates: r.duplicates.length, problems: r.diagnostics.filter((d) => d.level === 'error').length };
  };
  const form = on(h('form', null, textarea, h('div', { class: 'row' }, source, title), h('div', { class: 'row' }, files, h('button', { type: 'submit', class: 'btn' }, 'Add'))), 'submit', async (e) => {
    e.preventDefault();
    say('Analysing…');
    let added = 0, duplicates = 0, problems = 0;
    try {
      if (textarea.value.trim()) {
        const r = await send(textarea.value, 'text/plain; charset=utf-8', { source: source.value.trim() || undefined, title: title.value.trim() || undefined, origin: 'pasted text' });
        added += r.added; duplicates += r.duplicates; problems += r.problems;
      }
      for (const file of Array.from(files.files ?? [])) {
        const r = await send(file, typeFor(file.name), { origin: file.name, source: source.value.trim() || undefined });
        added += r.added; duplicates += r.duplicates; problems += r.problems;
      }
    } catch (err) {
      say(err instanceof ApiError ? err.message : String(err), true);
      return;
    }
    say(`${plural(added, 'article')} added, ${duplicates} already stored${problems ? `, ${plural(problems, 'problem')}` : ''}.`);
    if (added) { textarea.value = ''; files.value = ''; onAdded(); }
  });
  return h('details', { class: 'ingest' }, h('summary', null, 'Add articles'), form, status);
}

function typeFor(name: string): string {
  if (/\.html?$/i.test(name)) return 'text/html';
  if (/\.(jsonl|ndjson)$/i.test(name)) return 'application/x-ndjson';
  if (/\.json$/i.test(name)) return 'application/json';
  if (/\.(rss|atom|xml)$/i.test(name)) return 'application/xml';
  return 'text/plain';
}
