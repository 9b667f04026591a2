import type { Diagnostic } from '../core/model.js';
import { FileSystemError, problem } from '../core/folders.js';
import { printable } from '../core/text.js';

/** What a command talks to: nothing in src/cli touches process.* (bin/corroborate.ts wires these). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, read whole when a path is `-`. */
  stdin?: () => Promise<Uint8Array>;
  /** The environment (XDG_DATA_HOME locates the default store). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether `err` is a terminal: progress bars instead of plain lines. */
  tty?: boolean;
  /** Resolves (with the reason) when the user stops a long-running command (serve); the default waits forever. */
  waitForStop?: () => Promise<string>;
}
export type ExitCode = 0 | 1 | 2;

/** A mistake in how the command was called: exit code 2 and a pointer to --help. */
export class UsageError extends Error {}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.origin && !d.message.startsWith(d.origin) ? `${d.origin}: ` : '';
  const tag = d.rule ? ` [${d.rule}]` : '';
  // messages quote article text and origins: nothing in them may reach the terminal as a control
  return printable(`${d.level}: ${where}${d.message}${tag}`).replace(/\n/g, ' ') + '\n';
}

/** A path given with `flag` that cannot be written: one line naming it and the problem, exit 1 (never a stack trace). */
export function fileSystemFailure(command: string, flag: string, e: unknown, io: Io): ExitCode {
  const path = (e as NodeJS.ErrnoException).path;
  const what = e instanceof FileSystemError ? e.message : `${path ? `${path}: ` : ''}${problem(e)}`;
  io.err(printable(`corroborate ${command}: ${flag} ${what}`).replace(/\n/g, ' ') + '\n');
  return 1;
}
