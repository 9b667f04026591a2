import { existsSync } from 'node:fs';
import { prepareArticle } from '../clean/prepare.js';
import type { Draft } from '../read/types.js';
import type { AnalyzedArticle, Diagnostic } from '../core/model.js';
import { heuristicRecognizer } from './entities/heuristic.js';
import { DEFAULT_NER_MODEL, loadNerModelSync, PerceptronRecognizer } from './entities/index.js';
import type { EntityRecognizer } from './entities/types.js';
import { DEFAULT_STAGES } from './index.js';
import { loadSyntaxModelSync } from './syntax/load.js';
import type { EventTyping } from './syntax/cameo.js';
import { defaultEventTyping } from './syntax/load-lexicon.js';
import { loadGenreModelSync } from './genre/model.js';
import type { GenreModel } from '../core/genre-model.js';
import { checkPipeline, runStages, type Context, type Stage, type SyntaxAnalyzer } from '../core/stage.js';

export interface PipelineOptions {
  stages?: readonly Stage[];
  recognizer?: EntityRecognizer;
  /** The tagger and parser; by default models/syntax.bin when it is there. `null`: none (the rules fill the layer). */
  syntax?: SyntaxAnalyzer | null;
  /** How event types are read; by default models/event-lexicon.json under the chosen policy. `null`: the hand lexicon alone. */
  eventTyping?: EventTyping | null;
  /** The genre classifier; by default models/genre.json when it is there. `null`: none (every article is news). */
  genre?: GenreModel | null;
}

/** A configured, frozen pipeline: build once, then analyse any number of articles. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  readonly ctx: Readonly<Context>;
  /** Cleans, identifies the language of and analyses one article. Never throws for bad input. */
  analyze(draft: Draft): AnalyzedArticle;
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const stages = Object.freeze([...(options.stages ?? DEFAULT_STAGES)]);
  const problems = checkPipeline(stages);
  if (problems.length) throw new Error(`invalid pipeline:\n  ${problems.join('\n  ')}`);
  const syntax = options.syntax === undefined ? loadSyntaxModelSync() : options.syntax ?? undefined;
  const eventTyping = options.eventTyping === undefined ? defaultEventTyping() : options.eventTyping ?? undefined;
  const genre = options.genre === undefined ? loadGenreModelSync() : options.genre ?? undefined;
  const ctx: Context = Object.freeze({ recognizer: options.recognizer ?? defaultRecognizer(), ...(syntax ? { syntax } : {}), ...(eventTyping ? { eventTyping } : {}), ...(genre ? { genre } : {}) });
  return Object.freeze({
    stages,
    ctx,
    analyze(draft: Draft): AnalyzedArticle {
      const diagnostics: Diagnostic[] = [];
      const article = prepareArticle(draft, diagnostics);
      return { ...article, ...runStages(article, stages, ctx, diagnostics), diagnostics };
    },
  });
}

/**
 * The trained tagger (models/ner.bin) when it is there, else the capitalisation heuristic: a fresh
 * checkout without the model still works, and `pipeline.ctx.recognizer.name` says which one runs.
 */
export function defaultRecognizer(): EntityRecognizer {
  return existsSync(DEFAULT_NER_MODEL) ? new PerceptronRecognizer(loadNerModelSync()) : heuristicRecognizer;
}
