import type { ArticleId, Claim, Qualifier } from '../core/model.js';

// How the brief cites a claim: the claim plus the name of its source, so every renderer can say who
// states it and link to the sentence (article, start, end) without looking the article up again.

/** A claim as the brief cites it: the claim plus the name of its source. */
export interface Citation {
  article: ArticleId;
  source: string;
  start: number;
  end: number;
  text: string;
  value?: number | string;
  qualifier?: Qualifier;
  asOf?: string;
  later?: boolean;
}

/** A function that cites claims, naming each one's source by `sourceName(article id)`. */
export function citer(sourceName: (article: string) => string): (c: Claim) => Citation {
  return (c) => ({
    article: c.article, source: sourceName(c.article), start: c.start, end: c.end, text: c.text,
    ...(c.value !== undefined ? { value: c.value } : {}), ...(c.qualifier ? { qualifier: c.qualifier } : {}),
    ...(c.asOf ? { asOf: c.asOf } : {}), ...(c.later ? { later: true } : {}),
  });
}
