import type { SentenceSyntax, SyntaxToken } from '../../core/model.js';

// The dependency parse of one sentence as a tree addressed by article token indexes, the indexes
// every other reader of the sentence uses (phrases, predicates). Read-only; no rules about events.

export interface DepTree {
  /** The sentence's first token (article index) and one past its last. */
  readonly first: number;
  readonly end: number;
  /** The head of token i (article index), or -1 for the root and tokens left unattached. */
  head(i: number): number;
  /** The relation of token i to its head ('' outside the sentence). */
  dep(i: number): string;
  lemma(i: number): string;
  pos(i: number): string;
  /** The dependents of token i, left to right. */
  children(i: number): readonly number[];
  /** The first dependent of i whose relation is one of `deps` (a subtype matches its base: 'obl' takes 'obl:tmod'). */
  child(i: number, ...deps: string[]): number | undefined;
  /** The preposition or case marker of a nominal ("in Lyon": "in"), lower case. */
  caseOf(i: number): string | undefined;
  /** Whether the sentence carries a parse: heads beyond the rules' few. */
  readonly parsed: boolean;
}

/** `want` names a relation or its base: 'nsubj' matches 'nsubj' but not 'nsubj:pass' unless asked for the subtype. */
const matches = (dep: string, want: string) => dep === want || (!want.includes(':') && dep.startsWith(`${want}:`) && !PASSIVE_SUBTYPES.has(dep));
/** Subtypes that change who is who: a search for 'nsubj' must never return the subject of a passive. */
const PASSIVE_SUBTYPES = new Set(['nsubj:pass', 'csubj:pass', 'obl:agent']);

export function depTree(syntax: Pick<SentenceSyntax, 'tokens'>, first: number): DepTree {
  const tokens: readonly SyntaxToken[] = syntax.tokens;
  const end = first + tokens.length;
  const kids: number[][] = tokens.map(() => []);
  tokens.forEach((t, i) => { if (t.head >= 0 && t.head < tokens.length && t.head !== i) kids[t.head]!.push(first + i); });
  const tok = (i: number) => (i >= first && i < end ? tokens[i - first] : undefined);
  const tree: DepTree = {
    first, end,
    head: (i) => { const t = tok(i); return t && t.head >= 0 ? first + t.head : -1; },
    dep: (i) => tok(i)?.dep ?? '',
    lemma: (i) => (tok(i)?.lemma ?? '').toLowerCase(),
    pos: (i) => tok(i)?.pos ?? '',
    children: (i) => (i >= first && i < end ? kids[i - first]! : []),
    child: (i, ...deps) => tree.children(i).find((c) => deps.some((d) => matches(tree.dep(c), d))),
    caseOf: (i) => { const c = tree.child(i, 'case'); return c === undefined ? undefined : tree.lemma(c); },
    // the rules attach only inside phrases and verb groups; a trained parse attaches every token but the root
    parsed: tokens.filter((t) => t.head >= 0).length >= tokens.length - 1 && tokens.length > 1,
  };
  return tree;
}
