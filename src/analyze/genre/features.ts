import type { Segment, Token } from '../../core/model.js';

// What the genre classifier reads: the words of an article's running text (body and headings; the
// title is left out, as the model never saw the wire's topic slug or headline). One feature per
// distinct word, lower-cased with digits as 0, plus the shape of each figure written without spaces
// ("6-0" and "1-0" are both "#0-0"; a date "1996-08-31" is "#0000-00-00"): a score is a word of sport.

const RUNNING_TEXT = new Set<Segment['kind']>(['body', 'heading']);
const HAS_WORD = /[\p{L}\p{N}]/u;
const DIGITS = /\p{N}/gu;
/** Tokens a written figure is made of: numbers and the marks between them. */
const FIGURE_PART = /^(?:\p{N}[\p{N}.,]*|[-–:/])$/u;

/**
 * The distinct features of the tokens that lie in body or heading segments, sorted; with `maxWords`, of
 * the first so many of them only (training shows the model leads as short as one sentence).
 */
export function genreFeatures(tokens: readonly Token[], segments: readonly Segment[], maxWords = Infinity): string[] {
  const features = new Set<string>();
  let s = 0, words = 0;
  let figure = '';
  let figureEnd = -1;
  const closeFigure = () => { if (/\d/.test(figure)) features.add(`#${figure}`); figure = ''; };
  for (const t of tokens) {
    while (s < segments.length && segments[s]!.end <= t.start) s++;
    const seg = segments[s];
    if (!seg || seg.start > t.start || !RUNNING_TEXT.has(seg.kind)) { closeFigure(); continue; }
    if (++words > maxWords) break;
    const norm = t.text.toLowerCase().replace(DIGITS, '0');
    if (HAS_WORD.test(norm)) features.add(norm);
    if (t.start !== figureEnd || !FIGURE_PART.test(t.text)) closeFigure();
    if (FIGURE_PART.test(t.text)) { figure += norm; figureEnd = t.end; }
  }
  closeFigure();
  return [...features].sort();
}
