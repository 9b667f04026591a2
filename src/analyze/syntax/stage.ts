import type { Stage } from '../../core/stage.js';
import { parseSentences } from './parse.js';

/**
 * The one syntax layer later stages read (quotes, events): per sentence its tokens (UD part of
 * speech, lemma, head, relation: from the trained tagger and parser in ctx.syntax when loaded),
 * argument phrases and predicates with their verb groups. The rules read phrases from the entity
 * mentions, hence `mentions`.
 */
export const syntaxStage: Stage<'syntax'> = {
  name: 'syntax',
  requires: ['tokens', 'sentences', 'mentions'],
  assigns: 'syntax',
  run: (article, soFar, ctx) => parseSentences(article.text, soFar.tokens!, soFar.sentences!, soFar.mentions!, ctx.syntax, ctx.eventTyping),
};
