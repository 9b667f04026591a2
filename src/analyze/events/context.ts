import type { DateRef, Mention, SentenceSyntax } from '../../core/model.js';
import type { SentenceView } from '../syntax/args.js';
import type { VerbGroup } from '../syntax/clause.js';
import { depTree, type DepTree } from '../syntax/tree.js';
import type { Predicate } from '../syntax/triggers.js';
import { dateOwner, type DateOwner } from './dating.js';
import { linkClauses, type Links } from './linking.js';
import { isAdjectival, isReducedPassive } from './participles.js';
import { roleReader, type RoleReader } from './relations.js';

// One sentence as the event reading sees it, read once and never changed: its dependency parse, its
// predicates (adjectival participles left out), their verb groups, which are passive, and how their
// clauses link. Every later step (roles, typing, place, the record) takes it read-only. Voice,
// negation and mood come from the parse where the sentence has one; the rules' reading of the words
// before the verb stands in only where it has none (no syntax model loaded).

export interface SentenceContext {
  readonly view: SentenceView;
  /** The article's mentions (is a participant a place?) and dates (when). */
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateRef[];
  /** The syntax layer's predicates that head a clause or name an act, in order. */
  readonly preds: readonly Predicate[];
  readonly groups: ReadonlyMap<Predicate, VerbGroup>;
  /** Passives, written ("was killed") or reduced ("16 citizens killed"): the subject undergoes the act. */
  readonly passive: ReadonlySet<Predicate>;
  readonly links: Links;
  /** The sentence's dependency parse and the roles read from it. */
  readonly parse: RoleReader;
  /** The token of predicate p that heads it in the parse ("met with": "met"). */
  headOf(p: Predicate): number;
  /** The sentence's first token and the token after its last (article indexes). */
  readonly first: number;
  readonly end: number;
  /** The lower-case word at token i; '' outside the sentence. */
  word(i: number): string;
  /** Whom a date of the sentence belongs to in the parse, for the event with predicate heads `own` (dating.ts). */
  dateOwner(d: DateRef, own: ReadonlySet<number>): DateOwner;
  /** A verb that heads its own clause: not a noun, an infinitive, a participle, a governed act or reported content. */
  finite(q: Predicate): boolean;
}

export function readSentence(view: SentenceView, syntax: SentenceSyntax, mentions: readonly Mention[], dates: readonly DateRef[]): SentenceContext {
  const first = view.sentence.tokenStart, end = view.sentence.tokenEnd;
  const word = (i: number) => (i >= first && i < end ? view.lower(i) : '');
  const tree = depTree(syntax, first);
  // a headline (a line without a closing stop: title case alone misreads a sentence full of names) drops the passive's auxiliary
  const closed = /[.!?"”’')]$/.test(view.tokens[end - 1]?.text ?? '');
  const parse = roleReader(tree, word, !closed);
  const headOf = (p: Predicate) => predicateHead(tree, p);
  // the participle filter comes first: clause linking and roles must not see "alleged" as a verb
  const kept = syntax.predicates.filter((p) => !((tree.parsed && isModifier(tree, headOf(p), p)) || isAdjectival(view, p)));
  const groups = new Map<Predicate, VerbGroup>(kept.map((p) => [p, tree.parsed && !p.noun
    ? { ...p.group, passive: parse.passive(headOf(p)), negated: parse.negated(headOf(p)), hedged: parse.hedged(headOf(p)) } : p.group]));
  const passive = new Set<Predicate>(kept.filter((p) => tree.parsed ? !p.noun && parse.passive(headOf(p)) : p.group.passive || isReducedPassive(view, p, p.group)));
  const links = linkClauses(view, kept, tree.parsed ? tree : undefined, headOf);
  // a predicate the parse reads as a noun ("in a shooting") names its act as a noun does
  const nominal = (p: Predicate) => p.noun || tree.pos(headOf(p)) === 'NOUN';
  const verbs = new Set(kept.filter((p) => !nominal(p)).map(headOf)), nouns = new Set(kept.filter(nominal).map(headOf));
  const dateTokens = (d: DateRef) => { const out: number[] = []; for (let k = first; k < end; k++) { const t = view.tokens[k]!; if (t.start < d.end && t.end > d.start) out.push(k); } return out; };
  return {
    view, mentions, dates, preds: kept, groups, passive, links, parse, headOf, first, end, word,
    dateOwner: (d, own) => dateOwner(tree, dateTokens(d), own, verbs, nouns, word),
    finite: (q) => {
      const g = groups.get(q);
      if (q.noun || !g || g.infinitive || links.governor.has(q) || links.reported.has(q)) return false;
      return !g.participle;
    },
  };
}

/** The predicate's token whose head lies outside it: "met" in "met with", "attack" in "the attack". */
function predicateHead(tree: DepTree, p: Predicate): number {
  for (let k = p.first; k <= p.last; k++) { const h = tree.head(k); if (h < p.first || h > p.last) return k; }
  return p.first;
}

/** "alleged crimes", "an armed man": a verb form the parse reads as a noun's modifier, not an act. */
function isModifier(tree: DepTree, h: number, p: Predicate): boolean {
  return !p.noun && tree.dep(h) === 'amod';
}
