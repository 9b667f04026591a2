import type { Analysis, Article, Diagnostic, Layer, Mention, Sentence, Token, Upos } from './model.js';
import { reporter, type Report } from './report.js';
import type { EventTyping } from './event-lexicon.js';
import type { GenreModel } from './genre-model.js';

/**
 * The one interface every named-entity recogniser implements (heuristic, trained model, ...).
 * It sees the article text with its tokens and sentences and proposes typed mentions whose
 * offsets point into `text`. Implementations are pure: models arrive already loaded.
 */
export interface EntityRecognizer {
  readonly name: string;
  recognize(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Mention[];
}

/**
 * A trained tagger and dependency parser: per word of a sentence (given as token texts) its UD part
 * of speech, lemma, head (0-based within the sentence, -1 for the root) and relation. Pure: the
 * model arrives already loaded.
 */
export interface SyntaxAnalyzer {
  readonly name: string;
  analyze(words: readonly string[]): { pos: Upos; lemma: string; head: number; dep: string }[];
}

/** What stages share that is not the article: loaded models and lexicons (never mutated). */
export interface Context {
  recognizer: EntityRecognizer;
  /** The trained tagger and parser; absent (a checkout without models/syntax.bin), the rules fill the syntax layer's tokens. */
  syntax?: SyntaxAnalyzer;
  /** How event types are read on the parse (analyze/syntax/cameo.ts); absent, the hand lexicon alone. */
  eventTyping?: EventTyping;
  /** The genre classifier (models/genre.json); absent, every article is read as news. */
  genre?: GenreModel;
}

/** One named step of per-article analysis: it reads the article and earlier layers, and assigns one layer. */
export interface Stage<L extends Layer = Layer> {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: L;
  run(article: Article, soFar: Readonly<Analysis>, ctx: Context, report: Report): NonNullable<Analysis[L]>;
}

/** Problems with a stage list: a stage needing a layer that no earlier stage assigns, a layer assigned twice, a duplicate name. */
export function checkPipeline(stages: readonly Stage[]): string[] {
  return checkOrder(stages.map((s) => ({ name: s.name, requires: s.requires, assigns: [s.assigns] })), 'stage');
}

/** A named step that reads some layers and writes others: a per-article stage or a story pass. */
export interface OrderedStep<L extends string> {
  readonly name: string;
  readonly requires: readonly L[];
  readonly assigns: readonly L[];
}

/**
 * Problems with an ordered list of steps (`what` names them in the messages): a step needing a layer
 * no earlier step assigns, a layer assigned twice, a name used twice. Checked once, when a list is built.
 */
export function checkOrder<L extends string>(steps: readonly OrderedStep<L>[], what: string): string[] {
  const have = new Set<L>();
  const names = new Set<string>();
  const problems: string[] = [];
  for (const s of steps) {
    if (names.has(s.name)) problems.push(`${s.name}: the name is used twice`);
    names.add(s.name);
    for (const r of s.requires) if (!have.has(r)) problems.push(`${s.name}: needs '${r}', no earlier ${what} assigns it`);
    for (const a of s.assigns) {
      if (have.has(a)) problems.push(`${s.name}: assigns '${a}', which an earlier ${what} assigned`);
      have.add(a);
    }
  }
  return problems;
}

/** Runs the stages in order; a stage that throws becomes an error diagnostic on the article, and the rest still run. */
export function runStages(article: Article, stages: readonly Stage[], ctx: Context, diagnostics: Diagnostic[]): Analysis {
  const analysis: Analysis = {};
  for (const stage of stages) {
    const report = reporter(diagnostics, stage.name, article.origin);
    if (stage.requires.some((r) => analysis[r] === undefined)) {
      report.error(`stage skipped: an earlier stage it needs failed`, 'stage-skipped');
      continue;
    }
    try {
      (analysis as Record<Layer, unknown>)[stage.assigns] = stage.run(article, analysis, ctx, report);
    } catch (e) {
      report.error(`stage failed: ${(e as Error).stack ?? String(e)}`, 'stage-failed');
    }
  }
  return analysis;
}
