import type { ArgRef } from '../../core/model.js';
import type { SentenceView } from '../syntax/args.js';
import type { Discourse } from '../syntax/discourse.js';
import type { DepTree } from '../syntax/tree.js';
import { ASKING } from './reporting.js';

// Who says what a reporting verb reports, read on the parse: its subject ("Nocco said", "said the
// minister" alike); the agent of a passive ("was told by police"); for a verb with no subject of
// its own ("said X, adding ...", "X said A and added B", "a spokesman who said") its governor's.
// The subject's phrase is then read as the article wrote it: a name, a pronoun or role noun that the
// discourse resolves ("he", "the sheriff"), or a phrase as written ("a law enforcement source").

/** Relations through which a verb with no subject shares its governor's ("adding", "and added", "to say"). */
const SHARES_SUBJECT = new Set(['conj', 'xcomp', 'advcl']);
/** Relative pronouns: "a spokesman who said" speaks as the spokesman. */
const RELATIVE = new Set(['who', 'that', 'which', 'whom', 'whose']);
/** Verb chains followed for a subject, at most. */
const MAX_CHAIN = 3;

/** A speaker, and whether it is several people (a later "he said" does not stand for "police said"). */
export interface Speaker { ref: ArgRef; plural: boolean }

/**
 * The persons an article has named (outside quote marks) since its last single speaker. "he said"
 * stands for that speaker only while no one else has been named since: with two candidates the
 * sentence does not say which (gender is not read), and the quote keeps no speaker.
 */
export class SpeakerTrail {
  private since = new Set<string>();

  spoke(ref: ArgRef): void { this.since = new Set([personKey(ref.text)]); }

  /** Notes the persons a sentence names outside quote marks. (Counting only the subjects of clauses
   * let through more wrong speakers than right ones on our dev reports.) */
  observe(view: SentenceView, quoted: (k: number) => boolean): void {
    for (const a of view.args) if (a.kind === 'name' && a.type === 'PER' && !quoted(a.first)) this.since.add(personKey(a.ref.text));
  }

  get ambiguous(): boolean { return this.since.size > 1; }
}

/** A person by the last word of their name ("Chris Nocco" and "Nocco" are one). */
const personKey = (name: string) => name.split(/\s+/).pop()!.toLowerCase();
const PERSONAL = new Set(['he', 'she', 'him', 'her']);

export class Speakers {
  /** The sentence less the phrases inside quote marks: a pronoun outside them never stands for a name within ("“... Francis' background ...,” he said"). */
  private readonly unquoted: SentenceView;

  constructor(private readonly tree: DepTree, private readonly view: SentenceView, private readonly discourse: Discourse,
    private readonly trail: SpeakerTrail, quoted: (k: number) => boolean) {
    this.unquoted = { ...view, args: view.args.filter((a) => !quoted(a.first)) };
  }

  /** The speaker of the reporting verb at article token `verb`, or undefined when the sentence does not say. */
  of(verb: number): Speaker | undefined {
    const subject = this.subjectOf(verb);
    return subject === undefined ? undefined : this.at(subject);
  }

  /** The article token index of the word that heads the verb's speaker. */
  subjectOf(verb: number, depth = 0): number | undefined {
    const { tree } = this;
    // ", Nocco said": the phrase right before the verb, whatever the parser attached it to
    const before = attributionBefore(tree, this.view, verb) ?? attributionAfter(tree, this.view, verb);
    if (before) return before.subject;
    // the subject nearest the verb (a parse may give it two: "The boys' mother ..., Nocco said")
    const subject = tree.children(verb, 'nsubj').filter((c) => tree.dep(c) === 'nsubj').sort((x, y) => Math.abs(x - verb) - Math.abs(y - verb))[0];
    if (subject !== undefined) {
      // "a spokesman who (also) said"; not "the father who prosecutors say", a relative clause on another verb
      if (RELATIVE.has(tree.lemma(subject))) {
        const adjacent = [...Array(verb - subject - 1).keys()].every((i) => /^(?:ADV|AUX|PART)$/.test(tree.pos(subject + 1 + i)));
        return adjacent && tree.dep(verb).startsWith('acl') ? tree.head(verb) : undefined;
      }
      return subject;
    }
    // a passive names its speaker only as its agent: "was told by police"
    if (tree.children(verb, 'nsubj:pass').length || tree.children(verb, 'aux:pass').length) {
      return tree.children(verb, 'obl').find((o) => tree.children(o, 'case').some((c) => tree.lemma(c) === 'by'));
    }
    const head = tree.head(verb);
    // "X said A and added B", "..., adding", "declined to say"; an "-ing" participle parsed as the object
    // of its governor shares its subject too. A conjunct with no "and" is not sharing: "CLAUSE, X said" misparsed.
    const dep = tree.dep(verb);
    const participle = tree.participle(verb, this.view.tokens[verb]!.text);
    const shares = (SHARES_SUBJECT.has(dep) && (dep !== 'conj' || participle || tree.children(verb, 'cc').length > 0))
      || (participle && (dep === 'ccomp' || dep === 'parataxis'));
    if (!shares || head < 0 || depth >= MAX_CHAIN || tree.pos(head) !== 'VERB') return undefined;
    // a conjunct hung inside what another verb reports ("Garcia told police [a stranger had shot his friend, but
    // later changed his story and admitted ...]"): whose subject it shares, the reported one's or the teller's,
    // the parse cannot say (it hangs the teller's own later verbs there as often as the reported subject's)
    if (dep === 'conj' && this.insideReported(head)) return undefined;
    return this.subjectOf(head, depth + 1);
  }

  /** The verb, or the first verb of the conjuncts it belongs to, is the clause another verb reports (a ccomp). */
  private insideReported(verb: number): boolean {
    const { tree } = this;
    let k = verb;
    for (let i = 0; i < MAX_CHAIN && tree.dep(k) === 'conj' && tree.head(k) >= 0; i++) k = tree.head(k);
    return tree.dep(k) === 'ccomp';
  }

  /** The subject's phrase holds a name or a phrase the article found ("Russian news outlet TASS"), not only words ("evidence"). */
  names(k: number): boolean {
    const { tree, view } = this;
    if (view.argAt(k) || tree.children(k, 'appos').some((c) => view.argAt(c))) return true;
    const np = tree.nounPhrase(k);
    return view.args.some((a) => a.first >= np.first && a.last <= np.last);
  }

  /** The speaker a subject word stands for: a person named beside it, its phrase resolved, or its phrase as written. */
  at(k: number): Speaker | undefined {
    const { tree, view } = this;
    // "the girl's uncle, Silford Warren": the name in apposition
    // (an apposition closes with a comma or the sentence: "the charge sheet, Mr Korkoneas killed" is no apposition)
    // or with the verb it is the subject of: "Regional commissioner Amina Rashidi said")
    const closed = (last: number) => !tree.has(last + 1) || /^[,.;:]$/.test(view.lower(last + 1))
      || (tree.dep(k).startsWith('nsubj') && tree.head(k) === last + 1);
    // (a common noun takes the name of any kind: "Russian news outlet TASS")
    const named = tree.children(k, 'appos').map((c) => view.argAt(c))
      .find((a) => a?.kind === 'name' && (a.type === 'PER' || tree.pos(k) === 'NOUN') && closed(a.last));
    // "Press Herald publisher Lisa DeSisto", "Hale's cousin Joseph Simmons": the person that ends the phrase
    const np = tree.nounPhrase(k);
    const person = view.args.filter((a) => a.kind === 'name' && a.type === 'PER' && a.first >= np.first && a.last === np.last).at(-1);
    const arg = named ?? person ?? view.argAt(k);
    if (arg) {
      // "he said" with no name before it in the sentence and two persons it could be
      if (arg.kind === 'pronoun' && PERSONAL.has(arg.head) && this.trail.ambiguous
        && !this.unquoted.args.some((a) => a.kind === 'name' && a.type === 'PER' && a.last < arg.first)) return undefined;
      const ref = this.discourse.resolve(arg, this.unquoted, true) ?? (arg.kind === 'anaphor' ? arg.ref : undefined);
      if (!ref) return undefined;
      // a phrase that stands for itself is given as the sentence writes it: "a harbour official", not "official"
      const own = ref.start === arg.ref.start && ref.end === arg.ref.end && arg.kind !== 'name';
      const start = view.tokens[np.first]!.start, end = view.tokens[np.last]!.end;
      if (own && start <= ref.start && ref.end <= end) return { ref: { ...ref, start, end, text: view.text.slice(start, end) }, plural: arg.plural };
      return { ref: { ...ref }, plural: arg.plural };
    }
    // a pronoun the discourse cannot place ("I", "someone", "who") says nothing about who spoke
    if (tree.pos(k) === 'PRON' || tree.pos(k) === 'DET') return undefined;
    const start = view.tokens[np.first]!.start, end = view.tokens[np.last]!.end;
    return { ref: { start, end, text: view.text.slice(start, end) }, plural: /^(?:NOUN|PROPN)$/.test(tree.pos(k)) && /[^s]s$/i.test(view.tokens[k]!.text) };
  }
}

/** Parts of speech that head a speaker's phrase. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * ", the Kremlin said": a verb of saying the parse left without a subject, right after a noun phrase
 * that a comma opens. Reports end this way so often that the word order is read when the parse
 * misses it (the parser, trained on web text, can hang such a verb anywhere): the phrase is the
 * speaker, and what precedes the comma is what was said.
 */
export function attributionBefore(tree: DepTree, view: SentenceView, verb: number): { subject: number; comma: number } | undefined {
  let j = verb - 1;
  if (!tree.has(j) || !NOMINAL.has(tree.pos(j))) return undefined;
  // "Sheriff Chris Nocco": the last word of a name hangs on its first
  while ((tree.dep(j) === 'flat' || tree.dep(j).startsWith('flat:')) && tree.head(j) < j && tree.head(j) >= 0) j = tree.head(j);
  let first = Math.min(view.argAt(j)?.first ?? j, tree.nounPhrase(j).first);
  // ", Capt. Donald Gaglione said": an abbreviated title and its period (tokens of their own) open the phrase
  if (tree.has(first - 2) && view.lower(first - 1) === '.' && TITLE_ABBREVIATION.test(view.lower(first - 2))) first -= 2;
  const comma = first - 1;
  if (!tree.has(comma) || !CLOSING.test(view.lower(comma))) return undefined;
  // "While X isn't possible yet, team head Jane Doe says the idea is sound": the verb reports what follows it,
  // and the clause before the comma is its circumstance, not what was said
  // (not a participle set off by a comma: "the Kremlin said on Friday, defending a decision")
  const unbroken = (c: number) => { for (let k = verb + 1; k < c; k++) if (view.lower(k) === ',') return false; return true; };
  if (tree.children(verb).some((c) => c > verb && REPORTED_AFTER.test(tree.dep(c)) && unbroken(c))) return undefined;
  return { subject: j, comma };
}

/** Relations of what a verb of saying reports, when they follow it. */
const REPORTED_AFTER = /^(?:ccomp|obj|xcomp|csubj)/;

/** Relations inside a noun phrase, from a word to the phrase's head. */
const PHRASE_DEPS = /^(?:compound|flat|amod|nmod:poss|det|nummod)/;

/** Titles written short before a name ("Sgt. Brandi DelVecchio", "Lt. Corey Moon", "Det. Ann Ray"). */
const TITLE_ABBREVIATION = /^(?:sgt|lt|det|capt|cpl|ofc|insp|supt|cmdr|col|maj|gen|gov|sen|rep|dr|mr|mrs|ms|rev|atty)$/;

/** Punctuation that closes what was said before an inverted attribution: ", said X", "”, said X". */
const CLOSING = /^(?:,|”|"|’’|''|—|–)$/;

/**
 * "..., said Tony Herbert, a community activist": a verb of saying right after the words it reports,
 * its subject after it. The parser, seldom shown this order, often makes the name something else;
 * the order is read instead. Not for verbs whose object is a hearer ("..., told police").
 */
export function attributionAfter(tree: DepTree, view: SentenceView, verb: number): { subject: number; comma: number } | undefined {
  if (!tree.has(verb - 1) || !CLOSING.test(view.lower(verb - 1)) || ASKING.has(tree.lemma(verb))) return undefined;
  if (tree.participle(verb, view.tokens[verb]!.text)) return undefined;     // ", claiming Russia was ...": Russia is what was claimed about
  // "John Owen, the city's director, says dispatchers got a call": a name and its role before the
  // comma, a clause after the verb; the inverted order has a clause before the comma and none after
  let clauseBefore = false;
  for (let k = tree.first; k < verb - 1; k++) if (tree.pos(k) === 'VERB' || tree.pos(k) === 'AUX') clauseBefore = true;
  if (!clauseBefore || tree.children(verb, 'ccomp').some((c) => c > verb && tree.isClause(c, view.tokens[c]!.text))) return undefined;
  let j = verb + 1;
  if (tree.has(j) && tree.pos(j) === 'DET') j++;
  // "said Sgt. Brandi DelVecchio": an abbreviated title and its period (tokens of their own) before the name
  if (tree.has(j + 2) && TITLE_ABBREVIATION.test(view.lower(j)) && view.lower(j + 1) === '.' && tree.pos(j + 2) === 'PROPN') j += 2;
  if (!tree.has(j) || (tree.pos(j) !== 'PROPN' && tree.pos(j) !== 'NOUN')) return undefined;
  // the phrase's head: climb from its first word through the phrase's own relations ("the girl's uncle")
  let head = j;
  while (tree.head(head) > head && PHRASE_DEPS.test(tree.dep(head))) head = tree.head(head);
  let comma = verb - 1;
  while (tree.has(comma - 1) && CLOSING.test(view.lower(comma - 1))) comma--;
  return { subject: head, comma };
}
