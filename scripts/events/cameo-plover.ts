import { PLOVER_MODES, type PloverType } from '../../src/analyze/events/ontology.js';
import type { PloverCode } from '../../src/analyze/syntax/cameo.js';

// CAMEO2PLOVER-2021.txt: lines "0841: RETREAT, release,   legal # Return, release person(s)". A code
// the table does not list takes its nearest listed prefix (1712 -> 171 -> 17). The cue categories 01
// (public statements) and 02 (appeals) are dropped by PLOVER (manual, table "PLOVER equivalents to
// CAMEO cue categories"): they code no event.

export function readCameoPlover(text: string): Map<string, PloverCode> {
  const table = new Map<string, PloverCode>();
  for (const raw of text.split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?/.exec(raw.trim());
    if (!m) continue;
    const code = m[1]!, type = m[2]! as PloverType;
    const mode = (m[3] ?? '').trim();
    // a later line for the same 2-digit cue (08: CONCEDE, then 08: RETREAT) does not replace the first
    if (table.has(code)) continue;
    const entry: PloverCode = { type };
    if (mode && PLOVER_MODES[type]?.includes(mode)) entry.mode = mode;
    table.set(code, entry);
  }
  return table;
}

/** The PLOVER type (and mode) of a CAMEO code, null when PLOVER drops it. */
export function ploverOf(table: ReadonlyMap<string, PloverCode>, code: string): PloverCode | null {
  if (code.startsWith('01') || code.startsWith('02')) return null;
  for (let k = code.length; k >= 2; k--) {
    const hit = table.get(code.slice(0, k));
    if (hit) return hit;
  }
  return null;
}
