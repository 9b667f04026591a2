import type { Brief, Citation, FactLine, SourceLine } from '../api-types.js';
import { h } from './dom.js';
import { clip, percent, plural, routes } from './format.js';

// The brief: what happened, the sources side by side, conflicts with each side's version, what the
// sources agree on, and what only one source says. It renders the full form of the story's Brief
// (built on the server, the same one the terminal brief and report.html render) and chooses nothing.
// Every claim links to its sentence in the article.

/** Up to this many sources the single-source columns are open; past it they fold (a phone shows one column at a time). */
const OPEN_COLUMNS = 6;

export function briefSections(brief: Brief): HTMLElement[] {
  const claimLink = (c: Citation) => h('a', { class: 'claim', href: routes.article(c.article, c) },
    h('span', { class: 'src' }, c.source), `“${clip(c.text, 220)}”`, c.later ? h('span', { class: 'meta' }, ' (later report)') : '');
  const { happened, conflicts, agreed, single } = brief;

  return [
    section('brief-happened', 'What happened',
      happened.facts.length
        ? [h('ul', { class: 'summary' }, happened.facts.map((f) => h('li', null, f.statement, ' ', h('span', { class: `tag ${f.status}` }, f.status), ' ', h('span', { class: 'meta' }, plural(f.support, 'source'))))),
          happened.fromOneSource ? h('p', { class: 'note' }, 'No fact is stated by more than one source yet; these are the main single-source facts.') : null]
        : [h('p', { class: 'empty' }, 'No fact has been aligned across the sources yet.')]),
    section('brief-sources', 'Sources side by side', [h('ul', { class: 'cards sources' }, brief.sources.map(sourceCard))]),
    section('brief-conflicts', 'Conflicts',
      conflicts.items.length
        ? [h('ul', { class: 'facts' }, conflicts.items.map((f) => h('li', { class: 'fact conflict' },
            h('p', { class: 'statement' }, f.statement, ' ', h('span', { class: 'tag conflict' }, 'conflict')),
            h('div', { class: 'sides' }, (f.sides ?? []).map((side, i) => h('div', { class: `side side-${Math.min(3, i)}` },
              h('div', { class: 'value' }, clip(side.label, 80)),
              h('ul', { class: 'claims' }, side.claims.map((c) => h('li', null, claimLink(c), c.asOf ? h('span', { class: 'meta' }, ` as of ${c.asOf}`) : ''))))))))) ]
        : [h('p', { class: 'empty' }, 'The sources do not contradict each other on any aligned fact.')]),
    section('brief-agreed', 'Agreed by several sources',
      agreed.items.length
        ? [h('ul', { class: 'facts' }, agreed.items.map((f) => factItem(f, claimLink)))]
        : [h('p', { class: 'empty' }, 'No fact is stated by more than one source.')]),
    section('brief-single', 'Stated by one source only',
      single.items.length
        // One column per source, in the Brief's order of sources and of facts.
        ? [h('div', { class: 'columns' }, brief.sources.map((s) => {
            const own = single.items.map((f) => ({ f, c: f.claims.items.find((x) => x.article === s.article) })).filter((x): x is { f: FactLine; c: Citation } => x.c !== undefined);
            const body = own.length ? h('ul', null, own.map(({ f, c }) => h('li', null, h('a', { href: routes.article(c.article, c), title: clip(c.text, 300) }, f.statement))))
              : h('p', { class: 'empty' }, 'None.');
            // Many sources: each column folds to its heading, so a big story's page stays short.
            return brief.sources.length > OPEN_COLUMNS
              ? h('details', { class: 'column' }, h('summary', null, s.name, ' ', h('span', { class: 'count' }, String(own.length))), body)
              : h('div', { class: 'column' }, h('h3', null, s.name, ' ', h('span', { class: 'count' }, String(own.length))), body);
          }))]
        : [h('p', { class: 'empty' }, 'None.')]),
  ];
}

function sourceCard(s: SourceLine): HTMLElement {
  return h('li', { class: 'card source' },
    h('h3', null, s.name),
    h('p', null, h('a', { href: routes.article(s.article) }, s.title ?? s.origin)),
    h('p', { class: 'meta' }, s.published ?? 'date unknown', s.language ? ` · language ${s.language}` : '', ` · ${s.characters.toLocaleString('en')} characters`),
    s.derivation ? h('p', { class: 'derivation', title: s.derivation.evidence.join('; ') }, s.derivation.note) : null,
    s.setAside.length ? h('p', { class: 'meta' }, `not body: ${s.setAside.map((x) => `${x.segments.length} ${x.kind}`).join(', ')}`) : null,
    h('p', { class: 'meta' }, `${plural(s.facts, 'fact')} stated`, s.opinion !== undefined ? ` · ${s.unique.length} only here · ${s.omitted.length} agreed left out` : ''),
    s.opinion !== undefined && s.hedging !== undefined ? h('p', { class: 'meta' }, `opinion ${percent(s.opinion)} · hedging ${percent(s.hedging)}`) : null);
}

function factItem(f: FactLine, claimLink: (c: Citation) => HTMLElement): HTMLElement {
  return h('li', { class: `fact ${f.status}` },
    h('p', { class: 'statement' }, f.statement, ' ', h('span', { class: `tag ${f.status}` }, f.status), ' ', h('span', { class: 'meta' }, f.supportNote)),
    h('ul', { class: 'claims' }, f.claims.items.map((c) => h('li', null, claimLink(c)))));
}

function section(id: string, title: string, body: (Node | null)[]): HTMLElement {
  return h('section', { id, class: 'brief-section' }, h('h2', null, title), body);
}
