// Small formatting helpers of the Node-side renderers and the CLI (clip() itself is core/text.ts). The
// web UI (src/server/ui) is a browser bundle that cannot import from here, so it keeps its own copy of
// clip() in ui/format.ts.

export { clip } from '../core/text.js';

/** "1 source", "3 sources". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
