import type { AnalyzedArticle } from '../model.js';
import { pushTo } from '../_util.js';
import { bodyText } from './text.js';

// A first grouping: TF-IDF cosine over the body's content words, where names count double, and
// single-link components above a threshold. Pairs are only scored when the two articles share one
// of each other's most weighted terms (an inverted index over those), so the work stays near-linear.
const STOP = new Set(('a an the and or but of to in on at by for with from as is are was were be been being has have had it its this that these those ' +
  'he she they we i you his her their our my your him them who whom which what when where why how not no nor so than then there here also into over ' +
  'after before about against between during without within under up down out off again further once more most other some such only own same too very ' +
  'can will just should would could may might must said says say according new one two three').split(' '));
export const GROUP_THRESHOLD = 0.1;
/** How many of an article's heaviest terms it is indexed and retrieved by. */
const KEY_TERMS = 12;

export function groupArticles(articles: readonly AnalyzedArticle[], threshold = GROUP_THRESHOLD): number[][] {
  const vectors = tfidf(articles.map(terms));
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [i, j] of candidatePairs(vectors))
    if (find(i) !== find(j) && cosine(vectors[i]!, vectors[j]!) >= threshold) parent[find(j)] = find(i);
  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => { const r = find(i); pushTo(groups, r, i); });
  return [...groups.values()];
}

/** Pairs (i < j) that share a key term (each article's heaviest terms), from an inverted index. May repeat a pair. */
function* candidatePairs(vectors: readonly Map<string, number>[]): Generator<[number, number]> {
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    const keys = [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEY_TERMS);
    for (const [t] of keys) pushTo(postings, t, i);
  });
  for (const list of postings.values())
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) yield [list[a]!, list[b]!];
}

function terms(a: AnalyzedArticle): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (t: string, w: number) => counts.set(t, (counts.get(t) ?? 0) + w);
  for (const m of bodyText(a).toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []) {
    const w = m.replace(/['’]s?$/, '');
    if (w.length > 2 && !STOP.has(w)) add(w, 1);
  }
  for (const m of a.mentions ?? []) add(`@${m.text.toLowerCase()}`, 2);
  return counts;
}

function tfidf(docs: Map<string, number>[]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return docs.map((d) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of d) {
      const w = (1 + Math.log(c)) * (Math.log((docs.length + 1) / (df.get(t)! + 1)) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

/** Pairwise similarities (for diagnosis and tuning). */
export function similarityMatrix(articles: readonly AnalyzedArticle[]): number[][] {
  const v = tfidf(articles.map(terms));
  return v.map((a) => v.map((b) => Number(cosine(a, b).toFixed(3))));
}
