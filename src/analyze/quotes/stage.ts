import type { Stage } from '../../core/stage.js';
import { extractQuotes } from './extract.js';

/** Quotations, direct and reported, with their speakers (needs the entity mentions for speakers). */
export const quoteStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'mentions', 'syntax'],
  assigns: 'quotes',
  run: (article, soFar, _ctx, report) => extractQuotes({
    text: article.text,
    tokens: soFar.tokens!,
    sentences: soFar.sentences!,
    mentions: soFar.mentions!,
    segments: article.segments,
    syntax: soFar.syntax!,
  }, report),
};
