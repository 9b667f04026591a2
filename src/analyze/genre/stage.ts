import type { Stage } from '../../core/stage.js';
import { genreFeatures } from './features.js';
import { classifyGenre } from './model.js';

/**
 * Genre: whether the article is a sports report, from the words it already has (no parse needed).
 * Without a model every article is news, and the diagnostic says why.
 */
export const genreStage: Stage<'genre'> = {
  name: 'genre',
  requires: ['tokens'],
  assigns: 'genre',
  run: (article, soFar, ctx, report) => {
    if (!ctx.genre) {
      report.info('no genre model (models/genre.json): read as news', 'genre-no-model');
      return { label: 'news', p: 0 };
    }
    return classifyGenre(ctx.genre, genreFeatures(soFar.tokens!, article.segments));
  },
};
