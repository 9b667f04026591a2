import { existsSync, readFileSync } from 'node:fs';
import { SyntaxModel } from './model.js';

/** Where `npm run train:syntax` writes the model: models/syntax.bin at the repository root. */
export const DEFAULT_SYNTAX_MODEL = new URL('../../../../models/syntax.bin', import.meta.url);

/** The trained tagger and parser, or undefined when the file is absent (a fresh checkout: the rules fill the layer). */
export function loadSyntaxModelSync(path: string | URL = DEFAULT_SYNTAX_MODEL): SyntaxModel | undefined {
  return existsSync(path) ? SyntaxModel.deserialize(readFileSync(path)) : undefined;
}
