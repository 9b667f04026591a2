import type { Stage } from '../../core/stage.js';

export const entityStage: Stage<'mentions'> = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  assigns: 'mentions',
  run: (article, soFar, ctx) => ctx.recognizer.recognize(article.text, soFar.tokens!, soFar.sentences!),
};
