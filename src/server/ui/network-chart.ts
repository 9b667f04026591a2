import type { ActorNetwork, NetworkEdge } from '../api-types.js';
import { h, svg } from './dom.js';
import { clip, plural } from './format.js';
import { forceLayout } from './layout.js';

// Who did what to whom: the story's actors as nodes (coloured by entity type, sized by how many events
// they take part in) and arrows from actor to target labelled with the PLOVER event types. An event
// with only one named side points to (or from) a small hollow node: someone the text does not name.
// On a narrow screen a graph of more than a few nodes is a knot: there the same arrows are a list.

/** Below this width (px) the network is a list: a node label needs ~150 px, and two must fit side by side with room for an arrow. */
export const NETWORK_LIST_BELOW = 560;

interface Arrow {
  source: string;
  target: string;
  label: string;
  detail: string;
  negated: boolean;
  unnamed: boolean;
}

export function networkChart(network: ActorNetwork, width: number): HTMLElement {
  const wrap = h('div', { class: 'network' });
  if (network.nodes.length === 0) {
    wrap.append(h('p', { class: 'empty' }, 'No event in this story names who acted or on whom yet.'));
    return wrap;
  }
  const names = new Map(network.nodes.map((n) => [n.id, n.name]));
  const arrows = [...groupPairs(network.edges)];
  const unnamed: string[] = [];
  network.oneSided.forEach((a, i) => {
    const other = `?${i}`;
    unnamed.push(other);
    const detail = `${a.type} ×${a.count}, ${a.role === 'actor' ? 'on someone not named' : 'by someone not named'}`;
    arrows.push({ source: a.role === 'actor' ? a.node : other, target: a.role === 'actor' ? other : a.node, label: a.type, detail, negated: false, unnamed: true });
  });

  if (width < NETWORK_LIST_BELOW) {
    wrap.append(relationList(arrows, names));
    if (network.edges.length === 0) wrap.append(h('p', { class: 'note' }, 'No event names both its actor and its target yet.'));
    return wrap;
  }
  const ids = [...network.nodes.map((n) => n.id), ...unnamed];
  const height = Math.round(Math.min(560, Math.max(240, 140 + 26 * ids.length)));
  const pos = forceLayout(ids, arrows.map((a) => [a.source, a.target] as const), width, height, Math.min(80, width / 5), 34);
  const radius = new Map<string, number>(network.nodes.map((n) => [n.id, Math.min(18, 7 + 2 * Math.sqrt(n.events))]));
  for (const id of unnamed) radius.set(id, 5);
  const pairs = new Set(arrows.map((a) => `${a.source}\u0000${a.target}`));

  const edges = arrows.map((a) => {
    const p = pos.get(a.source)!, q = pos.get(a.target)!;
    const dx = q.x - p.x, dy = q.y - p.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const ux = dx / d, uy = dy / d;
    // Both directions between two actors: bend each arrow to its own side.
    const bend = pairs.has(`${a.target}\u0000${a.source}`) ? 18 : 0;
    const sx = p.x + ux * radius.get(a.source)!, sy = p.y + uy * radius.get(a.source)!;
    const tx = q.x - ux * (radius.get(a.target)! + 2), ty = q.y - uy * (radius.get(a.target)! + 2);
    const mx = (sx + tx) / 2 - uy * bend, my = (sy + ty) / 2 + ux * bend;
    const from = names.get(a.source) ?? 'someone not named', to = names.get(a.target) ?? 'someone not named';
    return svg('g', { class: `edge-group${a.unnamed ? ' unnamed' : ''}` },
      svg('title', null, `${from} → ${to}\n${a.detail}`),
      svg('path', { class: `edge${a.negated ? ' negated' : ''}${a.unnamed ? ' to-unnamed' : ''}`, d: `M${sx},${sy} Q${mx},${my} ${tx},${ty}`, 'marker-end': 'url(#arrow)' }),
      svg('text', { class: 'edge-label halo', x: (sx + 2 * mx + tx) / 4, y: (sy + 2 * my + ty) / 4 - 3, 'text-anchor': 'middle' }, a.label));
  });
  const nodes = [
    ...network.nodes.map((n) => {
      const p = pos.get(n.id)!, r = radius.get(n.id)!;
      return svg('g', { class: 'actor', 'data-id': n.id },
        svg('title', null, `${n.name}${n.type ? ` (${n.type})` : ''}: ${plural(n.events, 'event')}`),
        svg('circle', { class: `node type-${n.type ?? 'none'}`, cx: p.x, cy: p.y, r }),
        svg('text', { class: 'node-label halo', x: p.x, y: p.y + r + 13, 'text-anchor': 'middle' }, clip(n.name, 24)));
    }),
    ...unnamed.map((id) => {
      const p = pos.get(id)!;
      return svg('g', { class: 'unnamed-actor' }, svg('title', null, 'someone the text does not name'), svg('circle', { class: 'node unnamed', cx: p.x, cy: p.y, r: 5 }));
    }),
  ];
  wrap.append(h('div', { class: 'chart' }, svg('svg', { class: 'network-chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Actor network: ${plural(network.nodes.length, 'actor')}, ${plural(network.edges.length, 'relation')}` },
    svg('defs', null, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z' }))),
    edges, nodes)));
  wrap.append(h('ul', { class: 'legend' },
    (['PER', 'ORG', 'LOC', 'MISC'] as const).map((t) => h('li', null, h('span', { class: `key node-key ${t}` }), ` ${t === 'PER' ? 'person' : t === 'ORG' ? 'organisation' : t === 'LOC' ? 'place' : 'other'}`)),
    h('li', null, h('span', { class: 'key node-key none' }), ' named, not an entity'),
    h('li', null, h('span', { class: 'key node-key unnamed' }), ' not named'),
    h('li', null, 'arrow: actor → target, labelled with the event type; dashed: negated')));
  if (network.edges.length === 0) wrap.append(h('p', { class: 'note' }, 'No event names both its actor and its target yet.'));
  return wrap;
}

/** Who did what to whom, one line per arrow: actor, event types, target; the words behind it beneath. */
function relationList(arrows: readonly Arrow[], names: ReadonlyMap<string, string>): HTMLElement {
  const who = (id: string) => names.has(id) ? h('strong', null, names.get(id)!) : h('span', { class: 'meta' }, 'someone not named');
  return h('ul', { class: 'relations' }, arrows.map((a) => h('li', { class: `relation${a.negated ? ' negated' : ''}${a.unnamed ? ' unnamed' : ''}` },
    h('p', null, who(a.source), ' → ', h('span', { class: 'event-type' }, a.negated ? `not ${a.label}` : a.label), ' → ', who(a.target)),
    h('p', { class: 'meta' }, a.detail))));
}

/** One arrow per ordered pair of actors, its label the event types between them. */
function* groupPairs(edges: readonly NetworkEdge[]): Generator<Arrow> {
  const pairs = new Map<string, NetworkEdge[]>();
  for (const e of edges) {
    const key = `${e.source}\u0000${e.target}`;
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  }
  for (const list of pairs.values()) {
    yield {
      source: list[0]!.source, target: list[0]!.target,
      label: list.map((e) => e.type).join(', '),
      detail: list.map((e) => `${e.type} ×${e.count}${e.negated ? ` (${e.negated} negated)` : ''}${e.hedged ? ` (${e.hedged} hedged)` : ''}: ${e.triggers.map((t) => `“${t.text}”`).join(', ')}`).join('\n'),
      negated: list.every((e) => e.negated === e.count),
      unnamed: false,
    };
  }
}
