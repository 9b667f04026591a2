// Builds the PLOVER → CAMEO table of ./cameo.ts by reading the PLOVER project's CAMEO2PLOVER-2021.txt
// (../shared/data/plover, CC BY-SA 4.0) in reverse. The file maps each CAMEO code to a PLOVER
// type, mode and context; we want, for each type+mode (and each type alone), one CAMEO code.
// Rule: the most general code that maps there, i.e. the shortest code, then the smallest.
// Run `node dist/src/export/gdelt/reverse-cameo.js ../shared/data/plover/CAMEO2PLOVER-2021.txt`
// to print the table; a test checks that ./cameo.ts still matches the file.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CameoRow {
  code: string;
  type: string;
  mode: string;
}

/** The `CODE: TYPE, MODE, CONTEXT # description` lines; root headers (`04: CONSULT`) are skipped. */
export function parseCameoToPlover(text: string): CameoRow[] {
  const rows: CameoRow[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,]*)/.exec(line);
    if (!m) continue;
    rows.push({ code: m[1]!, type: m[2]!, mode: m[3]!.trim().toLowerCase() });
  }
  return rows;
}

/** `TYPE` and `TYPE/mode` → the most general CAMEO code mapping there. */
export function reverseTable(rows: readonly CameoRow[]): Record<string, string> {
  const best = new Map<string, string>();
  const offer = (key: string, code: string) => {
    const have = best.get(key);
    if (!have || code.length < have.length || (code.length === have.length && code < have)) best.set(key, code);
  };
  for (const r of rows) offer(r.mode ? `${r.type}/${r.mode}` : r.type, r.code);
  return Object.fromEntries([...best.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = process.argv[2];
  if (!path) { process.stderr.write('usage: reverse-cameo.js CAMEO2PLOVER-2021.txt\n'); process.exitCode = 2; }
  else process.stdout.write(`${JSON.stringify(reverseTable(parseCameoToPlover(readFileSync(path, 'utf8'))), null, 2)}\n`);
}
