import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { NerModel } from './model.js';
import { PerceptronRecognizer } from './recognizer.js';

export { NerModel } from './model.js';
export { PerceptronRecognizer, type DocumentTagger } from './recognizer.js';
export type { EntityRecognizer } from './types.js';

/** Where `npm run train` writes the model: models/ner.bin at the repository root. */
export const DEFAULT_NER_MODEL = new URL('../../../../models/ner.bin', import.meta.url);

/** Loads the trained tagger (models/ner.bin unless `path` is given). */
export async function loadNerModel(path: string | URL = DEFAULT_NER_MODEL): Promise<NerModel> {
  return NerModel.deserialize(await readFile(path));
}

export function loadNerModelSync(path: string | URL = DEFAULT_NER_MODEL): NerModel {
  return NerModel.deserialize(readFileSync(path));
}

/** The trained tagger as an EntityRecognizer named 'perceptron'. */
export async function perceptronRecognizer(path?: string | URL): Promise<PerceptronRecognizer> {
  return new PerceptronRecognizer(await loadNerModel(path));
}
