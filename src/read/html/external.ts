// A second opinion (trafilatura's external.py): when our own layers find no article, ask Mozilla's
// Readability, which scores candidates its own way. It works on its own parse, since it rewrites the DOM.
import { Readability } from '@mozilla/readability';
import { parseDocument, type DomElement } from './_dom.js';
import { collectBlocks } from './blocks.js';
import { judgeAll, type Judged } from './content.js';
import { THRESHOLDS as T } from './settings.js';

/** Readability's article as judged blocks, or null when it finds none either. Throws on pages too big for it. */
export function readabilityBlocks(html: string): Judged[] | null {
  const doc = parseDocument(html);
  const reader = new Readability(doc as never, {
    charThreshold: T.minArticleChars,
    maxElemsToParse: T.readabilityMaxElements,
    serializer: (node: unknown) => node as DomElement,
  });
  const result = reader.parse();
  const root = result?.content as DomElement | null | undefined;
  if (!root) return null;
  const judged = judgeAll(collectBlocks(root)).filter((j) => j.kind !== 'drop');
  const chars = judged.reduce((n, j) => n + (j.kind === 'body' ? j.block.chars : 0), 0);
  return chars >= T.minArticleChars ? judged.map((j) => ({ ...j, rule: `readability-${j.rule}` })) : null;
}
