import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root (tests run from dist/src/core/_test). */
export const REPO = resolve(fileURLToPath(new URL('../../../..', import.meta.url)));
export const EXAMPLES = resolve(REPO, 'examples');
/** ../shared beside the repository: third-party data that never enters the repo. */
export const SHARED = resolve(REPO, '../shared');
export const SHARED_DATA = resolve(SHARED, 'data');
/** A skip reason when the shared data is absent (a fresh clone), else false. */
export function needsShared(sub = ''): string | false {
  return existsSync(resolve(SHARED_DATA, sub)) ? false : `../shared/data/${sub} is absent (third-party data lives outside the repo); skipped`;
}
