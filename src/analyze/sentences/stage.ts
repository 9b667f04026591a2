import type { Stage } from '../../core/stage.js';
import { splitSentences } from './sentences.js';

export const sentenceStage: Stage<'sentences'> = {
  name: 'sentences',
  requires: ['tokens'],
  assigns: 'sentences',
  run: (article, soFar) => splitSentences(article.text, soFar.tokens!, article.segments),
};
