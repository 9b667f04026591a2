import type { Stage } from '../../core/stage.js';
import { tokenize } from './tokenize.js';

export const tokenStage: Stage<'tokens'> = {
  name: 'tokens',
  requires: [],
  assigns: 'tokens',
  run: (article) => tokenize(article.text),
};
