// Average-linkage clustering over a sparse graph of link probabilities, with a merge test relative
// to cohesion: two groups merge when their mean cross probability is high compared with how tightly
// each holds together (a tight group of long wire copies does not absorb a loose neighbour as
// readily as two loose groups of one-line reports join). Pairs without a link count as 0.
import type { MergeCriterion } from './model.js';

export interface Link {
  a: number;
  b: number;
  /** Probability that a and b report the same event. */
  p: number;
}

interface Group {
  members: number[];
  /** Sum and count of the probabilities between its own members. */
  innerSum: number;
  innerPairs: number;
  /** Sum of link probabilities to each other live group. */
  cross: Map<number, number>;
  /** The strongest single link to each other live group. */
  top: Map<number, number>;
}

/** Two groups' linkage: the mean of their links, blended with the strongest one by the criterion's `top` weight. */
export function linkage(mean: number, top: number, criterion: MergeCriterion): number {
  const w = criterion.top ?? 0;
  return w ? (1 - w) * mean + w * top : mean;
}

/** Groups of item indices (0 ≤ index < n), each sorted, in order of their first item. */
export function agglomerate(n: number, links: Iterable<Link>, criterion: MergeCriterion): number[][] {
  const groups: (Group | undefined)[] = Array.from({ length: n }, (_, i) => ({ members: [i], innerSum: 0, innerPairs: 0, cross: new Map(), top: new Map() }));
  const addCross = (g: Group, other: number, p: number) => { g.cross.set(other, (g.cross.get(other) ?? 0) + p); g.top.set(other, Math.max(g.top.get(other) ?? 0, p)); };
  for (const { a, b, p } of links) {
    if (a === b || p <= 0) continue;
    addCross(groups[a]!, b, p);
    addCross(groups[b]!, a, p);
  }
  const cohesion = (g: Group) => (g.innerPairs ? g.innerSum / g.innerPairs : criterion.singleton);
  const score = (i: number, j: number, sum: number) => {
    const gi = groups[i]!, gj = groups[j]!;
    const mean = linkage(sum / (gi.members.length * gj.members.length), gi.top.get(j) ?? 0, criterion);
    return mean < criterion.floor ? -Infinity : mean / Math.sqrt(cohesion(gi) * cohesion(gj));
  };
  // Each group's best partner, kept up to date: a merge changes only the scores that involve the merged group.
  const best: { score: number; partner: number }[] = [];
  const before = (s: number, x: number, y: number, t: number, u: number, v: number) =>
    s > t || (s === t && (Math.min(x, y) < Math.min(u, v) || (Math.min(x, y) === Math.min(u, v) && Math.max(x, y) < Math.max(u, v))));
  const refresh = (i: number) => {
    let b = { score: -Infinity, partner: -1 };
    for (const [j, sum] of groups[i]!.cross) { const s = score(i, j, sum); if (b.partner < 0 || before(s, i, j, b.score, i, b.partner)) b = { score: s, partner: j }; }
    best[i] = b;
  };
  for (let i = 0; i < n; i++) refresh(i);
  for (;;) {
    let bi = -1;
    for (let i = 0; i < n; i++) {
      if (!groups[i] || best[i]!.partner < 0) continue;
      if (bi < 0 || before(best[i]!.score, i, best[i]!.partner, best[bi]!.score, bi, best[bi]!.partner)) bi = i;
    }
    if (bi < 0 || !(best[bi]!.score >= criterion.ratio)) break;
    const keep = Math.min(bi, best[bi]!.partner), gone = Math.max(bi, best[bi]!.partner);
    merge(groups, keep, gone);
    refresh(keep);
    for (const [k, sum] of groups[keep]!.cross) {
      if (best[k]!.partner === keep || best[k]!.partner === gone) refresh(k);
      else { const s = score(k, keep, sum); if (before(s, k, keep, best[k]!.score, k, best[k]!.partner)) best[k] = { score: s, partner: keep }; }
    }
  }
  return groups.filter((g): g is Group => g !== undefined).map((g) => g.members.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

/** Folds group j into group i. */
function merge(groups: (Group | undefined)[], i: number, j: number): void {
  const gi = groups[i]!, gj = groups[j]!;
  const between = gi.cross.get(j) ?? 0;
  gi.innerSum += gj.innerSum + between;
  gi.innerPairs += gj.innerPairs + gi.members.length * gj.members.length;
  gi.members.push(...gj.members);
  gi.cross.delete(j);
  gi.top.delete(j);
  for (const [k, sum] of gj.cross) {
    if (k === i) continue;
    const top = Math.max(gi.top.get(k) ?? 0, gj.top.get(k) ?? 0);
    gi.cross.set(k, (gi.cross.get(k) ?? 0) + sum);
    gi.top.set(k, top);
    const gk = groups[k]!;
    gk.cross.delete(j);
    gk.top.delete(j);
    gk.cross.set(i, (gk.cross.get(i) ?? 0) + sum);
    gk.top.set(i, top);
  }
  groups[j] = undefined;
}
