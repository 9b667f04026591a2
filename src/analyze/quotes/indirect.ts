import type { DepTree } from '../syntax/tree.js';
import { NAMING, reports } from './reporting.js';

// Reported speech read on the parse: the clause a verb of saying governs ("X said (that) CLAUSE",
// "CLAUSE, X said", "X told reporters CLAUSE"), the act a verb of asking governs ("urged Y to ..."),
// and "according to X". Spans are article token indexes, inclusive.

export interface ReportedSpan { first: number; last: number }
export interface ReportedClause extends ReportedSpan { verb: number }

/** Fewer tokens than this are not a report of anything ("said so", "told him"). */
const MIN_CLAUSE_TOKENS = 3;
/** Words that open an indirect question ("where he was being held"): a question reported, not an answer. */
const WH = /^(?:where|when|why|how|what|who|whom|whose|which)$/i;
/** Adverbs that deny the verb ("would not say", "never said"). */
const NEGATION = new Set(['not', "n't", 'never']);
/** Edge tokens a reported span does not keep: punctuation and quote marks. */
const EDGE = /^[\p{P}\p{S}]+$/u;

/**
 * The clauses that verbs of saying and asking report in one sentence; `quoted(k)`: token k is inside
 * quote marks; `commaBefore(k)`: the comma before ", X said"; `commaAfter(k)`: the one before ", said X".
 */
export function reportedClauses(tree: DepTree, words: (k: number) => string, quoted: (k: number) => boolean,
  commaBefore: (verb: number) => number | undefined, commaAfter: (verb: number) => number | undefined): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (let k = tree.first; k < tree.end; k++) {
    if (tree.pos(k) !== 'VERB' || quoted(k)) continue;
    // "details have not been disclosed", "it is essential to emphasize": no one is said to say anything
    if (tree.children(k, 'aux:pass', 'nsubj:pass').length || tree.children(k, 'mark').some((m) => tree.lemma(m) === 'to')) continue;
    // (the parser often labels a verb's "to ..." or "that ..." complement an adverbial clause: the
    // mark says what it is)
    const marked = (word: string) => (c: number) => tree.children(c, 'mark').some((m) => tree.lemma(m) === word);
    const asked = reports(tree, k, 'request') ? tree.children(k, 'xcomp', 'advcl').find(marked('to')) : undefined;
    if (asked !== undefined) {
      const span = trimmed(words, tree.subtreeSpan(asked));
      if (span) out.push({ verb: k, ...span });
      continue;
    }
    if (NAMING.has(tree.lemma(k))) continue;     // "calling their invitation “deplorable”" names, it does not report
    // (a participle parsed as what was said is a clause of its own: "said on Friday, defending ...")
    // (nor is a relative clause, ", who did not have", or a noun phrase the parser took for a clause)
    // ("time will tell if ...", "asked whether ...": a question, not a report)
    // ("would not say where he was held", "did not know when": a wh-question, or a report denied, says nothing)
    if (tree.children(k, 'advmod').some((m) => NEGATION.has(tree.lemma(m).toLowerCase()))) continue;
    const candidates = [...tree.children(k, 'ccomp'), ...tree.children(k, 'advcl', 'xcomp').filter(marked('that'))]
      .filter((c) => tree.isClause(c, words(c)) && !marked('if')(c) && !marked('whether')(c) && !WH.test(words(tree.subtreeSpan(c).first)));
    // ("While X isn't possible yet, Jane Doe says the idea is sound": a clause before the verb that a subordinator
    // opens is a circumstance of the saying, however the parse hung it, when the verb reports what follows it)
    const reportsAfter = candidates.some((d) => d > k) || tree.children(k, 'obj').some((d) => d > k);
    const circumstance = (c: number) => c < k && reportsAfter && opensWithSubordinator(tree, c);
    const ccomps = candidates.filter((c) => !circumstance(c));
    // "CLAUSE, X said" with X right before the verb, "CLAUSE, said X": the clause is what precedes the
    // comma (the parser may have hung X inside it)
    const before = commaAfter(k) ?? (ccomps.some((c) => c > k) ? undefined : commaBefore(k));
    if (before !== undefined && reports(tree, k, 'clause')) {
      const span = trimmed(words, { first: tree.first, last: before - 1 });
      if (span) out.push({ verb: k, ...span });
      continue;
    }
    const clauses = ccomps.map((c) => ({ c, without: [] as number[] }));
    // "CLAUSE, X said" parsed with the verb of saying hanging on the clause (as parataxis, or as a
    // conjunct with no "and" and nothing reported of its own)
    const h = tree.head(k);
    // (not "..., as Putin claimed that ...": a verb with a mark or a complement of its own)
    const hangs = !clauses.length && !tree.children(k, 'mark').length
      && (tree.dep(k) === 'parataxis' || (tree.dep(k) === 'conj' && !tree.children(k, 'cc').length));
    if (hangs && h >= 0 && h < k && tree.children(h, 'nsubj', 'expl').length && !circumstance(h)) clauses.push({ c: h, without: [k] });
    for (const { c, without } of clauses) {
      const that = tree.children(c, 'mark').filter((m) => tree.lemma(m) === 'that');
      if (!reports(tree, k, that.length ? 'that-clause' : 'clause')) continue;
      // "..., worsening prospects for ...": a participle after a comma says what followed, not what was said
      const after = tree.children(c).filter((x) => x > c && words(x - 1) === ',' && tree.participle(x, words(x)));
      const span = trimmed(words, tree.subtreeSpan(c, [...without, ...after]), that);
      if (span) out.push({ verb: k, ...span });
    }
  }
  return out;
}

/** The clause's first word is a subordinator other than "that" ("While ...", "Although ...", "If ..."). */
function opensWithSubordinator(tree: DepTree, c: number): boolean {
  const first = tree.subtreeSpan(c).first;
  return tree.pos(first) === 'SCONJ' && tree.lemma(first).toLowerCase() !== 'that';
}

/** "according to X, CLAUSE" / "CLAUSE, according to X" (or "as per X"): X's phrase and the clause around it. */
export function accordingTo<S extends ReportedSpan>(tree: DepTree, words: (k: number) => string, sourceAt: (from: number) => S | undefined):
  { source: S; said: ReportedSpan }[] {
  const out: { source: S; said: ReportedSpan }[] = [];
  for (let k = tree.first; k < tree.end - 2; k++) {
    if (!((words(k) === 'according' && words(k + 1) === 'to') || (words(k) === 'as' && words(k + 1) === 'per'))) continue;
    const source = sourceAt(k + 2);
    if (!source) continue;
    // the sentence less "according to X" and its commas: what comes before it, else what follows it
    const before = trimmed(words, { first: tree.first, last: k - 1 });
    const after = trimmed(words, { first: source.last + 1, last: tree.end - 1 });
    const said = before ?? after;
    if (said) out.push({ source, said });
  }
  return out;
}

/** The span less edge punctuation and the clause's "that"; undefined when too little is left. */
function trimmed(words: (k: number) => string, span: ReportedSpan, drop: readonly number[] = []): ReportedSpan | undefined {
  let { first, last } = span;
  while (first <= last && (EDGE.test(words(first)) || drop.includes(first))) first++;
  while (last >= first && EDGE.test(words(last))) last--;
  return last - first + 1 >= MIN_CLAUSE_TOKENS ? { first, last } : undefined;
}
