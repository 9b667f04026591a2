// Geometry for the charts, kept apart from drawing so it can be tested: calendar periods on a time
// axis, tick marks, and a deterministic force layout for the actor network.

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Period {
  /** UTC milliseconds, half-open. */
  start: number;
  end: number;
  grain: 'day' | 'month' | 'year';
}

/** 'YYYY-MM-DD' (or a timestamp starting so), 'YYYY-MM', 'YYYY' as the period it names; undefined otherwise. */
export function parsePeriod(value: string): Period | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]), mo = m[2] ? Number(m[2]) - 1 : undefined, d = m[3] ? Number(m[3]) : undefined;
  if (mo !== undefined && (mo < 0 || mo > 11)) return undefined;
  if (d !== undefined) {
    const start = Date.UTC(y, mo!, d);
    if (new Date(start).getUTCDate() !== d) return undefined;
    return { start, end: start + DAY, grain: 'day' };
  }
  if (mo !== undefined) return { start: Date.UTC(y, mo, 1), end: Date.UTC(y, mo + 1, 1), grain: 'month' };
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), grain: 'year' };
}

/** A linear map from [d0, d1] to [r0, r1]; a single-point domain maps to the middle. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

export interface Tick {
  at: number;
  label: string;
}

/**
 * Tick marks for a time span: the finest of days, 2 days, weeks, fortnights, months, 2, 3 or 6 months,
 * or years that gives at most `max` of them; but never a single tick where a finer step gives two
 * (one label does not say the scale).
 */
export function timeTicks(start: number, end: number, max = 8): Tick[] {
  const options: (() => Tick[])[] = [
    ...[1, 2, 7, 14].map((step) => () => dayTicks(start, end, step)),
    ...[1, 2, 3, 6].map((step) => () => monthTicks(start, end, step)),
    () => yearTicks(start, end, max),
  ];
  let finer: Tick[] | undefined;
  for (const option of options) {
    const ticks = option();
    if (ticks.length <= max) return ticks.length < 2 && finer ? finer : ticks;
    finer = ticks;
  }
  return finer ?? [];
}

function dayTicks(start: number, end: number, step: number): Tick[] {
  const ticks: Tick[] = [];
  for (let t = Math.ceil(start / DAY) * DAY; t <= end; t += step * DAY) {
    const d = new Date(t);
    ticks.push({ at: t, label: `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}` });
  }
  return ticks;
}

function monthTicks(start: number, end: number, step: number): Tick[] {
  const first = new Date(start);
  const ticks: Tick[] = [];
  for (let i = 1; ; i += step) {
    const t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1);
    if (t > end) break;
    const d = new Date(t);
    ticks.push({ at: t, label: d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
  }
  return ticks;
}

function yearTicks(start: number, end: number, max: number): Tick[] {
  const y0 = new Date(start).getUTCFullYear() + 1, y1 = new Date(end).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / max));
  const ticks: Tick[] = [];
  for (let y = y0; y <= y1; y += step) ticks.push({ at: Date.UTC(y, 0, 1), label: String(y) });
  return ticks;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Positions for a graph's nodes inside width × height, `margin` kept free on the sides and `marginY`
 * above and below (Fruchterman-Reingold: nodes start on a circle in the given order, repel each
 * other, edges pull, a weak pull to the centre keeps loose nodes near; the result is scaled to fill
 * the box). Same input, same picture.
 */
export function forceLayout(ids: readonly string[], edges: readonly (readonly [string, string])[], width: number, height: number, margin = 40, marginY = margin, iterations = 300): Map<string, Point> {
  const n = ids.length;
  const pos = ids.map((_, i) => ({ x: Math.cos((2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2), y: Math.sin((2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2) }));
  const index = new Map(ids.map((id, i) => [id, i]));
  const links = edges.map(([a, b]) => [index.get(a), index.get(b)] as const).filter((l): l is readonly [number, number] => l[0] !== undefined && l[1] !== undefined && l[0] !== l[1]);
  // Work in a unit square scaled to the box's aspect; k is the ideal edge length.
  const aspect = Math.max(0.3, Math.min(3, (width - 2 * margin) / Math.max(1, height - 2 * marginY)));
  const k = Math.sqrt((4 * aspect) / Math.max(1, n)) * 1.1;
  for (let it = 0; it < iterations && n > 1; it++) {
    const temperature = 0.1 * (1 - it / iterations) + 0.002;
    const force = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i]!.x - pos[j]!.x, dy = pos[i]!.y - pos[j]!.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 1e-6) { dx = (i - j) * 1e-3; dy = 1e-3; d2 = dx * dx + dy * dy; }
        const f = (k * k) / d2;
        force[i]!.x += dx * f; force[i]!.y += dy * f;
        force[j]!.x -= dx * f; force[j]!.y -= dy * f;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[a]!.x - pos[b]!.x, dy = pos[a]!.y - pos[b]!.y;
      const f = Math.sqrt(dx * dx + dy * dy) / k;
      force[a]!.x -= dx * f; force[a]!.y -= dy * f;
      force[b]!.x += dx * f; force[b]!.y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      const p = pos[i]!, f = force[i]!;
      f.x -= p.x * 0.6 / aspect; f.y -= p.y * 0.6 * aspect;
      const len = Math.sqrt(f.x * f.x + f.y * f.y) || 1;
      const step = Math.min(len, temperature);
      p.x += (f.x / len) * step; p.y += (f.y / len) * step;
    }
  }
  return fit(ids, pos, width, height, margin, marginY);
}

/** Scales and centres points to fill the box inside the margins (a single point sits in the middle). */
function fit(ids: readonly string[], pos: readonly Point[], width: number, height: number, margin: number, marginY: number): Map<string, Point> {
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = linear(minX, maxX, margin, Math.max(margin, width - margin)), sy = linear(minY, maxY, marginY, Math.max(marginY, height - marginY));
  return new Map(ids.map((id, i) => [id, { x: clamp(sx(pos[i]!.x), 0, width), y: clamp(sy(pos[i]!.y), 0, height) }]));
}

function clamp(v: number, lo: number, hi: number): number {
  return lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v));
}
