import { createRequire } from 'node:module';
import type { AnalyzedArticle } from '../../core/model.js';
import { bodyText } from '../../story/text.js';

// GDELT's V1.5 tone, from the AFINN-165 word list (the `sentiment` package): the share of words
// with positive and with negative connotation, in percent of all words. Activity density is the
// share of words that are event triggers; self/group reference density the share of personal
// pronouns. Computed over the body and title, so comments and boilerplate do not colour it.

interface SentimentResult { calculation: Record<string, number>[] }
const Sentiment = createRequire(import.meta.url)('sentiment') as new () => { analyze(text: string): SentimentResult };
// A word list, loaded once; analyze() keeps no state between calls.
const afinn = new Sentiment();

export interface Tone {
  /** positive − negative, in percentage points. */
  tone: number;
  positive: number;
  negative: number;
  polarity: number;
  activity: number;
  selfGroup: number;
  words: number;
}

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;
const PRONOUNS = new Set('i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself they them their theirs themselves'.split(' '));

export function toneOf(article: AnalyzedArticle): Tone {
  const text = bodyText(article);
  const words = text.match(WORD) ?? [];
  const n = words.length;
  if (n === 0) return { tone: 0, positive: 0, negative: 0, polarity: 0, activity: 0, selfGroup: 0, words: 0 };
  let pos = 0, neg = 0;
  for (const entry of afinn.analyze(text).calculation)
    for (const score of Object.values(entry)) { if (score > 0) pos++; else if (score < 0) neg++; }
  const pct = (k: number) => (100 * k) / n;
  const pronouns = words.filter((w) => PRONOUNS.has(w.toLowerCase())).length;
  const positive = pct(pos), negative = pct(neg);
  return {
    tone: positive - negative, positive, negative, polarity: positive + negative,
    activity: pct(article.events?.length ?? 0), selfGroup: pct(pronouns), words: n,
  };
}
