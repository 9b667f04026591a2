import { existsSync, readFileSync } from 'node:fs';
import type { Genre } from '../../core/model.js';
import type { GenreModel } from '../../core/genre-model.js';

// Applying the genre classifier (core/genre-model.ts) to an article's features: a sum of weights.

/** Where scripts/train-genre.ts writes the model: models/genre.json at the repository root. */
export const DEFAULT_GENRE_MODEL = new URL('../../../../models/genre.json', import.meta.url);

/** The trained classifier, or undefined when the file is absent (every article is then read as news). */
export function loadGenreModelSync(path: string | URL = DEFAULT_GENRE_MODEL): GenreModel | undefined {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) as GenreModel : undefined;
}

/** The probability that an article with these features is of the model's positive genre. */
export function genreProbability(model: Readonly<Pick<GenreModel, 'bias' | 'weights'>>, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) if (Object.hasOwn(model.weights, f)) z += model.weights[f]!;
  return 1 / (1 + Math.exp(-z));
}

/** The article's genre: the positive label at or above the model's threshold. */
export function classifyGenre(model: Readonly<GenreModel>, features: readonly string[]): Genre {
  const p = genreProbability(model, features);
  return { label: p >= model.threshold ? model.positive : model.negative, p: Math.round(p * 1e4) / 1e4 };
}
