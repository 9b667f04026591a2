// Text helpers every layer may use (statements, briefs, terminal lines).

/** `text` on one line (runs of whitespace become one space), cut to at most `n` characters with an ellipsis. */
export function clip(text: string, n: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
