import type { SentenceSyntax, SyntaxToken } from '../../core/model.js';

// One sentence's dependency tree as the syntax layer stores it (heads are indexes within the
// sentence), read with article token indexes, the indexes every other reader of the sentence uses
// (phrases, predicates): what quotes and events ask of a parse: a token's head and relation, its
// dependents, the span of its subtree, the noun phrase it heads. Read-only; no rules about events or quotes.

/** Relations that belong to a noun phrase's own words ("the girl's uncle", "Sheriff Chris Nocco"). */
const NOUN_PHRASE_DEPS = new Set(['det', 'amod', 'compound', 'flat', 'nummod', 'nmod:poss', 'det:poss', 'flat:name', 'compound:prt']);

/** Punctuation that no noun phrase's modifier holds. */
const BREAKS = /^[,;:()\[\]–—]$/;

/** Pronouns that open a relative clause (", who did not have"). */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'whose']);

/** Subtypes that change who is who: a search for 'nsubj' with child() never returns the subject of a passive. */
const PASSIVE_SUBTYPES = new Set(['nsubj:pass', 'csubj:pass', 'obl:agent']);
/** `want` names a relation or its base: 'nsubj' matches 'nsubj' but not 'nsubj:pass' unless asked for the subtype. */
const matches = (dep: string, want: string) => dep === want || (!want.includes(':') && dep.startsWith(`${want}:`) && !PASSIVE_SUBTYPES.has(dep));

/** One sentence's dependency tree read with article token indexes; outside the sentence a token has no head, relation or dependents. */
export class DepTree {
  private readonly kids: number[][];
  /** Whether the sentence carries a parse: the rules attach only inside phrases and verb groups, a trained parse every token but the root. */
  readonly parsed: boolean;

  /** `first`: the article token index of the sentence's first token. */
  constructor(readonly tokens: readonly SyntaxToken[], readonly first: number) {
    this.kids = tokens.map(() => []);
    tokens.forEach((t, i) => { if (t.head >= 0 && t.head < tokens.length && t.head !== i) this.kids[t.head]!.push(i); });
    this.parsed = tokens.length > 1 && tokens.filter((t) => t.head >= 0).length >= tokens.length - 1;
  }

  /** One past the last article token index of the sentence. */
  get end(): number { return this.first + this.tokens.length; }

  has(k: number): boolean { return k >= this.first && k < this.end; }
  at(k: number): SyntaxToken | undefined { return this.has(k) ? this.tokens[k - this.first] : undefined; }
  dep(k: number): string { return this.at(k)?.dep ?? ''; }
  pos(k: number): string { return this.at(k)?.pos ?? ''; }
  lemma(k: number): string { return (this.at(k)?.lemma ?? '').toLowerCase(); }

  /** The head's article token index, or -1 for the root (and outside the sentence). */
  head(k: number): number {
    const h = this.at(k)?.head ?? -1;
    return h >= 0 && h < this.tokens.length ? this.first + h : -1;
  }

  /** Dependents in sentence order, optionally only those whose relation is (or starts with) one of `deps`. */
  children(k: number, ...deps: string[]): number[] {
    if (!this.has(k)) return [];
    const all = this.kids[k - this.first]!.map((i) => this.first + i);
    return deps.length ? all.filter((c) => deps.some((d) => this.dep(c) === d || this.dep(c).startsWith(`${d}:`))) : all;
  }

  /** The first dependent whose relation is one of `deps`; a base matches its subtypes except the passive ones ('obl' takes 'obl:tmod', 'nsubj' never 'nsubj:pass'). */
  child(k: number, ...deps: string[]): number | undefined {
    return this.children(k).find((c) => deps.some((d) => matches(this.dep(c), d)));
  }

  /** The preposition or case marker of a nominal ("in Lyon": "in"), lower case. */
  caseOf(k: number): string | undefined {
    const c = this.child(k, 'case');
    return c === undefined ? undefined : this.lemma(c);
  }

  /** Is `k` inside the subtree of `top` (itself included)? */
  dominates(top: number, k: number): boolean {
    for (let guard = 0; k >= 0 && guard <= this.tokens.length; guard++, k = this.head(k)) if (k === top) return true;
    return false;
  }

  /** First and last article token index of the subtree of `k`; with `without`, the part of it around `k` that their subtrees do not cut. */
  subtreeSpan(k: number, without: readonly number[] = []): { first: number; last: number } {
    const inside = this.subtree(k), cut = new Set(without.flatMap((w) => [...this.subtree(w)]));
    let first = k, last = k;
    for (let j = k - 1; j >= this.first && !cut.has(j); j--) if (inside.has(j)) first = j;
    for (let j = k + 1; j < this.end && !cut.has(j); j++) if (inside.has(j)) last = j;
    return { first, last };
  }

  /** The article token indexes of `k` and everything below it. */
  private subtree(k: number): Set<number> {
    const out = new Set<number>([k]);
    const stack = [k];
    while (stack.length) for (const c of this.kids[stack.pop()! - this.first] ?? []) if (!out.has(this.first + c)) { out.add(this.first + c); stack.push(this.first + c); }
    return out;
  }

  /** A bare "-ing" verb with no subject or auxiliary of its own ("..., defending the decision"): a participle clause, whatever relation the parser gave it. */
  participle(k: number, word: string): boolean {
    return this.pos(k) === 'VERB' && /ing$/i.test(word) && !this.children(k, 'nsubj', 'aux', 'expl').length;
  }

  /** A clause of its own: a verb, or a predicate with a copula or auxiliary; not a participle, not a relative clause. */
  isClause(k: number, word: string): boolean {
    if (this.participle(k, word) || this.children(k, 'nsubj').some((s) => RELATIVE_PRONOUNS.has(this.lemma(s)))) return false;
    // (a "noun" with an object is a verb the tagger missed: "narrative omits any detail")
    return this.pos(k) === 'VERB' || this.pos(k) === 'AUX' || this.children(k, 'cop', 'aux', 'obj').length > 0;
  }

  /** The noun phrase `k` heads: its own contiguous words (determiners, modifiers, compounds, flat names, a possessor). */
  nounPhrase(k: number): { first: number; last: number } {
    let first = k, last = k;
    // only what touches the phrase so far, nearest first: a parse error cannot stretch it across the sentence
    for (let grown = true; grown;) {
      grown = false;
      for (const c of this.children(k)) {
        if (!NOUN_PHRASE_DEPS.has(this.dep(c))) continue;
        const span = this.subtreeSpan(c);
        // a modifier with a comma, colon, dash or bracket in it is a parse error more often than a phrase
        // ("On Tuesday, deputies"); the period of "Dr." is not
        if ([...Array(span.last - span.first + 1).keys()].some((i) => BREAKS.test(this.lemma(span.first + i)))) continue;
        if ((span.last === first - 1 || span.first === last + 1) && !(span.first >= first && span.last <= last)) {
          first = Math.min(first, span.first); last = Math.max(last, span.last);
          grown = true;
        }
      }
    }
    while (first < k && (this.pos(first) === 'PUNCT')) first++;
    while (last > k && (this.pos(last) === 'PUNCT')) last--;
    return { first, last };
  }
}

/** The tree of a sentence of the syntax layer whose first token is article token `first`. */
export function depTree(syntax: Pick<SentenceSyntax, 'tokens'>, first: number): DepTree {
  return new DepTree(syntax.tokens, first);
}
