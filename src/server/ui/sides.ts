import type { Claim, Fact } from '../../core/model.js';

// The sides of a fact: its claims grouped by the value they give (for a conflict, each side is one
// version of the figure or event), largest side first.

export interface Side {
  key: string;
  /** The value as the claims give it, or the first claim's words when they give none. */
  label: string;
  claims: Claim[];
}

export function sidesOf(fact: Fact): Side[] {
  const sides = new Map<string, Side>();
  for (const c of fact.claims) {
    const key = c.value !== undefined ? `${c.qualifier && c.qualifier !== 'exact' ? `${c.qualifier} ` : ''}${c.value}` : c.text.trim().toLowerCase();
    const side = sides.get(key) ?? { key, label: c.value !== undefined ? key : c.text, claims: [] };
    side.claims.push(c);
    sides.set(key, side);
  }
  return [...sides.values()].sort((a, b) => b.claims.length - a.claims.length);
}
