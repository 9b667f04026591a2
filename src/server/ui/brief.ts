import type { ArticleSummary } from '../api-types.js';
import type { Claim, Fact, Story } from '../../core/model.js';
import { h } from './dom.js';
import { clip, percent, plural, routes } from './format.js';
import { sidesOf } from './sides.js';

// The brief: what happened, the sources side by side, conflicts with each side's version, what the
// sources agree on, and what only one source says. Every claim links to its sentence in the article.

export function briefSections(story: Story, articles: readonly ArticleSummary[], sourceName: (article: string) => string): HTMLElement[] {
  const conflicts = story.facts.filter((f) => f.status === 'conflict');
  const agreed = story.facts.filter((f) => f.status === 'agreed');
  const single = story.facts.filter((f) => f.status === 'single');
  const claimLink = (c: Claim) => h('a', { class: 'claim', href: routes.article(c.article, c) },
    h('span', { class: 'src' }, sourceName(c.article)), `“${clip(c.text, 220)}”`, c.later ? h('span', { class: 'meta' }, ' (later report)') : '');

  let happened = [...conflicts, ...agreed].filter((f) => f.kind !== 'quote').slice(0, 5);
  const fromOne = happened.length === 0;
  if (fromOne) happened = single.filter((f) => f.kind !== 'quote').sort((a, b) => kindRank(a) - kindRank(b)).slice(0, 5);

  return [
    section('brief-happened', 'What happened',
      happened.length
        ? [h('ul', { class: 'summary' }, happened.map((f) => h('li', null, f.statement, ' ', h('span', { class: `tag ${f.status}` }, f.status), ' ', h('span', { class: 'meta' }, plural(f.support, 'source'))))),
          fromOne ? h('p', { class: 'note' }, 'No fact is stated by more than one source yet; these are the main single-source facts.') : null]
        : [h('p', { class: 'empty' }, 'No fact has been aligned across the sources yet.')]),
    section('brief-sources', 'Sources side by side', [h('ul', { class: 'cards sources' }, story.articles.map((id) => sourceCard(id, story, articles)))]),
    section('brief-conflicts', 'Conflicts',
      conflicts.length
        ? [h('ul', { class: 'facts' }, conflicts.map((f) => h('li', { class: 'fact conflict' },
            h('p', { class: 'statement' }, f.statement, ' ', h('span', { class: 'tag conflict' }, 'conflict')),
            h('div', { class: 'sides' }, sidesOf(f).map((side, i) => h('div', { class: `side side-${Math.min(3, i)}` },
              h('div', { class: 'value' }, clip(side.label, 80)),
              h('ul', { class: 'claims' }, side.claims.map((c) => h('li', null, claimLink(c), c.asOf ? h('span', { class: 'meta' }, ` as of ${c.asOf}`) : ''))))))))) ]
        : [h('p', { class: 'empty' }, 'The sources do not contradict each other on any aligned fact.')]),
    section('brief-agreed', 'Agreed by several sources',
      agreed.length
        ? [h('ul', { class: 'facts' }, agreed.map((f) => factItem(f, claimLink)))]
        : [h('p', { class: 'empty' }, 'No fact is stated by more than one source.')]),
    section('brief-single', 'Stated by one source only',
      single.length
        ? [h('div', { class: 'columns' }, story.articles.map((id) => {
            const own = single.filter((f) => f.claims.some((c) => c.article === id));
            return h('div', { class: 'column' }, h('h3', null, sourceName(id), ' ', h('span', { class: 'count' }, String(own.length))),
              own.length ? h('ul', null, own.map((f) => {
                const c = f.claims.find((x) => x.article === id)!;
                return h('li', null, h('a', { href: routes.article(c.article, c), title: clip(c.text, 300) }, f.statement));
              })) : h('p', { class: 'empty' }, 'None.'));
          }))]
        : [h('p', { class: 'empty' }, 'None.')]),
  ];
}

function sourceCard(id: string, story: Story, articles: readonly ArticleSummary[]): HTMLElement {
  const a = articles.find((x) => x.id === id);
  const framing = story.framing.find((f) => f.article === id);
  const states = story.facts.filter((f) => f.claims.some((c) => c.article === id)).length;
  return h('li', { class: 'card source' },
    h('h3', null, a?.source.name ?? id),
    h('p', null, h('a', { href: routes.article(id) }, a?.title ?? a?.origin ?? id)),
    h('p', { class: 'meta' }, a?.published ?? 'date unknown', a && a.language !== 'eng' ? ` · language ${a.language}` : '', a ? ` · ${a.characters.toLocaleString('en')} characters` : ''),
    h('p', { class: 'meta' }, `${plural(states, 'fact')} stated`, framing ? ` · ${framing.unique.length} only here · ${framing.omitted.length} agreed left out` : ''),
    framing ? h('p', { class: 'meta' }, `opinion ${percent(framing.opinion)} · hedging ${percent(framing.hedging)}`) : null);
}

function factItem(f: Fact, claimLink: (c: Claim) => HTMLElement): HTMLElement {
  return h('li', { class: `fact ${f.status}` },
    h('p', { class: 'statement' }, f.statement, ' ', h('span', { class: `tag ${f.status}` }, f.status), ' ', h('span', { class: 'meta' }, plural(f.support, 'source'))),
    h('ul', { class: 'claims' }, f.claims.map((c) => h('li', null, claimLink(c)))));
}

function section(id: string, title: string, body: (Node | null)[]): HTMLElement {
  return h('section', { id, class: 'brief-section' }, h('h2', null, title), body);
}

function kindRank(f: Fact): number {
  return f.kind === 'event' ? 0 : f.kind === 'figure' ? 1 : 2;
}
