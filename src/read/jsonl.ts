import type { Report } from '../core/report.js';
import { headlineOf, withHeadline } from './headline.js';
import { extractHtml } from './html/index.js';
import { sourceNameFromUrl } from './source.js';
import { normaliseDate, readText } from './text.js';
import type { Draft, Input, Reader } from './types.js';

/** One article per line: `text` or `html`, optional `title`, `url`, `published`, `source`, `id`. */
export const jsonlReader: Reader = {
  format: 'jsonl',
  sniff: (origin, head) => /\.(jsonl|ndjson)$/i.test(origin) || /^\s*\{\s*"/.test(head),
  *read(input: Input, report: Report): Iterable<Draft> {
    const lines = input.content.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line === '') continue;
      const origin = `${input.origin}#${i + 1}`;
      // the cap holds per record, before parsing: one huge line must not hold up the batch
      if (input.maxArticleBytes !== undefined && line.length > input.maxArticleBytes) {
        report.error(`${origin}: line ${i + 1} holds ${line.length} characters, over the ${input.maxArticleBytes}-byte limit for one article; skipped`, 'too-large');
        continue;
      }
      let record: unknown;
      try { record = JSON.parse(line); } catch (e) {
        report.error(`${origin}: line ${i + 1} is not JSON (${(e as Error).message}); skipped`, 'jsonl-bad-line');
        continue;
      }
      const draft = fromRecord(record, origin, report);
      if (draft) yield draft;
    }
  },
};

function fromRecord(record: unknown, origin: string, report: Report): Draft | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    report.error(`${origin}: not a JSON object; skipped`, 'jsonl-not-object');
    return null;
  }
  const r = record as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' && (r[k] as string).trim() !== '' ? (r[k] as string) : undefined);
  const id = str('id');
  const itemOrigin = id ? `${origin.replace(/#\d+$/, '')}#${id}` : origin;
  // The record's own date wins over any header or stamp inside its text, save a dateline that carries its day (text.ts).
  const published = str('published') && normaliseDate(str('published')!);
  if (str('published') && !published) report.warn(`${origin}: "published" is not a date (${str('published')}); left unknown`, 'jsonl-bad-date');
  let draft: Draft;
  if (str('html')) draft = extractHtml(str('html')!, itemOrigin, report);
  else if (str('text')) draft = readText(str('text')!, itemOrigin, report, published ? { published } : {});
  else {
    report.error(`${origin}: has neither "text" nor "html"; skipped`, 'jsonl-no-text');
    return null;
  }
  const url = str('url');
  if (url) { draft.canonicalUrl = url; draft.source = { ...draft.source, url, name: sourceNameFromUrl(url) ?? draft.source.name }; }
  const source = r['source'];
  if (typeof source === 'string' && source.trim()) draft.source = { ...draft.source, name: source.trim() };
  else if (source && typeof source === 'object' && typeof (source as { name?: unknown }).name === 'string') {
    const s = source as { name: string; url?: unknown };
    draft.source = { name: s.name, ...(typeof s.url === 'string' ? { url: s.url } : {}) };
  }
  // (a text record's date is readText's to settle: the record's, unless a dateline in the text carries its own day)
  if (published && str('html')) draft.published = published;
  const title = str('title');
  if (!title) return draft;
  if (str('html')) return { ...draft, title };
  // A text record's headline is read as the page's is: the first segment of its text, without the site's name.
  const headline = headlineOf(title, draft.source.url ? sourceNameFromUrl(draft.source.url) : draft.source.name);
  return { ...withHeadline(draft, headline, 'jsonl-title'), title: headline };
}
