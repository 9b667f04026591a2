import type { Brief, FactLine } from '../api-types.js';
import { h, on } from './dom.js';
import { clip, routes } from './format.js';

// Every fact of the story against every source: a cell says what that source states (its value, or
// ✓), links to the sentence, and takes its side's colour in a conflict; "omits" marks an agreed fact
// a source leaves out. Buttons filter the rows by status. Rows are every fact of the Brief, in its
// order (conflicts, agreed, single-source), so the table reads in the brief's order. On a phone the
// stylesheet shows each row as a card: the fact, then only the sources that state or omit it.

type Filter = 'all' | FactLine['status'];
/** Rows shown before 'Show all': a screenful or two on a laptop. */
const FACTS_PAGE = 30;

export function factsTable(brief: Brief): HTMLElement {
  const wrap = h('div', { class: 'facts-table-wrap' });
  const facts = [...brief.conflicts.items, ...brief.agreed.items, ...brief.single.items];
  if (facts.length === 0) {
    wrap.append(h('p', { class: 'empty' }, 'No facts aligned across the sources yet.'));
    return wrap;
  }
  const columns = brief.sources.map((s) => ({ id: s.article as string, name: s.name, title: s.title ?? s.origin }));
  const omitted = new Map(brief.sources.map((s) => [s.article as string, new Set(s.omitted)]));
  const counts = { all: facts.length, conflict: brief.conflicts.items.length, agreed: brief.agreed.items.length, single: brief.single.items.length };

  const rows = facts.map((fact) => {
    const claims = fact.claims.items;
    const sides = fact.sides ?? [];
    const sideOf = new Map(claims.map((c) => [c, sides.findIndex((s) => s.claims.some((x) => x.article === c.article && x.start === c.start && x.end === c.end))]));
    return h('tr', { class: fact.status, 'data-status': fact.status, 'data-fact': fact.id },
      h('td', { class: 'statement-cell' }, fact.statement, ' ', h('span', { class: 'meta' }, fact.kind)),
      h('td', { class: 'status-cell' }, h('span', { class: `tag ${fact.status}` }, fact.status)),
      columns.map((a) => {
        const mine = claims.filter((c) => c.article === a.id);
        const first = mine[0];
        if (!first) {
          const omits = fact.status === 'agreed' && omitted.get(a.id)?.has(fact.id);
          // data-source names the column where a phone shows the row as a card (the header is hidden there).
          return h('td', { class: `cell${omits ? ' omits' : ' silent'}`, 'data-source': a.name, title: omits ? `${a.name} leaves this out` : null }, omits ? 'omits' : '–');
        }
        const side = fact.status === 'conflict' ? ` side-${Math.min(3, sideOf.get(first) ?? 0)}` : '';
        const shown = first.value !== undefined ? `${first.qualifier && first.qualifier !== 'exact' ? `${first.qualifier} ` : ''}${first.value}` : '✓';
        return h('td', { class: `cell states${side}`, 'data-source': a.name, title: mine.map((c) => `“${clip(c.text, 200)}”${c.asOf ? ` (as of ${c.asOf})` : ''}`).join('\n') },
          h('a', { href: routes.article(first.article, first) }, shown), mine.length > 1 ? ` ×${mine.length}` : '',
          first.later ? h('span', { class: 'meta' }, ' later') : '');
      }),
      h('td', { class: 'support-cell', 'data-source': 'sources' }, String(fact.support)));
  });

  const buttons = (['all', 'conflict', 'agreed', 'single'] as const).map((f) =>
    on(h('button', { type: 'button', 'aria-pressed': f === 'all' ? 'true' : 'false', 'data-filter': f }, `${f === 'all' ? 'All' : f === 'single' ? 'One source' : f === 'agreed' ? 'Agreed' : 'Conflicts'} (${counts[f]})`), 'click', () => select(f)));
  // A big story has hundreds of facts: the rows after the first page stay out of the layout until asked for.
  let filter: Filter = 'all', limit = FACTS_PAGE;
  const more = on(h('button', { type: 'button', class: 'btn more-facts' }), 'click', () => { limit = Infinity; show(); });
  const show = () => {
    const matching = rows.filter((r) => filter === 'all' || r.dataset['status'] === filter);
    for (const r of rows) r.hidden = true;
    matching.slice(0, limit).forEach((r) => { r.hidden = false; });
    more.hidden = matching.length <= limit;
    more.textContent = `Show all ${matching.length} facts`;
  };
  const select = (f: Filter) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['filter'] === f));
    filter = f;
    show();
  };
  show();

  wrap.append(h('div', { class: 'filters', role: 'group', 'aria-label': 'Show facts' }, buttons));
  wrap.append(h('div', { class: 'table-wrap' }, h('table', { class: 'facts-table' },
    h('thead', null, h('tr', null, h('th', null, 'Fact'), h('th', null, 'Status'), columns.map((a) => h('th', { title: a.title }, a.name)), h('th', null, 'Sources'))),
    h('tbody', null, rows))));
  wrap.append(h('div', { class: 'pager' }, more));
  wrap.append(h('p', { class: 'note' }, 'Each cell shows what that source states (a figure, or ✓) and links to the sentence. In a conflict, cells of the same colour give the same version.'));
  return wrap;
}
