import type { AnalyzedArticle, Span } from '../../core/model.js';
import { SENTENCE_OVERLAP } from './thresholds.js';

// Rewrites: a report that rewords another keeps its sentences' content words and their order while
// its word sequences change. Two reports align sentence by sentence on the content words they share;
// the matches that keep their order (a longest increasing run) are what one took from the other.

/** A sentence of the running text and its content words (three letters or more, lower case). */
export interface SentenceWords extends Span { words: Set<string> }

/** Shortest sentence (in content words) worth aligning: "He said." matches anything. */
const MIN_WORDS = 5;

/** The sentences of the body and headings with their content words (the sentence layer, else a split on end punctuation). */
export function reportSentences(a: Pick<AnalyzedArticle, 'text' | 'segments' | 'sentences'>): SentenceWords[] {
  const spans: Span[] = a.sentences ?? splitSentences(a.text);
  const out: SentenceWords[] = [];
  let k = 0;
  for (const s of spans) {
    while (k < a.segments.length && a.segments[k]!.end <= s.start) k++;
    const seg = a.segments[k];
    if (!seg || seg.start > s.start || (seg.kind !== 'body' && seg.kind !== 'heading')) continue;
    const words = new Set(a.text.slice(s.start, s.end).toLowerCase().match(/\p{L}{3,}|\p{N}+/gu) ?? []);
    if (words.size >= MIN_WORDS) out.push({ start: s.start, end: s.end, words });
  }
  return out;
}

function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\n.!?]+(?:[.!?]+["”’)]?|$)/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export interface Alignment {
  /** Pairs [index in a, index in b] of matched sentences, in order in both. */
  pairs: [number, number][];
  /** Matched sentences over the shorter report's sentence count, in [0, 1]. */
  share: number;
}

/** The sentences of `b` that reword sentences of `a`, kept in the order both tell them. */
export function alignSentences(a: readonly SentenceWords[], b: readonly SentenceWords[], overlap = SENTENCE_OVERLAP): Alignment {
  const byWord = new Map<string, number[]>();
  a.forEach((s, i) => { for (const w of s.words) { const l = byWord.get(w); if (l) l.push(i); else byWord.set(w, [i]); } });
  const matches: [number, number][] = [];
  b.forEach((s, j) => {
    const shared = new Map<number, number>();
    for (const w of s.words) for (const i of byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best = -1, bestScore = 0;
    for (const [i, n] of shared) {
      const score = n / Math.min(a[i]!.words.size, s.words.size);
      if (score > bestScore) { best = i; bestScore = score; }
    }
    if (best >= 0 && bestScore >= overlap) matches.push([best, j]);
  });
  const pairs = longestIncreasing(matches);
  const shorter = Math.min(a.length, b.length);
  return { pairs, share: shorter ? pairs.length / shorter : 0 };
}

/** The longest run of matches whose `a` indexes increase (their `b` indexes already do). */
function longestIncreasing(matches: readonly [number, number][]): [number, number][] {
  const tails: number[] = [], prev = new Array<number>(matches.length).fill(-1);
  matches.forEach(([i], k) => {
    let lo = 0, hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (matches[tails[mid]!]![0] < i) lo = mid + 1; else hi = mid; }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(matches[k]!);
  return out.reverse();
}
