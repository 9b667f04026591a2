import { createPipeline, type Pipeline } from '../analyze/pipeline.js';

/**
 * What the commands are built from, passed in to `main` beside `Io`: a test file builds them once
 * and shares them across its commands, since building a pipeline loads the NER model.
 */
export interface Deps {
  /** The analysis pipeline, built on first use: a command that analyses nothing never loads the model. */
  pipeline: () => Pipeline;
}

/** The default dependencies: one default pipeline, built when a command first asks for it. */
export function defaultDeps(): Deps {
  let pipeline: Pipeline | undefined;
  return { pipeline: () => (pipeline ??= createPipeline()) };
}
