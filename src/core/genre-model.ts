// The genre classifier's weights as stored (models/genre.json, written by scripts/train-genre.ts) and
// as stages receive them through the Context. Types only: analyze/genre/ reads and applies them.

/** Logistic regression over an article's word features (analyze/genre/features.ts). */
export interface GenreModel {
  about: string;
  /** The label a probability at or above `threshold` stands for, and the label below it. */
  positive: 'sports';
  negative: 'news';
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** Chosen on held-out documents for precision: an article wrongly called sports loses its events of force. */
  threshold: number;
}
