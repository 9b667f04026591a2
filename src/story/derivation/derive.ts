import type { AnalyzedArticle, ArticleId, Derivation } from '../../core/model.js';
import { containment, reportWords, shingleSet } from '../../analyze/copies/shingles.js';
import { alignSentences, reportSentences, type SentenceWords } from '../../analyze/copies/sentences.js';
import { earlier, MIN_SHINGLES } from '../../analyze/copies/near-copies.js';
import { COPY_CONTAINMENT, REWRITE_MIN_SENTENCES, REWRITE_SENTENCES, REWRITE_SENTENCES_OF_LONGER, SENTENCE_OVERLAP } from '../../analyze/copies/thresholds.js';
import { createLshIndex } from '../../analyze/copies/lsh.js';
import { fingerprintOf } from '../../analyze/copies/minhash.js';
import { creditedAgency } from './credit.js';
import type { PassMemo } from '../memo.js';

/**
 * Stories up to this many reports compare every pair (rewrites share too few word sequences for an
 * index to find them); a larger one compares each report only with those sharing an LSH band with it
 * (near-linear: its copies are found, rewrites only when they keep much of the wording).
 */
export const PAIRWISE_MAX = 150;

// Which report of a story copies or rewrites which. Every pair is compared on its running text: a copy
// shares most word sequences (the shorter text is nearly whole in the longer), a rewrite rewords
// sentences but keeps enough of their words in the same order. The original is the earlier report;
// on the same day, the one crediting a news agency, then the one read first.

export interface DerivationThresholds {
  copy: number;
  rewrite: number;
  /** The same share over the longer report's sentences: a rewrite retells most of its original, not one passage of it. */
  rewriteOfLonger: number;
  rewriteMinSentences: number;
  sentenceOverlap: number;
}

export const DEFAULT_THRESHOLDS: DerivationThresholds = {
  copy: COPY_CONTAINMENT, rewrite: REWRITE_SENTENCES, rewriteOfLonger: REWRITE_SENTENCES_OF_LONGER, rewriteMinSentences: REWRITE_MIN_SENTENCES, sentenceOverlap: SENTENCE_OVERLAP,
};

/** What a report is compared on, computed once per story. */
export interface Profile {
  a: Readonly<AnalyzedArticle>;
  order: number;
  shingles: Set<number>;
  sentences: SentenceWords[];
  agency: string | undefined;
}

/** What one pair shares: the containment of word sequences and the sentences aligned in order. */
export interface PairEvidence { containment: number; sentences: number; sentenceShare: number; sentenceShareOfLonger: number }

export function compareProfiles(x: Profile, y: Profile, overlap: number): PairEvidence {
  const c = x.shingles.size >= MIN_SHINGLES && y.shingles.size >= MIN_SHINGLES ? containment(x.shingles, y.shingles) : 0;
  const aligned = alignSentences(x.sentences, y.sentences, overlap);
  const longer = Math.max(x.sentences.length, y.sentences.length);
  return { containment: c, sentences: aligned.pairs.length, sentenceShare: aligned.share, sentenceShareOfLonger: longer ? aligned.pairs.length / longer : 0 };
}

export function profile(a: Readonly<AnalyzedArticle>, order: number): Profile {
  // Word sequences and sentences are read when a pair is compared: with a memo, most pairs are not.
  let shingles: Set<number> | undefined, sentences: SentenceWords[] | undefined;
  return {
    a, order, agency: creditedAgency(a),
    get shingles() { return (shingles ??= shingleSet(reportWords(a))); },
    get sentences() { return (sentences ??= reportSentences(a)); },
  };
}

/**
 * The derivations among a story's articles (given in story order, earliest first). With `memo` (a
 * store's articles: ids that name their content), a pair compared in an earlier build is not compared again.
 */
export function deriveStory(articles: readonly Readonly<AnalyzedArticle>[], t: DerivationThresholds = DEFAULT_THRESHOLDS, memo?: PassMemo): Derivation[] {
  const compare = memo
    ? (x: Profile, y: Profile, overlap: number) => memo.get(`derivation ${x.a.id} ${y.a.id} ${overlap}`, () => compareProfiles(x, y, overlap))
    : compareProfiles;
  return deriveFromProfiles(articles.map(profile), t, compare);
}

/** The same from profiles made once (tuning compares many thresholds on one set). */
export function deriveFromProfiles(profiles: readonly Profile[], t: DerivationThresholds,
  compare: (x: Profile, y: Profile, overlap: number) => PairEvidence = compareProfiles): Derivation[] {
  // originals first: earlier reports, and on one day a credited agency's story before those that run it
  const ordered = [...profiles].sort((x, y) => (isOriginalBefore(x, y) ? -1 : isOriginalBefore(y, x) ? 1 : x.order - y.order));
  const out: Derivation[] = [];
  const index = ordered.length > PAIRWISE_MAX ? createLshIndex<number>() : undefined;
  ordered.forEach((y, k) => {
    let best: { x: Profile; kind: 'copy' | 'rewrite'; similarity: number; e: PairEvidence } | undefined;
    const f = index && fingerprintOf(y.shingles);
    const compared = f ? index!.candidates(f).map((i) => ordered[i]!) : ordered.slice(0, k);
    if (f) index!.add(k, f);
    for (const x of compared) {
      const e = compare(x, y, t.sentenceOverlap);
      const kind = e.containment >= t.copy ? 'copy' : e.sentences >= t.rewriteMinSentences && e.sentenceShare >= t.rewrite && e.sentenceShareOfLonger >= t.rewriteOfLonger ? 'rewrite' : undefined;
      if (!kind) continue;
      const similarity = kind === 'copy' ? e.containment : e.sentenceShare;
      if (!best || (kind === 'copy' && best.kind === 'rewrite') || (kind === best.kind && similarity > best.similarity)) best = { x, kind, similarity, e };
    }
    if (!best) return;
    out.push(derivation(y, best.x, best.kind, best.similarity, best.e));
  });
  return out;
}

function isOriginalBefore(x: Profile, y: Profile): boolean {
  const dx = x.a.published?.slice(0, 10), dy = y.a.published?.slice(0, 10);
  if (dx && dy && dx !== dy) return dx < dy;
  if (!!x.agency !== !!y.agency) return !!x.agency;
  return earlier({ published: x.a.published, order: x.order }, { published: y.a.published, order: y.order });
}

function derivation(y: Profile, x: Profile, kind: 'copy' | 'rewrite', similarity: number, e: PairEvidence): Derivation {
  const agency = x.agency ?? y.agency;
  const evidence = [kind === 'copy'
    ? `${pct(e.containment)} of the shorter text's five-word sequences are in both`
    : `${e.sentences} sentences reworded in the same order (${pct(e.sentenceShare)} of the shorter report's)`];
  if (agency) evidence.push(`credit line names ${agency}`);
  const dx = x.a.published?.slice(0, 10), dy = y.a.published?.slice(0, 10);
  if (dx && dy && dx < dy) evidence.push(`the original was published earlier (${dx})`);
  const d: Derivation = { article: y.a.id as ArticleId, from: x.a.id as ArticleId, kind: kind === 'copy' && agency ? 'wire' : kind, similarity: round(similarity), evidence };
  if (agency) d.agency = agency;
  return d;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const round = (x: number) => Math.round(x * 1000) / 1000;
