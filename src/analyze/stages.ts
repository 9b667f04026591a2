import type { Stage } from '../core/stage.js';
import { splitSentences } from './sentences/sentences.js';
import { tokenize } from './tokens/tokenize.js';

export const tokenStage: Stage<'tokens'> = {
  name: 'tokens',
  requires: [],
  assigns: 'tokens',
  run: (article) => tokenize(article.text),
};

export const sentenceStage: Stage<'sentences'> = {
  name: 'sentences',
  requires: ['tokens'],
  assigns: 'sentences',
  run: (article, soFar) => splitSentences(article.text, soFar.tokens!, article.segments),
};

export const entityStage: Stage<'mentions'> = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  assigns: 'mentions',
  run: (article, soFar, ctx) => ctx.recognizer.recognize(article.text, soFar.tokens!, soFar.sentences!),
};
