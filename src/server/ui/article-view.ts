import type { ArticleResponse } from '../api-types.js';
import type { AnalyzedArticle, Span } from '../../core/model.js';
import { api } from './api.js';
import { articleMarks, cutRuns, type Run } from './annotate.js';
import { h, on, safeHref } from './dom.js';
import { plural, routes } from './format.js';

// One article: its text with the annotations highlighted (entity mentions coloured by type, non-body
// segments greyed and labelled, quotations marked, dates and quantities underlined), switchable layer
// by layer, and the layers as tables beneath. The text is put in as text nodes, run by run.

const LAYERS = [
  { key: 'entities', label: 'Entities', keys: ['PER', 'ORG', 'LOC', 'MISC'] },
  { key: 'quotes', label: 'Quotations', keys: ['quote'] },
  { key: 'dates', label: 'Dates', keys: ['date'] },
  { key: 'quantities', label: 'Quantities', keys: ['quantity'] },
] as const;

export async function articleView(id: string, claim: Span | undefined): Promise<HTMLElement> {
  return renderArticle(await api.article(id), claim);
}

function renderArticle({ article, story, entities, links, ingestedAt }: ArticleResponse, claim: Span | undefined): HTMLElement {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const linked = new Map(links.map((l) => [`${l.start}:${l.end}`, l.entity]));
  const entityId = (m: Span) => linked.get(`${m.start}:${m.end}`);
  // The story entity a mention is linked to: its name when known (the table falls back to its id).
  const entityName = (m: Span) => { const id = entityId(m); return id && (names.get(id) ?? id); };
  const text = h('div', { class: 'article-text show-entities show-quotes show-dates show-quantities', lang: article.language === 'eng' ? 'en' : null });
  for (const seg of cutRuns(article.text, article.segments, articleMarks(article, (m) => { const id = entityId(m); return id && names.get(id); }, claim))) {
    text.append(h('span', { class: 'seg', 'data-kind': seg.kind, title: seg.kind === 'body' ? null : `${seg.kind} (not body)` }, seg.runs.map((r) => runNode(article.text, r))));
  }
  const link = safeHref(article.canonicalUrl ?? article.source.url);
  const toggles = LAYERS.map((layer) => h('label', null,
    on(h('input', { type: 'checkbox', checked: true, 'data-layer': layer.key }), 'change', (e) => text.classList.toggle(`show-${layer.key}`, (e.target as HTMLInputElement).checked)),
    layer.keys.map((k) => h('span', { class: `key ${k}` })), ` ${layer.label}`));

  const page = h('article', { class: 'article-page', 'data-article': article.id },
    story ? h('p', { class: 'meta' }, h('a', { href: routes.story(story.id) }, `← ${story.title}`)) : null,
    h('h1', null, article.title ?? article.origin),
    h('p', { class: 'meta' }, `${article.source.name} · ${article.published ?? 'undated'}${article.author ? ` · ${article.author}` : ''} · language ${article.language} · ${article.origin} · stored ${ingestedAt.slice(0, 10)}`,
      link ? [' · ', h('a', { href: link, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : ''),
    h('ul', { class: 'legend' }, toggles.map((t) => h('li', null, t)), h('li', null, h('span', { class: 'key nonbody' }), ' not body (caption, credit, comment …)')),
    text,
    h('section', { class: 'layers' }, layerTables(article, entityName)));
  if (claim) requestAnimationFrame(() => page.querySelector('.claim-target')?.scrollIntoView({ block: 'center' }));
  return page;
}

function runNode(text: string, run: Run): Node {
  const content = text.slice(run.start, run.end);
  if (run.marks.length === 0) return document.createTextNode(content);
  const classes = new Set<string>();
  const attrs: Record<string, string> = {};
  for (const m of run.marks) {
    if (m.kind === 'mention') { classes.add('mention'); attrs['data-type'] = m.type ?? 'MISC'; }
    else if (m.kind === 'quote') { classes.add('quote'); if (m.direct) classes.add('direct'); }
    else if (m.kind === 'claim') classes.add('claim-target');
    else classes.add(m.kind);
  }
  return h('span', { class: [...classes].join(' '), title: run.marks.map((m) => m.label).join('\n'), ...attrs }, content);
}

function layerTables(a: AnalyzedArticle, entityName: (m: Span) => string | undefined): HTMLElement[] {
  const table = (title: string, head: string[], rows: (string | Node)[][], empty: string) => h('div', { class: `layer` },
    h('h2', null, title, ' ', h('span', { class: 'count' }, String(rows.length))),
    rows.length
      ? h('div', { class: 'table-wrap' }, h('table', null, h('thead', null, h('tr', null, head.map((c) => h('th', null, c)))), h('tbody', null, rows.map((r) => h('tr', null, r.map((c) => h('td', null, c)))))))
      : h('p', { class: 'empty' }, empty));
  const mentions = new Map<string, { text: string; type: string; entity?: string; count: number }>();
  for (const m of a.mentions ?? []) {
    const key = `${m.type}\u0000${m.text}`;
    const entity = entityName(m);
    const row = mentions.get(key) ?? { text: m.text, type: m.type, ...(entity ? { entity } : {}), count: 0 };
    row.count++;
    mentions.set(key, row);
  }
  return [
    table('Entities', ['Mention', 'Type', 'Story entity', '×'], [...mentions.values()].sort((x, y) => y.count - x.count).map((m) => [m.text, h('span', { class: `chip type-${m.type}` }, m.type), m.entity ?? '', String(m.count)]), 'No named entity found.'),
    table('Quotations', ['Speaker', 'Words', 'Kind'], (a.quotes ?? []).map((q) => [q.speaker?.text ?? '', q.text, q.direct ? 'direct' : 'reported']), 'No quotation found.'),
    table('Dates', ['As written', 'Value', 'Why'], (a.dates ?? []).map((d) => [d.text, d.value, d.basis]), 'No date found.'),
    table('Quantities', ['As written', 'Value', 'What'], (a.quantities ?? []).map((q) => [q.text, `${q.qualifier === 'exact' ? '' : `${q.qualifier} `}${q.value}${q.unit ? ` ${q.unit}` : ''}`, [q.subject, q.predicate].filter(Boolean).join(' · ')]), 'No quantity found.'),
    table('Events', ['Actor', 'Event', 'Target', 'Words'], (a.events ?? []).map((e) => [e.actor ? `${e.actor.text}${e.actorBasis ? ` (inferred: ${e.actorBasis})` : ''}` : '', `${e.negated ? 'not ' : ''}${e.type}${e.mode ? ` (${e.mode})` : ''}${e.hedged ? ', hedged' : ''}`, e.target?.text ?? '', e.text]), 'No event found.'),
    table('Diagnostics', ['Level', 'Message', 'Rule'], a.diagnostics.map((d) => [d.level, d.message, d.rule ?? '']), `No problem reported (${plural(a.segments.length, 'segment')}).`),
  ];
}
