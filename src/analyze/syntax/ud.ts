import type { Predicate, SyntaxToken, Upos, VerbGroup } from '../../core/model.js';
import type { Arg, SentenceView } from './args.js';
import { findSubject, prepositionBefore } from './clause.js';
import { baseForm } from './lemma.js';
import { ADVERBS, AUXILIARIES, COORDINATORS, DETERMINERS, isAdverb, isNumber, isPossessive, isWord, NEGATORS, PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS, PREPOSITIONS, SUBORDINATORS } from './words.js';

// The sentence as UD tokens, from what the rules know: a part of speech from the word classes, the
// predicates and the phrases; heads and relations inside verb groups (aux, mark, advmod) and
// phrases (det, nummod, amod, flat, compound), the subject (nsubj) and object (obj) of verbs. What
// the rules do not know stays unattached (head -1, 'dep') and untagged ('X'); the root is the first
// finite verb. A trained tagger and parser will fill the rest behind the same layer.

/** Words after a verb that may stand between it and its object: "expelled the diplomats". */
const MAX_OBJECT_GAP = 2;
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'scores']);

type Clausal = Predicate & { group: VerbGroup };

export function udTokens(view: SentenceView, predicates: readonly Clausal[]): SyntaxToken[] {
  const first = view.sentence.tokenStart, end = view.sentence.tokenEnd;
  const out: SyntaxToken[] = [];
  for (let i = first; i < end; i++) {
    const t = view.tokens[i]!;
    out.push({ start: t.start, end: t.end, pos: wordClass(view, i), lemma: baseForm(t.text), head: -1, dep: 'dep' });
  }
  const at = (i: number) => out[i - first]!;
  const attach = (i: number, head: number, dep: string) => {
    const tok = at(i);
    if (tok.head === -1 && tok.dep === 'dep' && i !== head) { tok.head = head - first; tok.dep = dep; }
  };
  for (const a of view.args) phrase(view, a, at, attach);
  const isVerb = (p: Clausal) => !p.noun;
  const finite = (q: Predicate) => { const c = q as Clausal; return isVerb(c) && !c.group.infinitive && !c.group.participle; };
  for (const p of predicates) {
    const head = at(p.first);
    head.pos = p.noun ? 'NOUN' : 'VERB';
    head.lemma = p.lemma;
    if (p.noun) continue;
    for (let k = p.group.start; k < p.first; k++) {
      const w = view.lower(k);
      if (w === 'to') at(k).pos = 'PART';
      attach(k, p.first, w === 'to' ? 'mark' : NEGATORS.has(w) || isAdverb(w) ? 'advmod' : AUXILIARIES.has(w) ? (p.group.passive && /^(?:is|are|was|were|be|been|being)$/.test(w) ? 'aux:pass' : 'aux') : 'dep');
    }
    const subject = findSubject(view, p, p.group, predicates, finite);
    if (subject && 'arg' in subject) attach(headOf(view, subject.arg), p.first, p.group.passive ? 'nsubj:pass' : 'nsubj');
    if (!p.group.passive) {
      const object = view.args.find((a) => a.first > p.last && a.first <= p.last + 1 + MAX_OBJECT_GAP && !prepositionBefore(view, a)
        && !predicates.some((q) => q.first > p.last && q.first < a.first));
      if (object) attach(headOf(view, object), p.first, 'obj');
    }
  }
  const root = predicates.find(finite) ?? predicates.find(isVerb);
  if (root) { at(root.first).head = -1; at(root.first).dep = 'root'; }
  return out;
}

/** The token that heads a phrase: the last token of its name, else its last token. */
function headOf(view: SentenceView, a: Arg): number {
  let k = a.last;
  while (k > a.first && view.tokens[k]!.start >= a.ref.end) k--;
  return k;
}

/** Dependents inside a phrase hang on its head: determiners, numbers, modifiers, the rest of a name. */
function phrase(view: SentenceView, a: Arg, at: (i: number) => SyntaxToken, attach: (i: number, head: number, dep: string) => void): void {
  const head = headOf(view, a);
  const name = view.mentionAt(head);
  if (a.kind === 'name' || a.kind === 'sector' || a.kind === 'anaphor') at(head).pos = a.kind === 'name' ? 'PROPN' : 'NOUN';
  if (a.kind === 'sector' || a.kind === 'anaphor') at(head).lemma = a.head;
  const from = DETERMINERS.has(view.lower(a.first - 1)) ? a.first - 1 : a.first;
  for (let k = from; k <= a.last; k++) {
    if (k === head) continue;
    const pos = at(k).pos;
    const dep = name && view.mentionAt(k) === name ? 'flat' : pos === 'DET' ? 'det' : pos === 'NUM' ? 'nummod' : pos === 'PART' ? 'case'
      : pos === 'ADJ' ? 'amod' : 'compound';
    attach(k, head, dep);
  }
}

/** A part of speech from the closed word classes and the mentions; 'X' where the rules cannot tell. */
function wordClass(view: SentenceView, i: number): Upos {
  const text = view.tokens[i]!.text, w = view.lower(i);
  if (!isWord(text) && !isNumber(text)) return /^[$€£¥%+=<>#@&*]$/u.test(text) ? 'SYM' : 'PUNCT';
  if (isNumber(text) || NUMBER_WORDS.has(w)) return 'NUM';
  if (view.mentionAt(i)) return 'PROPN';
  if (isPossessive(text) || w === 'not' || w === "n't") return 'PART';
  if (PERSONAL_PRONOUNS.has(w) || (POSSESSIVE_PRONOUNS.has(w) && w !== 'her')) return 'PRON';
  if (DETERMINERS.has(w)) return 'DET';
  if (AUXILIARIES.has(w)) return 'AUX';
  if (COORDINATORS.has(w)) return 'CCONJ';
  if (SUBORDINATORS.has(w)) return w === 'who' || w === 'which' || w === 'whom' || w === 'whose' ? 'PRON' : 'SCONJ';
  if (PREPOSITIONS.has(w)) return 'ADP';
  if (ADVERBS.has(w) || isAdverb(w)) return 'ADV';
  return view.args.some((a) => a.first <= i && i < a.last && a.kind !== 'name') ? 'ADJ' : 'X';
}
