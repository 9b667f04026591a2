// The training and build scripts write committed models: `--help` must print what a script does, never
// run it, and an option a script does not know must stop it before it overwrites anything.

/**
 * Prints `usage` and exits 0 on --help or -h; exits 2 naming any option that `usage` does not list.
 * Call it first thing, before any work.
 */
export function guardArgs(args: readonly string[], usage: string): void {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  const known = new Set(usage.match(/--[a-z0-9-]+/g) ?? []);
  const unknown = args.filter((a) => a.startsWith('--') && !known.has(a));
  if (unknown.length) {
    process.stderr.write(`unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}\n${usage.trim()}\n`);
    process.exit(2);
  }
}
