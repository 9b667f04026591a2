import type { Claim } from '../core/model.js';

// The sides of a fact: its claims grouped by the value they give (for a conflict, each side is one
// version of the figure or event), largest side first. Story logic, so it is computed here once and
// sent to the web UI inside the Brief rather than worked out in the browser.

export interface Side<C extends Claim = Claim> {
  key: string;
  /** The value as the claims give it, or the first claim's words when they give none. */
  label: string;
  claims: C[];
}

/** How a claim states its value: "at least 19", or undefined when it gives none. */
export function statedValue(c: Claim): string | undefined {
  if (c.value === undefined) return undefined;
  return `${c.qualifier && c.qualifier !== 'exact' ? `${c.qualifier} ` : ''}${c.value}`;
}

export function sidesOf<C extends Claim>(claims: readonly C[]): Side<C>[] {
  const sides = new Map<string, Side<C>>();
  for (const c of claims) {
    const stated = statedValue(c);
    const key = stated ?? c.text.trim().toLowerCase();
    const side = sides.get(key) ?? { key, label: stated ?? c.text, claims: [] };
    side.claims.push(c);
    sides.set(key, side);
  }
  // Array.prototype.sort is stable: sides of equal size keep the order of their first claim.
  return [...sides.values()].sort((a, b) => b.claims.length - a.claims.length);
}
