import type { DepTree } from '../syntax/tree.js';
import { NAMING, reports } from './reporting.js';

// Who governs words in quote marks, read on the parse, and what shape those words have.
// The reporting verb is the one the quoted words hang on ("X said: “...”", "“...,” said X", a partial
// quote inside a reported clause) or the one that hangs on them ("“...,” he said" parsed the other
// way round). A quoted phrase that is not a clause (a noun phrase, a title, a word) is somebody's
// words only when a verb of naming takes it ("called it “deplorable”") or it sits inside what a
// verb of saying reports ("said the deaths were investigated as a “quadruple murder”"); else it is
// the article's own scare quote or title ("the “Islamic State” declared a “caliphate”").

/** Relations that open a reported clause: the phrase below them is inside what was said. */
const REPORTED_CLAUSE = new Set(['ccomp', 'parataxis', 'xcomp']);
/** Relations of a quoted clause's own subject, copula or auxiliaries: the words make a clause. */
const CLAUSE_DEPS = /^(?:nsubj|csubj|expl|cop|aux)/;
/** A subject and its auxiliary written as one token, as our tokenizer leaves them: "We’re", "it's", "I'm". */
const CONTRACTION = /^\p{L}+['’](?:re|s|m|ve|ll|d)$/iu;

export type QuoteShape = 'clause' | 'phrase';

/** A clause has a word with its own subject, copula or auxiliary inside the marks, or a contraction of both ("We’re"). */
export function quoteShape(tree: DepTree, inside: readonly number[], word: (k: number) => string): QuoteShape {
  const set = new Set(inside);
  for (const k of inside) {
    if (CLAUSE_DEPS.test(tree.dep(k)) && set.has(tree.head(k))) return 'clause';
    if (CONTRACTION.test(word(k))) return 'clause';
  }
  return 'phrase';
}

/** The reporting verb that attributes the quoted words `inside` (article token indexes of one sentence), if any. */
export function attributingVerb(tree: DepTree, inside: readonly number[], shape: QuoteShape, outsideMarks: (k: number) => boolean,
  endsSentence: boolean): number | undefined {
  const set = new Set(inside);
  // “... again.” closes a sentence: a verb after it is the next sentence's ("“...,” he said" takes a comma)
  const last = Math.max(...inside);
  const allowed = (verb: number) => outsideMarks(verb) && !(endsSentence && verb > last);
  const heads = inside.filter((k) => tree.pos(k) !== 'PUNCT' && !set.has(tree.head(k)));
  let best: { verb: number; distance: number } | undefined;
  const consider = (verb: number, distance: number) => { if (!best || distance < best.distance) best = { verb, distance }; };
  for (const h of heads) {
    // up: the nearest verb of saying above the quoted words
    // (a phrase counts only when the path climbs out of a reported clause on the way, not when it is the verb's own object)
    let reported = false;
    for (let a = tree.head(h), below = h, distance = 1; a >= 0; below = a, a = tree.head(a), distance++) {
      if (set.has(a)) break;
      // (the quoted words' own edge counts when it is a clause's: "said it “breaks (her) heart”" parsed as ccomp)
      if ((below !== h || tree.dep(h) === 'ccomp' || tree.dep(h) === 'parataxis') && REPORTED_CLAUSE.has(tree.dep(below))) reported = true;
      if (allowed(a) && reports(tree, a, 'quote')) {
        if (shape === 'clause' || reported || (NAMING.has(tree.lemma(a)) && !namedByNoOne(tree, a))) consider(a, distance);
        break;
      }
    }
  }
  // down: a verb of saying hanging on any of the quoted words ("“...,” he said" parsed as their parataxis)
  for (const k of inside) {
    for (const c of tree.children(k)) {
      if (!set.has(c) && allowed(c) && reports(tree, c, 'quote') && tree.pos(c) === 'VERB') consider(c, 1);
    }
  }
  return best?.verb;
}

/**
 * "Thatcher, dubbed the “Iron Lady”", "what was called a “massacre”": a verb of naming in the passive says who was
 * named, not who named them; the words are someone's only when its agent is given ("dubbed ... by the press").
 */
function namedByNoOne(tree: DepTree, verb: number): boolean {
  // (the parser often reads "Thatcher, dubbed the ..." as active, Thatcher its subject: a subject that ends right
  // before the comma before the verb, with no auxiliary, is the one named)
  const apposed = tree.has(verb - 2) && tree.lemma(verb - 1) === ',' && !tree.children(verb, 'aux').length
    && tree.children(verb, 'nsubj').some((s) => tree.nounPhrase(s).last === verb - 2);
  const passive = apposed || tree.dep(verb).startsWith('acl') || tree.children(verb, 'aux:pass', 'nsubj:pass').length > 0;
  const agent = tree.children(verb, 'obl', 'obl:agent').some((o) => tree.children(o, 'case').some((c) => tree.lemma(c) === 'by'));
  return passive && !agent;
}
