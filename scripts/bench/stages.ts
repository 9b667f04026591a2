// The per-article part of `npm run bench`: each stage timed alone over the whole corpus (median of
// `runs`), with its tokens/s and its share of the per-article total. `node dist/scripts/bench/part.js
// stages` prints this table alone (seconds, where the whole bench takes minutes).
import type { Article, Analysis, Diagnostic, Layer } from '../../src/core/model.js';
import { segment } from '../../src/clean/index.js';
import { identifyLanguage } from '../../src/clean/language.js';
import { prepareArticle } from '../../src/clean/prepare.js';
import type { Pipeline } from '../../src/analyze/pipeline.js';
import { reporter } from '../../src/core/report.js';
import { readBytes, type Draft } from '../../src/read/index.js';
import type { CorpusFile } from './corpus.js';

export interface StageRow { stage: string; seconds: number; articles: number; tokens: number; bytes: number }

export interface StageFigures {
  rows: StageRow[];
  drafts: Draft[];
  articles: Article[];
  analyses: Analysis[];
  tokens: number;
  inputBytes: number;
}

/** The median of `runs` timings of `fn`, in seconds; `after` runs after each (a memory sample). */
export function timer(runs: number, after: () => void = () => {}): (fn: () => void) => number {
  return (fn) => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = process.hrtime.bigint();
      fn();
      times.push(Number(process.hrtime.bigint() - t0) / 1e9);
      after();
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  };
}

/**
 * Read, clean, language and each stage of `pipeline` over `files`, each timed alone; then the model
 * inside the syntax stage (tagging + parsing, sentence by sentence) and the per-article total
 * (read + clean + language + every stage).
 */
export function benchStages(files: readonly CorpusFile[], pipeline: Pipeline, time: (fn: () => void) => number): StageFigures {
  const sink: Diagnostic[] = [];
  const inputBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  let drafts: Draft[] = [];
  const tRead = time(() => { drafts = files.flatMap((f) => [...readBytes(f.origin, f.bytes, sink)]); });
  const textBytes = drafts.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const tClean = time(() => { for (const d of drafts) segment(d); });
  const tLang = time(() => { for (const d of drafts) identifyLanguage(d.text, segment(d)); }) - tClean;
  const articles = drafts.map((d) => prepareArticle(d, []));
  const analyses: Analysis[] = articles.map(() => ({}));
  const stageTimes: [string, number][] = [];
  for (const stage of pipeline.stages) {
    const t = time(() => {
      articles.forEach((a, i) => {
        (analyses[i] as Record<Layer, unknown>)[stage.assigns] = stage.run(a, analyses[i]!, pipeline.ctx, reporter([], stage.name));
      });
    });
    stageTimes.push([stage.name, t]);
  }
  const tokens = analyses.reduce((n, a) => n + (a.tokens?.length ?? 0), 0);
  const rows: StageRow[] = [];
  const row = (stage: string, seconds: number, bytes: number) => rows.push({ stage, seconds, articles: drafts.length, tokens, bytes });
  row('read (decode + parse)', tRead, inputBytes);
  row('clean (segments)', tClean, textBytes);
  row('language', Math.max(tLang, 1e-9), textBytes);
  for (const [name, t] of stageTimes) row(`stage ${name}`, t, textBytes);
  const perArticle = rows.reduce((n, r) => n + r.seconds, 0);
  // The trained tagger + parser alone (models/syntax.bin), sentence by sentence: its share of the syntax stage
  const syntaxModel = pipeline.ctx.syntax;
  if (syntaxModel) {
    const sentences = articles.flatMap((a, i) => (analyses[i]!.sentences ?? []).map((s) => analyses[i]!.tokens!.slice(s.tokenStart, s.tokenEnd).map((t) => t.text)));
    row('tagging + parsing (model)', time(() => { for (const words of sentences) syntaxModel.analyze(words); }), textBytes);
  }
  row('analyze total (read..stages)', perArticle, inputBytes);
  return { rows, drafts, articles, analyses, tokens, inputBytes };
}

/** A figure as the tables print it: whole above 100, one decimal below. */
export const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));

/** The table: articles/s, tokens/s, MB/s, seconds and share of the per-article total (the last row, `analyze total`) of each row. */
export function printStages(rows: readonly StageRow[]): void {
  const total = rows.find((r) => r.stage.startsWith('analyze total'))!.seconds;
  console.log(`${'stage'.padEnd(30)} ${'articles/s'.padStart(12)} ${'tokens/s'.padStart(14)} ${'MB/s'.padStart(8)} ${'seconds'.padStart(8)} ${'share'.padStart(6)}`);
  for (const r of rows)
    console.log(`${r.stage.padEnd(30)} ${fmt(r.articles / r.seconds).padStart(12)} ${fmt(r.tokens / r.seconds).padStart(14)} ${fmt(r.bytes / 1048576 / r.seconds).padStart(8)} ${r.seconds.toFixed(3).padStart(8)} ${`${((100 * r.seconds) / total).toFixed(1)}%`.padStart(6)}`);
}
