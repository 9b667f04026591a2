import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// Creating the folders a command writes into (--out, --db), one level at a time. Node's recursive
// mkdir loops forever on some paths (`/proc/nope` spun at 86% CPU for 10 minutes); this gives up at
// the first level that cannot be made, with one line naming the path and the problem.

/** A file-system problem, worded for the person who typed the path: "PATH: is a file, not a folder". */
export class FileSystemError extends Error {}

/** Makes `path` and any missing folders above it; throws a FileSystemError naming the path and the problem. */
export function makeFolder(path: string): void {
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    let isFolder: boolean;
    try { isFolder = statSync(at).isDirectory(); } catch (e) {
      if (code(e) !== 'ENOENT' || dirname(at) === at) throw new FileSystemError(`${at}: ${problem(e)}`);
      missing.unshift(at);
      continue;
    }
    if (!isFolder) throw new FileSystemError(`${at}: is a file, not a folder${at === resolve(path) ? '' : ` (needed for ${path})`}`);
    break;
  }
  for (const folder of missing) {
    try { mkdirSync(folder); } catch (e) {
      throw new FileSystemError(`${folder}: cannot create this folder (${problem(e)})`);
    }
  }
}

/** The problem behind a file-system error, in words, with its code. */
export function problem(e: unknown): string {
  const c = code(e);
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder', EACCES: 'permission denied', EPERM: 'not permitted', EROFS: 'a read-only file system',
    ENOTDIR: 'a part of the path is a file, not a folder', EEXIST: 'already exists', EISDIR: 'is a folder, not a file',
    ENOSPC: 'no space left on the device', EDQUOT: 'over the disk quota', ENAMETOOLONG: 'the name is too long',
  };
  return c && words[c] ? `${words[c]}, ${c}` : (e as Error).message ?? String(e);
}

function code(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}
