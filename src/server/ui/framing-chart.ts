import type { Brief } from '../api-types.js';
import { h, on, svg } from './dom.js';
import { clip, percent, signed } from './format.js';

// How each source frames the story's main actors: for every actor, one bar per source from −1
// (hostile) to +1 (favourable), from the tone of the sentences that name it. A table below gives each
// source's share of opinion and hedging sentences and the facts only it states or it leaves out.

const ROW = 20;
/** Below this width (px) source names go above their bars: a name column would leave the bars too little room. */
export const FRAMING_STACK_BELOW = 560;

/** The Brief's framing: its actors, in its order, against its rows (one per source). */
export function framingChart(brief: Brief, width: number): HTMLElement {
  const wrap = h('div', { class: 'framing' });
  const { actors, rows: sources } = brief.framing;
  if (actors.items.length === 0) {
    wrap.append(h('p', { class: 'empty' }, sources.length ? 'Too little text about the actors to measure tone.' : 'No framing measured for this story yet.'));
  } else {
    // Narrow: each source's name on its own line above its bar, so no name is clipped. Wide: names
    // in a left column. Sources that do not name an actor share one line under it.
    const stacked = width < FRAMING_STACK_BELOW;
    const labelWidth = stacked ? 0 : Math.min(240, Math.round(width * 0.3));
    // Room on both sides of the bars for their score labels.
    const x0 = labelWidth + 48, x1 = width - 48, zero = (x0 + x1) / 2, half = (x1 - x0) / 2;
    const words = h('p', { class: 'framing-words', role: 'status' }, 'Tap or click a bar for the words that weigh most.');
    const rows: SVGElement[] = [];
    let y = 0;
    actors.items.forEach(({ name }, i) => {
      y += ROW;
      rows.push(svg('text', { class: 'group-label', x: 4, y: y - 5 }, clip(name, Math.floor(width / 8))));
      const silent: string[] = [];
      for (const f of sources) {
        const t = f.tones[i];
        const source = f.source;
        if (!t) { silent.push(source); continue; }
        if (stacked) { y += ROW - 4; rows.push(svg('text', { class: 'source-label', x: 4, y: y - 4 }, clip(source, Math.floor(width / 7)))); }
        y += ROW;
        if (!stacked) rows.push(svg('text', { class: 'source-label', x: labelWidth, y: y - 6, 'text-anchor': 'end' }, clipLabel(source, labelWidth)));
        const w = Math.max(1, Math.abs(t.score) * half);
        const why = `${source} on ${name}: ${signed(t.score)} over ${t.sentences} sentence${t.sentences === 1 ? '' : 's'}${termList(t.terms)}`;
        const show = () => { words.textContent = why; };
        rows.push(on(on(svg('g', { class: 'framing-bar', tabindex: 0, role: 'button', 'aria-label': why },
          svg('title', null, why),
          // A transparent strip the width of the chart: a short bar is still easy to tap.
          svg('rect', { class: 'hit', x: x0, y: y - ROW + 1, width: x1 - x0, height: ROW - 2 }),
          svg('rect', { class: `bar ${t.score < 0 ? 'neg' : 'pos'}`, x: t.score < 0 ? zero - w : zero, y: y - 15, width: w, height: 12, rx: 2 }),
          svg('text', { x: t.score < 0 ? zero - w - 4 : zero + w + 4, y: y - 5, 'text-anchor': t.score < 0 ? 'end' : 'start' }, signed(t.score))),
        'click', show), 'keydown', (e) => { if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') { e.preventDefault(); show(); } }));
      }
      if (silent.length) {
        y += ROW;
        rows.push(svg('text', { class: 'na', x: 4, y: y - 6 }, svg('title', null, silent.join(', ')),
          silent.length === sources.length ? 'no source names it' : `not named by ${silent.length === 1 ? silent[0]! : `${silent.length} other sources`}`));
      }
    });
    const height = y + 26;
    wrap.append(h('div', { class: 'chart' }, svg('svg', { class: 'framing-chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': 'Tone of each source toward the main actors' },
      svg('line', { class: 'zero', x1: zero, x2: zero, y1: 4, y2: y + 2 }),
      svg('g', { class: 'tick' },
        svg('text', { x: x0, y: y + 18, 'text-anchor': 'middle' }, '−1'),
        svg('text', { x: (x0 + zero) / 2, y: y + 18, 'text-anchor': 'middle' }, '← hostile'),
        svg('text', { x: zero, y: y + 18, 'text-anchor': 'middle' }, '0'),
        svg('text', { x: (zero + x1) / 2, y: y + 18, 'text-anchor': 'middle' }, 'favourable →'),
        svg('text', { x: x1, y: y + 18, 'text-anchor': 'middle' }, '+1')),
      rows)));
    wrap.append(words);
    wrap.append(h('p', { class: 'note' }, 'Tone from −1 (hostile) to +1 (favourable): the mean word valence of the sentences in each article that name the actor, in the outlet’s own voice (quotations and names left out).'));
  }
  if (sources.length) {
    const line = new Map(brief.sources.map((s) => [s.article as string, s]));
    wrap.append(h('div', { class: 'table-wrap' }, h('table', { class: 'framing-table' },
      h('thead', null, h('tr', null, h('th', null, 'Source'), h('th', null, 'Opinion'), h('th', null, 'Hedging'), h('th', null, 'Facts only it states'), h('th', null, 'Agreed facts it leaves out'))),
      h('tbody', null, sources.map((f) => h('tr', null,
        h('td', null, f.source), h('td', null, percent(f.opinion)), h('td', null, percent(f.hedging)),
        h('td', null, String(line.get(f.article)?.unique.length ?? 0)), h('td', null, String(line.get(f.article)?.omitted.length ?? 0))))))));
  }
  return wrap;
}

/** The words behind a tone, for its tooltip; stories stored before terms were kept have none. */
function termList(terms: readonly { term: string; value: number }[] | undefined): string {
  return terms?.length ? `; words: ${terms.map((x) => `${x.term} ${x.value > 0 ? '+' : ''}${x.value}`).join(', ')}` : '';
}

function clipLabel(text: string, width: number): string {
  return clip(text, Math.max(6, Math.floor(width / 7)));
}
