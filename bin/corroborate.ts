#!/usr/bin/env node
// The only file that touches process.*: everything else is testable through main().
import { main } from '../src/cli/main.js';

const readStdin = async (): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

// A reader that stops early (`corroborate stories | head -1`) is not an error: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2), {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  stdin: readStdin,
  env: process.env,
  tty: process.stderr.isTTY === true,
  // Listens only when a command asks (serve): other commands keep Ctrl-C's default.
  waitForStop: () => new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  }),
});
