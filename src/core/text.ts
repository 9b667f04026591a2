// Text helpers every layer may use (statements, briefs, terminal lines).

/** `text` on one line (runs of whitespace become one space), cut to at most `n` characters with an ellipsis. */
export function clip(text: string, n: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

// Escape sequences (CSI "ESC [ ... final", OSC "ESC ] ... BEL or ESC \", and the short ones such as "ESC c"), then any
// other C0 or C1 control but tab and newline: article data must not move the cursor, recolour, retitle or
// clear the reader's terminal.
const ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -/]*[0-~])?|\x9b[0-?]*[ -/]*[@-~]?/g;
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** `text` safe to print on a terminal: escape sequences and control characters (tab and newline aside) removed. */
export function printable(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '');
}
