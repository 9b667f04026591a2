// Page metadata: title, publication date, site name, canonical URL and author, from meta tags, JSON-LD,
// <time>, <link rel> and the URL. Read before pruning (pruning removes <script> and <head>).
import type { Report } from '../../core/report.js';
import { sourceNameFromUrl } from '../source.js';
import type { DomDocument, DomElement } from './_dom.js';

export interface Metadata {
  title?: string;
  published?: string;
  author?: string;
  siteName?: string;
  canonicalUrl?: string;
  /** JSON-LD `articleBody`, when the page gives one (a fallback for pages whose text is rendered by scripts). */
  articleBody?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Report|ReportageNewsArticle|NewsArticle|Posting|LiveBlogPosting|Review)$/;

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'published_time',
  'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'publication-date',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'article_date_original', 'original-publish-date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'date',
  'cxenseparse:recs:publishtime', 'article:modified_time', 'datemodified', 'last-modified',
];
const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title', 'headline'];
const AUTHOR_META = ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'twitter:creator'];
const SITE_META = ['og:site_name', 'application-name', 'twitter:site', 'dc.publisher', 'publisher'];
const URL_META = ['og:url', 'twitter:url', 'parsely-link'];

export function readMetadata(doc: DomDocument, origin: string, report: Report): Metadata {
  const meta = metaMap(doc);
  const ld = jsonLd(doc, report);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const page = ld.find((o) => types(o).some((t) => /Page$/.test(t)));
  const out: Metadata = {};

  const canonical = resolveUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), origin)
    ?? firstOf(URL_META.map((k) => resolveUrl(meta.get(k), origin)))
    ?? resolveUrl(str(article?.['url']), origin);
  if (canonical) out.canonicalUrl = canonical;

  const site = firstOf([
    meta.get('og:site_name'),
    nameOf(article?.['publisher']),
    nameOf(page?.['publisher']),
    ...SITE_META.slice(1).map((k) => meta.get(k)),
  ].map((s) => (s && !/^@/.test(s) && !/^https?:/i.test(s) ? siteName(s) : undefined)));
  const host = (canonical && sourceNameFromUrl(canonical)) || sourceNameFromUrl(origin);
  if (site) out.siteName = site;
  else if (host) out.siteName = host;

  const h1 = clean(doc.querySelector('h1')?.textContent ?? '');
  const titleTag = clean(doc.querySelector('title')?.textContent ?? '');
  const titleCandidates = [
    ...TITLE_META.slice(0, 2).map((k) => meta.get(k)),
    str(article?.['headline']),
    ...TITLE_META.slice(2).map((k) => meta.get(k)),
    h1,
    titleTag,
  ];
  const rawTitle = firstOf(titleCandidates.map((s) => (s ? clean(s) : undefined)));
  if (rawTitle) out.title = stripSiteSuffix(rawTitle, site ?? host, h1);

  // Candidates in order of trust; those that search the document only run when the earlier ones fail.
  const dateCandidates: (() => string | undefined)[] = [
    () => meta.get('article:published_time'), () => meta.get('og:article:published_time'),
    () => str(article?.['datePublished']), () => str(page?.['datePublished']),
    ...DATE_META.slice(2).map((k) => () => meta.get(k)),
    () => attrOf(doc.querySelector('[itemprop="datePublished" i]')),
    () => attrOf(doc.querySelector('time[pubdate]')),
    () => attrOf(doc.querySelector('time[datetime]')),
    () => str(article?.['dateModified']),
    () => urlDate(canonical ?? origin),
    () => dateByClass(doc),
    () => dateLine(doc),
  ];
  let unparsed: string | undefined;
  for (const candidate of dateCandidates) {
    const c = candidate();
    if (!c || !c.trim()) continue;
    const iso = normaliseDate(c);
    if (iso) { out.published = iso; break; }
    unparsed ??= c;
  }
  if (!out.published && unparsed) report.info(`publication date "${unparsed.slice(0, 60)}" is not a date I can read`, 'html-bad-date');

  const authorCandidates: (() => string | null | undefined)[] = [
    () => authorOf(article?.['author']),
    ...AUTHOR_META.map((k) => () => meta.get(k)),
    () => doc.querySelector('[rel="author"]')?.textContent,
    () => doc.querySelector('[itemprop="author" i] [itemprop="name" i]')?.textContent,
    () => doc.querySelector('[itemprop="author" i]')?.textContent,
  ];
  for (const candidate of authorCandidates) {
    const a = cleanAuthor(candidate());
    if (a) { out.author = a; break; }
  }

  const body = str(article?.['articleBody']);
  if (body && body.trim()) out.articleBody = body;
  return out;
}

/** `<meta>` values by lowercased property, name, itemprop or http-equiv; the first one wins. */
function metaMap(doc: DomDocument): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content') ?? el.getAttribute('value');
    if (content === null || content.trim() === '') continue;
    for (const a of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = el.getAttribute(a);
      if (k) {
        for (const key of k.toLowerCase().split(/\s+/)) if (key && !m.has(key)) m.set(key, content.trim());
      }
    }
  }
  return m;
}

function jsonLd(doc: DomDocument, report: Report): JsonObject[] {
  const out: JsonObject[] = [];
  for (const el of Array.from(doc.querySelectorAll('script[type*="ld+json" i]'))) {
    const raw = (el.textContent ?? '').trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^<!--|-->$/g, '').trim().replace(/;$/, '');
    if (!raw) continue;
    let data: Json;
    try {
      data = JSON.parse(raw) as Json;
    } catch {
      try {
        // The usual breakage: raw control characters inside strings, and trailing commas.
        data = JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([\]}])/g, '$1')) as Json;
      } catch (e) {
        report.info(`JSON-LD block is not valid JSON (${(e as Error).message.slice(0, 80)}); ignored`, 'html-bad-jsonld');
        continue;
      }
    }
    flatten(data, out, 0);
  }
  return out;
}

function flatten(data: Json, out: JsonObject[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const d of data) flatten(d, out, depth + 1);
    return;
  }
  out.push(data);
  const graph = data['@graph'];
  if (graph) flatten(graph, out, depth + 1);
  const main = data['mainEntity'];
  if (main && typeof main === 'object') flatten(main, out, depth + 1);
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v['@id'] ?? v['url'] ?? v['name']);
  return undefined;
}

function nameOf(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return typeof v['name'] === 'string' ? v['name'] : undefined;
  return undefined;
}

function authorOf(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(authorOf).filter((x): x is string => !!x && !/^https?:/i.test(x));
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return typeof v['name'] === 'string' ? v['name'] : undefined;
  return undefined;
}

function cleanAuthor(s: string | undefined | null): string | undefined {
  if (!s) return undefined;
  const a = clean(s).replace(/^(?:by|written by|posted by)\s+/i, '').replace(/^@/, '');
  if (!a || /^https?:|^www\./i.test(a) || a.length > 200) return undefined;
  return a;
}

function attrOf(el: DomElement | null): string | undefined {
  if (!el) return undefined;
  return el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('value') ?? el.textContent ?? undefined;
}

function firstOf(xs: (string | undefined | null)[]): string | undefined {
  for (const x of xs) if (x) return x;
  return undefined;
}

/** "LinkNaija | Nigeria's popular news platform" → "LinkNaija": a site's name without its tagline. */
function siteName(s: string): string | undefined {
  const first = clean(s).split(/\s+[|·•–—]\s+|\s+-\s+/)[0]!.trim();
  return first.length >= 2 ? first : undefined;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function resolveUrl(href: string | null | undefined, origin: string): string | undefined {
  if (!href || !href.trim()) return undefined;
  const h = href.trim();
  try {
    if (/^https?:\/\//i.test(h)) return new URL(h).href;
    if (/^https?:\/\//i.test(origin)) return new URL(h, origin).href;
  } catch {
    return undefined;
  }
  return undefined;
}


/** What sets a title's pieces apart: "Headline | Site", "Headline :: Site", "Headline - Site". */
export const TITLE_SEPARATOR = /\s+[|·•»«:–—-]{1,2}\s+/g;

/** Whether a piece of a title names the site ("WRAL.com" of wral.com, "KTBS" of ktbs.com). */
export function namesSite(piece: string, site: string | undefined): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const siteKey = site ? norm(site.replace(/\.(com|org|net|co\.uk|co|uk|de|fr|io|news)$/i, '')) : '';
  const p = norm(piece);
  return siteKey !== '' && (p.includes(siteKey) || siteKey.includes(p));
}

/** "Headline | Site" → "Headline": drop a trailing (or leading) part that names the site. */
export function stripSiteSuffix(title: string, site: string | undefined, h1: string): string {
  if (h1 && title.length > h1.length && title.startsWith(h1) && h1.length >= 10) return h1;
  const pieces = title.split(TITLE_SEPARATOR);
  if (pieces.length < 2) return title;
  const last = pieces[pieces.length - 1]!, first = pieces[0]!;
  const named = (p: string) => namesSite(p, site);
  const m = [...title.matchAll(TITLE_SEPARATOR)];
  if (named(last) || (last.split(/\s+/).length <= 3 && first.split(/\s+/).length >= 3)) {
    return title.slice(0, m[m.length - 1]!.index).trim();
  }
  if (named(first)) return title.slice(m[0]!.index! + m[0]![0].length).trim();
  return title;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** `YYYY-MM-DD`, or a full ISO timestamp when the value carries a time; undefined when not a date. */
export function normaliseDate(value: string): string | undefined {
  const v = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?/i.exec(v);
  if (m) {
    const day = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (!day) return undefined;
    if (m[4] === undefined) return day;
    const hh = +m[4], mi = +m[5]!, ss = m[6] ? +m[6] : 0;
    if (hh > 23 || mi > 59 || ss > 60) return day;
    let tz = m[8] ?? '';
    if (/^(utc|gmt)$/i.test(tz)) tz = 'Z';
    else if (/^[+-]\d{4}$/.test(tz)) tz = `${tz.slice(0, 3)}:${tz.slice(3)}`;
    return `${day}T${p2(hh)}:${p2(mi)}:${p2(ss)}${m[7] ?? ''}${tz.toUpperCase()}`;
  }
  if ((m = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d{2})/.exec(v))) return ymd(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(v))) return ymd(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{10}|\d{13})$/.exec(v))) {
    const ms = m[1]!.length === 10 ? +m[1]! * 1000 : +m[1]!;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  // "November 18, 2019", "Nov. 18 2019 10:03 AM", "Mon, 18 Nov 2019 21:03:00 +0000", "18 November 2019"
  if ((m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(v))) {
    const mo = MONTHS[m[1]!.toLowerCase()];
    if (mo) return ymd(+m[3]!, mo, +m[2]!);
  }
  if ((m = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(v))) {
    const mo = MONTHS[m[2]!.toLowerCase()];
    if (mo) return ymd(+m[3]!, mo, +m[1]!);
  }
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(v))) return ymd(+m[3]!, +m[1]!, +m[2]!);
  return undefined;
}

/** The text of the first element whose class names a publication date and reads as one. */
function dateByClass(doc: DomDocument): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('[class*="date" i],[class*="publish" i],[class*="time" i]'))) {
    if (!DATE_CLASS.test(el.getAttribute('class') ?? '')) continue;
    const t = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '';
    if (t.length < 80 && normaliseDate(stripDateLabel(t))) return stripDateLabel(t);
  }
  return undefined;
}

const DATE_CLASS = /(?:^|[\s_-])(?:publish(?:ed)?(?:[_-]?(?:date|time|on))?|pub[_-]?date|post[_-]?date|entry[_-]?date|article[_-]?date|date[_-]?published|dateline|timestamp|date)(?:$|[\s_-])/i;

/** "Published: Monday, November 18th, 2019 at 11:08 a.m." in the page's text. */
function dateLine(doc: DomDocument): string | undefined {
  const text = doc.body?.textContent ?? '';
  let n = 0;
  for (const m of text.matchAll(/\b(?:published|posted|first published)(?:\s+on)?\s*:?\s*([^\n]{6,80})/gi)) {
    if (normaliseDate(m[1]!)) return m[1];
    if (++n >= 20) break;
  }
  return undefined;
}

function stripDateLabel(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/^(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*/i, '');
}

function urlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|-)/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function ymd(y: number, mo: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1) return undefined;
  return `${y}-${p2(mo)}-${p2(d)}`;
}

function p2(n: number): string {
  return String(n).padStart(2, '0');
}
