import { isAbsolute, join } from 'node:path';

/**
 * Where the store lives when no `--db` is given: $XDG_DATA_HOME/corroborate/corroborate.db, else
 * ~/.local/share/corroborate/corroborate.db (the XDG base directory rule: a relative
 * XDG_DATA_HOME is ignored). Pure: the caller passes the environment and the home folder.
 */
export function defaultDbPath(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const xdg = env.XDG_DATA_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(home, '.local', 'share');
  return join(base, 'corroborate', 'corroborate.db');
}
