import type { DateRef, Mention, SentenceSyntax } from '../../core/model.js';
import type { SentenceView } from '../syntax/args.js';
import type { VerbGroup } from '../syntax/clause.js';
import type { Predicate } from '../syntax/triggers.js';
import { linkClauses, type Links } from './linking.js';
import { isAdjectival, isReducedPassive } from './participles.js';

// One sentence as the event reading sees it, read once and never changed: its predicates (adjectival
// participles left out), their verb groups, which are passive, and how their clauses link. Every
// later step (roles, typing, place, the record) takes it read-only.

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
  /** The sentence's first token and the token after its last (article indexes). */
  readonly first: number;
  readonly end: number;
  /** The lower-case word at token i; '' outside the sentence. */
  word(i: number): string;
  /** A verb that heads its own clause: not a noun, an infinitive, a participle, a governed act or reported content. */
  finite(q: Predicate): boolean;
}

export function readSentence(view: SentenceView, syntax: SentenceSyntax, mentions: readonly Mention[], dates: readonly DateRef[]): SentenceContext {
  // the participle filter comes first: clause linking and roles must not see "alleged" as a verb
  const kept = syntax.predicates.filter((p) => !isAdjectival(view, p));
  const groups = new Map<Predicate, VerbGroup>(kept.map((p) => [p, p.group]));
  const passive = new Set<Predicate>(kept.filter((p) => p.group.passive || isReducedPassive(view, p, p.group)));
  const links = linkClauses(view, kept);
  const first = view.sentence.tokenStart, end = view.sentence.tokenEnd;
  return {
    view, mentions, dates, preds: kept, groups, passive, links, first, end,
    word: (i) => (i >= first && i < end ? view.lower(i) : ''),
    finite: (q) => {
      const g = groups.get(q);
      if (q.noun || !g || g.infinitive || links.governor.has(q) || links.reported.has(q)) return false;
      return !g.participle;
    },
  };
}
