// Small formatting helpers of the Node-side renderers and the CLI. The web UI (src/server/ui) is a
// browser bundle that cannot import from here, so it keeps its own copy of clip() in ui/format.ts.

/** `text` on one line (runs of whitespace become one space), cut to at most `n` characters with an ellipsis. */
export function clip(text: string, n: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** "1 source", "3 sources". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
