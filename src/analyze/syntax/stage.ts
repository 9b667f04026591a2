import type { Stage } from '../../core/stage.js';
import { parseSentences } from './parse.js';

/**
 * The one syntax layer later stages read (quotes, events): per sentence its tokens (UD part of
 * speech, lemma, head, relation), argument phrases and predicates with their verb groups. Today's
 * rules read phrases from the entity mentions, hence `mentions` (a trained parser will not need them).
 */
export const syntaxStage: Stage<'syntax'> = {
  name: 'syntax',
  requires: ['tokens', 'sentences', 'mentions'],
  assigns: 'syntax',
  run: (article, soFar) => parseSentences(article.text, soFar.tokens!, soFar.sentences!, soFar.mentions!),
};
