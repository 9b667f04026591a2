import { readFile } from 'node:fs/promises';
import { readConllu, type UdSentence } from '../analyze/syntax/conllu.js';
import { loadSyntaxModelSync } from '../analyze/syntax/load.js';
import type { AnalyzedWord } from '../analyze/syntax/model.js';
import { attachmentCounts, attachmentScores } from './metrics.js';

/** Anything that analyses a sentence given as words: the trained model, or a stand-in in tests. */
export interface SentenceAnalyzer {
  analyze(words: readonly string[]): AnalyzedWord[];
}

export interface ParseScores {
  upos: number;
  uas: number;
  las: number;
  tokensPerSecond: number;
  words: number;
  /** Per gold relation (universal part): words, and how many got the right head and relation. */
  byRelation: Map<string, { gold: number; correct: number }>;
}

/**
 * UPOS accuracy, UAS and LAS (0..100) on gold-tokenised sentences, and the speed of tagging plus
 * parsing in words per second. With `warmUp`, the first tenth of the sentences (at most 200) is
 * analysed once, untimed: the figure is a loaded model's steady state.
 */
export function scoreParses(analyzer: SentenceAnalyzer, sentences: readonly UdSentence[], warmUp = false): ParseScores {
  if (warmUp) for (const s of sentences.slice(0, Math.min(200, Math.ceil(sentences.length / 10)))) analyzer.analyze(s.words);
  const started = process.hrtime.bigint();
  const predicted = sentences.map((s) => analyzer.analyze(s.words));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let words = 0, tagged = 0;
  const byRelation = new Map<string, { gold: number; correct: number }>();
  sentences.forEach((s, k) => {
    const p = predicted[k]!;
    s.words.forEach((_, i) => {
      words++;
      if (p[i]!.pos === s.upos[i]) tagged++;
      const rel = s.deps[i]!.split(':')[0]!;
      const r = byRelation.get(rel) ?? { gold: 0, correct: 0 };
      r.gold++;
      if (p[i]!.head === s.heads[i] && p[i]!.dep.split(':')[0] === rel) r.correct++;
      byRelation.set(rel, r);
    });
  });
  const trees = predicted.map((p) => ({ heads: p.map((w) => w.head), deps: p.map((w) => w.dep) }));
  const { uas, las } = attachmentScores(attachmentCounts(sentences, trees));
  return { upos: words ? (100 * tagged) / words : 0, uas, las, tokensPerSecond: words / Math.max(seconds, 1e-9), words, byRelation };
}

/** Per-relation lines (most frequent first), then (last) the contract line `upos .. uas .. las .. tokens_per_s ..`. */
export function reportParseScores(s: ParseScores, out: (line: string) => void): void {
  for (const [rel, r] of [...s.byRelation].sort((a, b) => b[1].gold - a[1].gold)) {
    out(`${rel.padEnd(12)} gold ${r.gold} correct ${r.correct} las ${(r.gold ? (100 * r.correct) / r.gold : 0).toFixed(2)}`);
  }
  out(`upos ${s.upos.toFixed(2)} uas ${s.uas.toFixed(2)} las ${s.las.toFixed(2)} tokens_per_s ${Math.round(s.tokensPerSecond)}`);
}

/** Scores the trained model (models/syntax.bin) on a CoNLL-U file with its gold tokenisation. */
export async function evalParse(file: string, out: (line: string) => void): Promise<{ upos: number; uas: number; las: number; tokensPerSecond: number }> {
  const sentences = readConllu(await readFile(file, 'utf8'));
  if (!sentences.length) throw new Error('no CoNLL-U sentence in it (token lines of 10 tab-separated columns)');
  const model = loadSyntaxModelSync();
  if (!model) throw new Error('models/syntax.bin is missing (run npm run train:syntax)');
  const s = scoreParses(model, sentences, true);
  reportParseScores(s, out);
  return { upos: s.upos, uas: s.uas, las: s.las, tokensPerSecond: s.tokensPerSecond };
}
