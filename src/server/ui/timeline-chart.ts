import type { ArticleSummary, Brief, TimelineLine } from '../api-types.js';
import { h, svg } from './dom.js';
import { routes } from './format.js';
import { linear, parsePeriod, timeTicks, type Period } from './layout.js';

// The story's dated facts on a time axis (numbered points above it, periods for month- or year-level
// dates) with the articles' publication days below it; the numbered list under the chart says what
// each point is, with its sources, and links to the sentence it rests on.

const LANE = 24;

export function timelineChart(timeline: Brief['timeline'], articles: readonly ArticleSummary[], width: number): HTMLElement {
  const items = timeline.items.map((item, i) => ({ item, n: i + 1, period: parsePeriod(item.date) })).filter((x): x is { item: TimelineLine; n: number; period: Period } => x.period !== undefined);
  const pubs = articles.map((a) => ({ a, period: a.published ? parsePeriod(a.published) : undefined })).filter((x): x is { a: ArticleSummary; period: Period } => x.period !== undefined);
  const wrap = h('div', { class: 'timeline' });
  if (items.length === 0) wrap.append(h('p', { class: 'empty' }, 'No dated event in this story yet.'));
  if (items.length === 0 && pubs.length === 0) return wrap;

  const starts = [...items, ...pubs].map((x) => x.period.start), ends = [...items, ...pubs].map((x) => x.period.end);
  let t0 = Math.min(...starts), t1 = Math.max(...ends);
  const pad = Math.max((t1 - t0) * 0.06, 86_400_000 / 2);
  t0 -= pad; t1 += pad;
  const x = linear(t0, t1, 16, width - 16);

  const laneOf = stacker(LANE);
  const placed = items.map((it) => ({ ...it, cx: x((it.period.start + it.period.end) / 2), lane: 0 }));
  for (const p of [...placed].sort((a, b) => a.cx - b.cx)) p.lane = laneOf(p.cx);
  const eventLanes = placed.length ? Math.max(...placed.map((p) => p.lane)) + 1 : 0;
  const axisY = 14 + eventLanes * LANE + (eventLanes ? 6 : 0);
  const pubLaneOf = stacker(14);
  const pubPlaced = pubs.map((p) => ({ ...p, cx: x((p.period.start + p.period.end) / 2), lane: 0 }));
  for (const p of [...pubPlaced].sort((a, b) => a.cx - b.cx)) p.lane = pubLaneOf(p.cx);
  const pubLanes = pubPlaced.length ? Math.max(...pubPlaced.map((p) => p.lane)) + 1 : 0;
  const height = axisY + 30 + pubLanes * 14 + 8;

  const chart = svg('svg', { class: 'timeline-chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Timeline: ${items.length} dated facts, ${pubs.length} publications` },
    svg('g', { class: 'axis' },
      svg('line', { x1: 8, x2: width - 8, y1: axisY, y2: axisY }),
      timeTicks(t0, t1, Math.max(2, Math.floor(width / 90))).map((t) => svg('g', { class: 'tick' },
        svg('line', { x1: x(t.at), x2: x(t.at), y1: axisY - 4, y2: axisY + 4 }),
        svg('text', { x: x(t.at), y: axisY + 16, 'text-anchor': 'middle' }, t.label)))),
    placed.map((p) => {
      const y = 14 + p.lane * LANE;
      const spanWidth = x(p.period.end) - x(p.period.start);
      return svg('g', { class: `item ${p.item.status}` },
        svg('title', null, `${p.n}. ${p.item.date}: ${p.item.statement} (${p.item.status})`),
        svg('line', { class: 'gridline', x1: p.cx, x2: p.cx, y1: y, y2: axisY }),
        p.period.grain !== 'day' && spanWidth > 20 ? svg('rect', { class: `span ${p.item.status}`, x: x(p.period.start), y: y - 4, width: spanWidth, height: 8, rx: 4 }) : null,
        svg('circle', { class: `point ${p.item.status}`, cx: p.cx, cy: y, r: 9 }),
        svg('text', { class: 'point-label', x: p.cx, y: y + 3.5, 'text-anchor': 'middle' }, String(p.n)));
    }),
    pubPlaced.map((p) => {
      const y = axisY + 30 + p.lane * 14;
      return svg('g', { class: 'publication-mark' },
        svg('title', null, `${p.a.source.name} published ${p.a.published}${p.a.title ? `: ${p.a.title}` : ''}`),
        svg('rect', { class: 'publication', x: p.cx - 4, y: y - 4, width: 8, height: 8, transform: `rotate(45 ${p.cx} ${y})` }));
    }));
  wrap.append(h('div', { class: 'chart' }, chart));
  wrap.append(h('p', { class: 'note' }, 'Numbered points: dated facts, coloured by agreement (green agreed, red conflict, olive one source). Diamonds below the axis: when each article was published.'));

  if (items.length) {
    wrap.append(h('ol', { class: 'timeline-list' }, items.map(({ item }) => {
      const first = item.claims[0];
      return h('li', { class: `timeline-item ${item.status}` },
        // A date no report behind the item states is starred, its origin in the tooltip.
        item.inheritedFrom ? h('time', { class: 'inherited', title: `date from ${item.inheritedFrom}` }, `${item.date}*`) : h('time', null, item.date), ' ',
        first ? h('a', { href: routes.article(first.article, first) }, item.statement) : item.statement, ' ',
        h('span', { class: `tag ${item.status}` }, item.status), ' ',
        h('span', { class: 'meta' }, item.sources.join(', ')));
    })));
  }
  return wrap;
}

/** Lane numbers for marks along an axis: a mark goes to the first lane where it clears the last one by `gap`. */
function stacker(gap: number): (x: number) => number {
  const lastInLane: number[] = [];
  return (x) => {
    let lane = lastInLane.findIndex((last) => Math.abs(x - last) >= gap);
    if (lane < 0) { lane = lastInLane.length; lastInLane.push(x); } else lastInLane[lane] = x;
    return lane;
  };
}
