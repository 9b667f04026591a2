import type { AnalyzedArticle, CountCategory, IncidentFigureCategory, Qualifier, SentenceSyntax, SyntaxToken } from '../../core/model.js';
import { isOwnText } from '../claims.js';

// What happened to people, as each report says it: counts the quantities stage read ("three people
// were killed"), and people the syntax shows killed, wounded or shot without a number ("a man was
// shot and killed", "he died at the hospital"). Each is an OutcomeMention; which of them speak for the
// story's incident is decided later (background.ts), and how they add up into figures in figures.ts.

/** 'shot' is no figure of its own: the shot are the killed plus the wounded. */
export type Outcome = IncidentFigureCategory | 'shot';

export interface OutcomeMention {
  outcome: Outcome;
  value: number;
  qualifier: Qualifier;
  /** The words that carry the number (or the person, when there is none). */
  start: number;
  end: number;
  /** Index of its sentence in the article's sentences. */
  sentence: number;
  /** The people counted are the attacker himself ("killed himself", "took his own life"). */
  self?: boolean;
  /** One person named or described, no number written ("the woman was shot"): one of a count that may follow. */
  individual?: boolean;
  /** The person's name as written, lower case, when the one counted is named ("Felder"): the same name is the same person. */
  name?: string;
  /** The noun (lemma, lower case) that names the one person counted, when no name does ("boy" in "the boy was wounded"). */
  noun?: string;
  /** The one person counted is someone already told of ("the boy", "this man", "his son"): a definite or possessive determiner. */
  told?: boolean;
  /** A count of people already told of ("all four victims", "the three men"): the report's total of them. */
  definite?: boolean;
  /** The count holds the attacker who died ("five dead, including the gunman"): his own death adds no one to it. */
  withAttacker?: boolean;
  /** People apart from those told of before ("three other victims", "two additional victims"). */
  others?: boolean;
  /** One person apart from those told of before ("another woman was shot", "the woman was also shot"). */
  apart?: boolean;
  /** The people counted are the object of someone's act ("he killed his wife"): the doer is none of them. */
  victims?: boolean;
}

const CATEGORY: Readonly<Record<CountCategory, IncidentFigureCategory | undefined>> = {
  KILL: 'killed', WOUND: 'injured', KIDNAP: 'kidnapped', ARREST: 'arrested', MISSING: 'missing', DISPLACED: 'displaced',
  EVACUATE: 'evacuated', AFFECT: 'affected', PROTEST: undefined, SEIZE: undefined,
};

/** Verbs (lemmas) that say what happened to the person they take as patient. */
const OUTCOME_VERBS: Readonly<Record<string, Outcome>> = {
  kill: 'killed', murder: 'killed', slay: 'killed', die: 'killed', execute: 'killed',
  wound: 'injured', injure: 'injured', hurt: 'injured', shoot: 'shot', stab: 'injured', hospitalize: 'shot',
};
/** Words under "shot" or "wounded" that make it a death: "fatally shot", "shot dead", "shot to death", "fatally wounded". */
const FATAL = new Set(['fatally', 'dead', 'death', 'mortally']);
/** The verbs whose grammatical subject is the one it happened to (intransitive). */
const SUBJECT_IS_PATIENT = new Set(['die']);
/** Nouns for a person: a singular one of them, with no number, is one person. */
const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'child', 'toddler', 'baby', 'infant', 'person', 'victim', 'resident', 'student',
  'officer', 'deputy', 'trooper', 'driver', 'passenger', 'customer', 'employee', 'clerk', 'father', 'mother', 'son', 'daughter',
  'brother', 'sister', 'husband', 'wife', 'mom', 'dad', 'girlfriend', 'boyfriend', 'friend', 'neighbor', 'neighbour', 'suspect', 'gunman', 'shooter',
  'youth', 'juvenile', 'male', 'female', 'adult', 'individual', 'security', 'guard', 'owner', 'worker', 'cousin', 'uncle', 'aunt',
  'grandmother', 'grandfather', 'roommate', 'pedestrian', 'bystander', 'patron', 'homeowner', 'robber', 'intruder',
  'soldier', 'civilian', 'prisoner', 'hostage', 'inmate', 'detainee', 'captive', 'militant', 'fighter', 'rebel', 'insurgent',
  'protester', 'demonstrator', 'journalist', 'reporter', 'policeman', 'villager', 'refugee', 'migrant', 'miner', 'pilgrim',
  'partner', 'spouse', 'fiance', 'fiancee', 'grandson', 'granddaughter', 'grandchild', 'nephew', 'niece', 'stepfather', 'stepmother',
  'stepson', 'stepdaughter', 'relative', 'kid', 'teacher', 'coworker', 'classmate', 'acquaintance', 'tenant', 'visitor', 'guest', 'motorist',
]);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);

/** Words before a count that make it the count of people already told of. */
const DEFINITE_BEFORE = /\b(?:the|all|all the|all of the|both)(?:\s+other)?\s+$/i;
/** Irregular plurals of the person nouns. */
const PERSON_PLURALS: Readonly<Record<string, string>> = { people: 'person', men: 'man', women: 'woman', children: 'child', policemen: 'policeman' };
/** Whether the word (singular or plural) names people: "victims", "men", "teens". */
export const namesPeople = (w: string | undefined): boolean => {
  const x = (w ?? '').toLowerCase().split(/\s+/).pop() ?? '';
  return PERSON_NOUNS.has(PERSON_PLURALS[x] ?? x.replace(/s$/, ''));
};

/** A toll said to hold the one who did it: "five people dead, including the gunman". */
const INCLUDING_ATTACKER = /\bincluding (?:the |a )?(?:gunman|shooter|suspect|attacker|assailant|killer)\b/i;

/**
 * Words that set a counted group apart from those already told of: "three other victims", "two additional
 * victims". Not "another" (one who shot another is no one more) nor "the other three" (all but one of a count told before).
 */
const APART_FROM_TOLD = new Set(['other', 'additional', 'more']);

// ("boy, 4, shoots self": a headline's reflexive)
const REFLEXIVE = new Set(['himself', 'herself', 'self']);
const RELATIVE = new Set(['who', 'that', 'whom']);
/** Pronouns that stand for one more person: "killing three men and wounding another". */
const ONE_MORE = new Set(['another']);
const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** Words after a number that make it an age: "5 year-old", "5-year-old", "5 years old", "16 yr old". */
const AGE_AFTER = /^[\s-]*(?:years?|yrs?\.?)[\s-]*old\b/i;
/** Words before a number that make it an age, through a list of ages: "aged 19", "ages 25, 26, and 33". */
const AGES_BEFORE = /\bage[sd]?\s+(?:\d{1,3}\s*(?:,\s*)?(?:and\s+|&\s*)?)*$/i;
/** Whether the number written at `span` is someone's age, not a count of people. */
const isAge = (text: string, span: { start: number; end: number }): boolean =>
  AGE_AFTER.test(text.slice(span.end, span.end + 12)) || AGES_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))
  // "kills man, 18", "a woman, 34, was wounded": a number set off after a word for a person is that person's age
  || namesPeople(/(\p{L}+)\s*,\s*$/u.exec(text.slice(Math.max(0, span.start - 24), span.start))?.[1]);
/** The word just before "of" and the number after it: "mother of two", "a Brooklyn mom of 12". */
const WORD_OF_BEFORE = /\b(\p{L}+)\s+of\s+$/iu;
/**
 * Whether the number written at `span` counts a person's kin, not the people it happened to: "a mother of two died",
 * "mother of 12 killed in crossfire" (one woman died). One person is not made of others: a count after the "of" of a
 * singular noun naming a person tells who that person has; after a group's ("a family of five") it may be the count.
 */
export const countsKin = (text: string, span: { start: number }): boolean => {
  const word = WORD_OF_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1]?.toLowerCase();
  return word !== undefined && !PERSON_PLURALS[word] && !/s$/.test(word) && namesPeople(word);
};
/** Words for no one, written as one word: "nobody", "No-one", "none". */
const NOBODY = /^(?:nobody|no-?one|none)$/;
/** Words after a number that make it how often something happened: "three times", "four or five times". */
const HOW_OFTEN_AFTER = /^(?:\s*(?:or|to|-)\s*\w+)?\s+times\b/i;
/** Words after a number that make it a count of wounds, not of the wounded: "treated for four gunshot wounds". */
const WOUNDS_AFTER = /^\s+(?:[\w-]+\s+)?(?:wounds?|injuries)\b/i;
/** Modal auxiliaries: what they govern did not (or not surely) happen. */
const MODALS = new Set(['could', 'would', 'might', 'may', 'should', 'can', 'will', 'must']);
/** Verb forms of harm that take the count after them as their object ("killed one and injured three others"). */
const HARM_WORDS: Readonly<Record<string, Outcome>> = {
  killed: 'killed', killing: 'killed', injured: 'injured', injuring: 'injured', wounded: 'injured', wounding: 'injured', hurt: 'injured', hurting: 'injured',
};
const HARMED_BEFORE = /\b(killed|killing|injured|injuring|wounded|wounding|hurt|hurting)\s+(?:another\s+|at least\s+)?$/i;
/** The words after a count of people shot that say they died: "people shot to death", "men were shot to death". */
const SHOT_TO_DEATH_AFTER = /^\s+(?:[\w'-]+\s+){0,3}shot\s+to\s+death\b/i;
/** Words after a count that make it more people hurt than those told of: "two more wounded", "three others injured". */
const MORE_HURT_AFTER = /^\s+(?:more|others|other\s+[\p{L}-]+)\s+(?:were\s+|are\s+)?(?:wounded|injured|hurt)\b/iu;
/** Predicates that say a count of victims died. */
const DYING = /^(?:kill|die|dead|death|murder|slain|slay|fatal)/i;

/** Every outcome the article's own text states, in text order. */
export function articleOutcomes(a: Readonly<AnalyzedArticle>): OutcomeMention[] {
  const sentences = a.sentences ?? [];
  const out: OutcomeMention[] = [];
  let s = 0;
  for (const q of a.quantities ?? []) {
    if (q.kind !== 'count' || !isOwnText(a, q)) continue;
    // "the 5-year-old boy died": a number that is an age counts no one; "no one was hurt" counts none.
    // "the 100 block of Elm Street" is an address
    // "was shot three times", "stabbed four or five times": how often, not how many
    if (isAge(a.text, q) || countsKin(a.text, q) || /\bno(?:\s+|\s*-\s*)$/i.test(a.text.slice(Math.max(0, q.start - 6), q.start)) || /^\s+block\b/i.test(a.text.slice(q.end, q.end + 8))
      || HOW_OFTEN_AFTER.test(a.text.slice(q.end, q.end + 24)) || WOUNDS_AFTER.test(a.text.slice(q.end, q.end + 30))) continue;
    // "four victims" ("located four victims", "four victims were transported") with no verb of dying counts
    // the people hurt, not the dead: the shot, of whom some may have died.
    const victimsOnly = q.category === 'KILL' && !DYING.test(q.predicate ?? '') && /\bvictims?\b/i.test(q.subject ?? '');
    // "a shooting that killed one and injured three others": a number right after a verb of harm is its object, whatever
    // verb a misparse gave it ("three others ... entered pleas")
    const before = HARMED_BEFORE.exec(a.text.slice(Math.max(0, q.start - 16), q.start))?.[1]?.toLowerCase();
    // ("3 people shot to death", "three people shot to death Wednesday": the predicate's "to death" after it makes the shot dead)
    const shotDead = /^shot$/i.test(q.predicate ?? '') && SHOT_TO_DEATH_AFTER.test(a.text.slice(q.end, q.end + 48));
    // ("left two people dead and two more wounded", "and three more hurt": a count the parse gave no verb, with its hurt after it)
    const hurtAfter = !q.category && MORE_HURT_AFTER.test(a.text.slice(q.end, q.end + 40));
    const outcome = before && !q.category ? HARM_WORDS[before] : hurtAfter ? 'injured' : shotDead ? 'killed' : victimsOnly || /^shot$/i.test(q.predicate ?? '') ? 'shot' : q.category ? CATEGORY[q.category] : undefined;
    if (!outcome || countsThings(q.subject, q.predicate)) continue;
    while (s < sentences.length - 1 && sentences[s]!.end <= q.start) s++;
    if (unrealised(a.syntax?.[s]?.tokens, q.start)) continue;
    const definite = DEFINITE_BEFORE.test(a.text.slice(Math.max(0, q.start - 16), q.start)) && namesPeople(q.subject);
    const others = !definite && (hurtAfter || APART_FROM_TOLD.has(/^\s+(\w+)/.exec(a.text.slice(q.end, q.end + 16))?.[1]?.toLowerCase() ?? ''));
    out.push({ outcome, value: q.value, qualifier: q.qualifier, start: q.start, end: q.end, sentence: s, ...(definite ? { definite } : {}), ...(others ? { others } : {}) });
  }
  // "was shot and killed Saturday, Jan. 21": a day the parse took for the patient is no person
  // (and "a Feb. 7 shooting": the day's number right before the noun is the date's, not a count of people)
  const dated = (m: OutcomeMention) => (a.dates ?? []).some((d) => (d.start <= m.start && m.end <= d.end)
    || (/\d$/.test(d.text) && d.end <= m.start && /^\s?$/.test(a.text.slice(d.end, m.start)) && MULTIPLE[a.text.slice(m.start, m.end).toLowerCase()] === undefined));
  const places = (a.mentions ?? []).filter((m) => m.type === 'LOC');
  (a.syntax ?? []).forEach((syntax, i) => {
    const sentence = sentences[i];
    const headline = !!sentence && a.segments.some((g) => g.kind === 'title' && g.start <= sentence.start && sentence.start < g.end);
    if (sentence && isOwnText(a, sentence)) out.push(...syntaxOutcomes(a.text, syntax, i, headline, places).filter((m) => !dated(m)));
  });
  for (const m of out) {
    const s = sentences[m.sentence];
    if (m.outcome === 'killed' && !m.self && s && INCLUDING_ATTACKER.test(a.text.slice(s.start, s.end))) m.withAttacker = true;
  }
  out.push(...peopleOfOneSentence(out));
  return out.sort((x, y) => x.start - y.start);
}

/**
 * "A 10-year-old girl was hit by a stray bullet when a man shot a 19-year-old woman": people each new to the report (a
 * noun for a person with no "the", "this" or possessive before it), told of as shot or hurt in one sentence, are so many
 * of the shot: one count of all those told of (definite), beside the mentions of each. Not the dead, whom the parse
 * already counts where they are listed (summing them lost GVA dev killed), nor names, which are as often the same one
 * person as the noun beside them ("a 5-year-old girl ... Garza").
 */
function peopleOfOneSentence(mentions: readonly OutcomeMention[]): OutcomeMention[] {
  const groups = new Map<string, OutcomeMention[]>();
  for (const m of mentions) {
    if (m.outcome === 'killed' || !m.individual || m.self || m.told || !m.noun || !(namesPeople(m.noun) || /-old$/.test(m.noun))) continue;
    const key = `${m.sentence}|${m.outcome}`;
    const group = groups.get(key) ?? groups.set(key, []).get(key)!;
    // (one person read twice, by two verbs or two rules: "was shot and killed")
    if (!group.some((x) => x.start === m.start || x.noun === m.noun)) group.push(m);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => {
    const [first, last] = [g[0]!, g[g.length - 1]!];
    return { outcome: first.outcome, value: g.length, qualifier: 'exact' as const, start: first.start, end: last.end, sentence: first.sentence, definite: true };
  });
}

/** A verb that says what happened to someone, with the one it happened to (a token index) and who did it, when the parse says. */
export interface VerbOutcome {
  verb: number;
  outcome: Outcome;
  patient: number;
  /** The doer: the active verb's subject, or the passive's "by" phrase. */
  agent?: number;
  passive: boolean;
}

/** Whether the token is a verb of what happened to people ("shot", "killed", "died", "wounded"). */
export const isOutcomeVerb = (t: Readonly<SyntaxToken>): boolean => t.pos === 'VERB' && OUTCOME_VERBS[t.lemma.toLowerCase()] !== undefined;

/** A count of things, not people: "30 rounds were fired", "17 search warrants were executed". */
function countsThings(subject: string | undefined, predicate: string | undefined): boolean {
  const noun = (subject ?? '').toLowerCase().split(/\s+/).pop()?.replace(/s$/, '') ?? '';
  return PROJECTILES.has(noun) || (/^execut/i.test(predicate ?? '') && noun !== '' && !namesPeople(subject));
}

/** Verbs whose subject bears the wound they take: "suffered a gunshot wound", not "described the injuries". */
const BEARING = new Set(['suffer', 'sustain', 'receive', 'have', 'get', 'incur', 'bear', 'take', 'nurse', 'survive']);
/** Whether the verb the number at `at` counts for is one that did not happen: "accused of trying to kill 2 officers". */
function unrealised(toks: readonly SyntaxToken[] | undefined, at: number): boolean {
  if (!toks) return false;
  let j = toks.findIndex((t) => t.start <= at && at < t.end);
  for (let hops = 0; j >= 0 && hops < 4 && toks[j]!.pos !== 'VERB'; hops++) j = toks[j]!.head;
  const verb = j >= 0 ? toks[j] : undefined;
  return !!verb && verb.pos === 'VERB' && verb.dep === 'xcomp' && verb.head >= 0 && UNREALISED.has(toks[verb.head]!.lemma.toLowerCase());
}

/** Verbs (lemmas) whose infinitive complement did not (or not yet) happen: "tried to kill", "threatened to shoot". */
const UNREALISED = new Set(['try', 'attempt', 'threaten', 'plan', 'want', 'intend', 'vow', 'conspire', 'seek', 'plot', 'promise', 'mean', 'aim']);
/** Verbs (lemmas) of carrying someone to a hospital. */
const CARRIED = new Set(['take', 'transport', 'rush', 'airlift', 'fly', 'carry', 'bring', 'drive', 'transfer']);
/** Marks of a clause of time ("after being shot"). */
const TIME_MARKS = new Set(['after', 'before', 'when', 'while', 'since']);
/** A hospital's words for a patient's condition ("in critical condition"). */
const CONDITIONS = new Set(['critical', 'serious', 'stable', 'fair', 'grave', 'guarded']);
/** Verbs (lemmas) of staying where one is: "remains in the hospital". */
const STAYING = new Set(['remain', 'stay']);
/** Verbs (lemmas) whose subject is one who bears the wound they take "from" ("suffering from", "recovering from"). */
const RECOVERING = new Set(['suffer', 'recover', 'heal']);

/** Verbs of harm whose other senses take things ("executed a warrant"): they count people only when the noun names people. */
const NOT_ONLY_PEOPLE = new Set(['execute']);
/** Verbs (lemmas) of firing a gun: "fired", "discharged"; and "went off". */
const FIRING = new Set(['fire', 'discharge', 'shoot']);
const isFiring = (text: string, toks: readonly SyntaxToken[], v: number, children: (h: number) => number[]): boolean =>
  toks[v]!.pos === 'VERB' && (FIRING.has(toks[v]!.lemma.toLowerCase())
    || (toks[v]!.lemma.toLowerCase() === 'go' && children(v).some((k) => text.slice(toks[k]!.start, toks[k]!.end).toLowerCase() === 'off')));
/** Verbs of striking: what they say happened to a person depends on what struck (PROJECTILES). */
const STRIKING = new Set(['hit', 'strike', 'graze']);
/** What a gun fires: a person one of them strikes was shot. */
const PROJECTILES = new Set(['bullet', 'round', 'gunfire', 'shot', 'pellet', 'buckshot']);

/** Verbs (lemmas) that make their patient a suspect: "police arrested X", "X was charged". */
const SUSPECT_VERBS = new Set(['arrest', 'charge', 'detain', 'book', 'indict', 'apprehend']);

/**
 * The token `i` read as a verb of what happened to people ("were shot", "killed", "died") or of an
 * arrest: its outcome ('suspect' for an arrest), its patient and agent. Undefined for any other token,
 * a negated verb, or a verb without a patient in the parse.
 */
export function verbOutcome(text: string, toks: readonly SyntaxToken[], i: number, children: (h: number) => number[], headline = false): (Omit<VerbOutcome, 'outcome'> & { outcome: Outcome | 'suspect' }) | undefined {
  const t = toks[i]!;
  const word = (x: SyntaxToken) => text.slice(x.start, x.end).toLowerCase();
  const kids = children(i);
  // "could have been killed", "would die": a modal says it did not (or not surely) happen.
  if (kids.some((k) => toks[k]!.dep === 'aux' && (MODALS.has(toks[k]!.lemma.toLowerCase()) || MODALS.has(word(toks[k]!).split(/['’]/)[0]!)))) return undefined;
  // "the duvet nearly killed him", "was almost shot": it did not happen ("nearly 50 were killed" hangs "nearly" on the number)
  if (kids.some((k) => toks[k]!.dep === 'advmod' && /^(?:nearly|almost)$/.test(word(toks[k]!)))) return undefined;
  // "accused of trying to kill two officers", "attempted to kill the deputy", "threatened to shoot": an attempt or a threat, not the act
  if (t.dep === 'xcomp' && t.head >= 0 && UNREALISED.has(toks[t.head]!.lemma.toLowerCase())) return undefined;
  const stated = deathStated(toks, i, kids, children);
  if (stated) return stated;
  // "were shot" tagged as a noun with a copula (a dateline before it misleads the tagger) is the passive verb.
  const copular = t.pos === 'NOUN' && word(t) === 'shot' && kids.some((k) => toks[k]!.dep === 'cop');
  // so is a headline's "girl shot" read as a compound noun ("9-year-old girl shot in arm"): the word before it was shot
  // ("Man shot at officers": fired at them, he is the shooter)
  if (t.pos === 'NOUN' && word(t) === 'shot' && !copular && firedAt(text, toks, kids, children)) return undefined;
  if (t.pos === 'NOUN' && word(t) === 'shot' && !copular) {
    // ("four people were found shot" tagged as a noun, the object of a passive verb: no passive takes an object, it is the
    // state the subject was found in)
    const passiveHost = t.dep === 'obj' && t.head >= 0 ? children(t.head).find((k) => toks[k]!.dep === 'nsubj:pass') ?? subjectReadAsObject(toks, t.head, children) : undefined;
    const patient = kids.find((k) => k === i - 1 && ((toks[k]!.dep === 'compound' && toks[k]!.pos === 'NOUN') || personAdjective(text, toks[k]!))) ?? passiveHost;
    // ("1 dead after 4 people shot": a "dead" before the noun is a count of its own, not the state of those shot; "shot dead" follows it)
    const fatal = kids.some((k) => (FATAL.has(toks[k]!.lemma.toLowerCase()) || FATAL.has(word(toks[k]!))) && (k > i || toks[k]!.pos === 'ADV')) || killedAlongside(toks, i);
    // ("A man shot and killed his daughter": a "killed" joined to it that takes an object of its own makes the word before the doer)
    if (killedAlongside(toks, i) && children(i + 2).some((k) => toks[k]!.dep === 'obj')) return undefined;
    // ("the father shot his daughter" read with "shot" a noun and "daughter" hung on it: a person after it with no preposition
    // is its object, the one shot, and the word before it the doer)
    const object = kids.find((k) => k > i && /^(?:nmod|obj)$/.test(toks[k]!.dep) && toks[k]!.pos !== 'NUM' && isPersonWord(toks[k]!) && !children(k).some((c) => toks[c]!.dep === 'case'));
    if (object !== undefined && patient !== undefined && patient < i) return { verb: i, outcome: fatal ? 'killed' : 'shot', patient: object, agent: patient, passive: false };
    return patient === undefined ? undefined : { verb: i, outcome: fatal ? 'killed' : 'shot', patient, passive: true };
  }
  // ("a 3-year-old boy was badly injured" tagged as an adjective with a copula: the passive all the same)
  const adjectival = t.pos === 'ADJ' && HURT_ADJECTIVES.has(word(t)) && kids.some((k) => toks[k]!.dep === 'cop');
  if (t.pos !== 'VERB' && !copular && !adjectival) return undefined;
  const lemma = t.lemma.toLowerCase();
  let outcome: Outcome | 'suspect' | undefined = copular ? 'shot' : adjectival ? 'injured' : SUSPECT_VERBS.has(lemma) ? 'suspect' : OUTCOME_VERBS[lemma];
  // "a bullet struck a girl", "she was hit by a stray bullet": one a shot hits was shot
  // (a person struck with no word of what struck is not counted: "struck by a car" and "struck in the shoulder" read alike)
  if (!outcome && STRIKING.has(lemma) && kids.some((k) => /^(?:nsubj|obl:agent|obl)$/.test(toks[k]!.dep) && PROJECTILES.has(toks[k]!.lemma.toLowerCase()))) outcome = 'shot';
  // ("fired a shot, hitting a man", "the gun went off, striking the boy": a striking that a firing leads to)
  if (!outcome && STRIKING.has(lemma) && /^(?:advcl|acl|xcomp)$/.test(t.dep) && t.head >= 0 && isFiring(text, toks, t.head, children)) outcome = 'shot';
  if (!outcome) return undefined;
  // ("has" + "n’t", or "hasn" + "’t" as the tokenizer once cut it)
  if (kids.some((k) => toks[k]!.dep === 'advmod' && /^(?:not|never|n?['’]t)$/.test(word(toks[k]!)))) return undefined;
  // ("four people were shot, one fatally": a number under "fatally" says how many of them died, fatalCount reads it)
  // ("Police say a man fatally shot his wife" with "fatally" hung on "say": an adverb right before the verb is its own)
  const fatal = kids.find((k) => FATAL.has(toks[k]!.lemma.toLowerCase()) || FATAL.has(word(toks[k]!)))
    ?? (toks[i - 1]?.pos === 'ADV' && FATAL.has(word(toks[i - 1]!)) ? i - 1 : undefined);
  if ((outcome === 'shot' || outcome === 'injured') && ((fatal !== undefined && fatalCount(text, toks, fatal, children) === undefined) || (copular && killedAlongside(toks, i)))) outcome = 'killed';
  // ("Teen injured in accidental shooting": a headline drops the passive's "was", the parse reads an active verb with a subject)
  const headlinePassive = headline && headlineParticiple(text, toks, i, children);
  const passive = copular || adjectival || headlinePassive || kids.some((k) => toks[k]!.dep === 'aux:pass' || toks[k]!.dep === 'nsubj:pass');
  const role = passive ? 'nsubj:pass' : SUBJECT_IS_PATIENT.has(lemma) ? 'nsubj' : 'obj';
  // ("YONKERS, N.Y. (CBSNewYork) — A 4-year-old girl has died": a clause has one subject; of two the parse gives it, the
  // first is a dateline, and the one nearest before the verb is the subject)
  const subjects = kids.filter((k) => toks[k]!.dep === (copular || adjectival || headlinePassive ? 'nsubj' : role));
  let patient = (subjects.length > 1 ? subjects.filter((k) => k < i).pop() : undefined) ?? subjects[0] ?? (role === 'nsubj:pass' ? subjectReadAsObject(toks, i, children) : undefined);
  // "was shot and killed": the second verb shares the first one's subject (a passive one's, when the first is passive).
  // Up a chain of joined verbs to the one with the subject ("survived but were hit and injured"); a passive on the way
  // makes that subject the one it happened to ("he fled and was shot by police").
  if (patient === undefined && t.dep === 'conj' && t.head >= 0 && !kids.some((k) => toks[k]!.dep === 'nsubj' || toks[k]!.dep === 'obj')) {
    // (a passive of its own only when it follows the "and": "four people were shot" with "people" misplaced is no joined verb)
    const joinedPassive = (v: number) => children(v).some((k) => {
      if (toks[k]!.dep !== 'aux:pass') return false;
      let b = k - 1;
      while (b >= 0 && (toks[b]!.pos === 'ADV' || toks[b]!.pos === 'AUX')) b--;
      return b >= 0 && toks[b]!.pos === 'CCONJ';
    });
    let h = t.head, chainPassive = joinedPassive(i);
    while (chainPassive && toks[h]!.dep === 'conj' && toks[h]!.head >= 0 && !children(h).some((k) => /^nsubj/.test(toks[k]!.dep))) h = toks[h]!.head;
    if (!children(h).some((k) => /^nsubj/.test(toks[k]!.dep)) && joinedPassive(h) && toks[h]!.dep === 'conj' && toks[h]!.head >= 0) { chainPassive = true; h = toks[h]!.head; }
    const siblings = children(h);
    const firstPassive = siblings.some((k) => toks[k]!.dep === 'aux:pass' || toks[k]!.dep === 'nsubj:pass' || toks[k]!.dep === 'cop') || (headline && headlineParticiple(text, toks, h, children));
    patient = siblings.find((k) => toks[k]!.dep === 'nsubj:pass' || ((firstPassive || chainPassive || role === 'nsubj') && toks[k]!.dep === 'nsubj'));
  }
  // "they were found shot", "police found him fatally shot": a state the finding verb's object (or passive subject) was in
  if (patient === undefined && t.dep === 'xcomp' && t.head >= 0) {
    const host = children(t.head);
    patient = host.find((k) => toks[k]!.dep === 'nsubj:pass') ?? host.find((k) => toks[k]!.dep === 'obj');
  }
  // "were taken to a hospital after being shot", "died after being shot": a passive clause of time with no subject of its own
  // happened to the subject of the clause it hangs on (or the noun that clause describes)
  if (patient === undefined && passive && t.dep === 'advcl' && t.head >= 0 && kids.some((k) => toks[k]!.dep === 'mark' && TIME_MARKS.has(word(toks[k]!)))) {
    const host = toks[t.head]!, hostKids = children(t.head);
    patient = hostKids.find((k) => toks[k]!.dep === 'nsubj:pass' || toks[k]!.dep === 'nsubj') ?? (host.dep.startsWith('acl') && host.head >= 0 ? host.head : undefined);
    if (patient !== undefined && !isPersonWord(toks[patient]!)) patient = undefined;
  }
  // "a teen killed in the crash", "the man arrested Sunday": a participle that modifies a noun happened to that noun
  const reduced = patient === undefined && t.dep === 'acl' && t.head >= 0 && !/ing$/i.test(word(t));
  if (reduced) patient = t.head;
  // "a boy who was shot in the face has died": a death with no subject of its own, which the parse hangs
  // on another outcome verb (a clause it misplaced), happened to that verb's patient
  if (patient === undefined && SUBJECT_IS_PATIENT.has(lemma) && t.head >= 0 && !kids.some((k) => /^nsubj|^expl$/.test(toks[k]!.dep))) {
    const host = verbOutcome(text, toks, t.head, children, headline);
    // ("a boy who shot himself has died": the one who died is the shooter the reflexive stands for)
    if (host && host.outcome !== 'suspect') patient = REFLEXIVE.has(word(toks[host.patient]!)) ? host.agent : host.patient;
  }
  if (patient === undefined) return undefined;
  const agent = passive || reduced
    ? kids.find((k) => toks[k]!.dep === 'obl:agent' || (toks[k]!.dep === 'obl' && children(k).some((c) => word(toks[c]!) === 'by')))
    : role === 'obj' ? kids.find((k) => toks[k]!.dep === 'nsubj') : undefined;
  return { verb: i, outcome, patient, passive: passive || reduced, ...(agent !== undefined ? { agent } : {}) };
}

/** Participles of hurting that the tagger reads as adjectives after "was" ("was badly injured"). */
const HURT_ADJECTIVES = new Set(['injured', 'wounded', 'hurt']);
/** Past participles of the verbs of harm: "killed", "shot", "hurt", "slain". */
const PARTICIPLE = /(?:ed|shot|hurt|slain|stabbed)$/i;

/**
 * Whether the verb `v` of a headline is a passive written without its "was" ("Teen injured in accidental shooting",
 * "Man killed, 8 others wounded"): a participle with a subject before it and nothing an active verb takes (no object,
 * no auxiliary, no clause), not shooting "at" someone, and not joined to a verb that takes an object ("a boy who
 * accidentally shot, killed friend" is the doer).
 */
function headlineParticiple(text: string, toks: readonly SyntaxToken[], v: number, children: (h: number) => number[]): boolean {
  const t = toks[v]!;
  if (t.pos !== 'VERB' || !PARTICIPLE.test(text.slice(t.start, t.end))) return false;
  const kids = children(v);
  if (!kids.some((k) => toks[k]!.dep === 'nsubj' && k < v)) return false;
  if (kids.some((k) => /^(?:aux|obj|iobj|ccomp|xcomp|nsubj:pass|expl)/.test(toks[k]!.dep))) return false;
  if (firedAt(text, toks, kids, children)) return false;
  return !kids.some((k) => toks[k]!.dep === 'conj' && toks[k]!.pos === 'VERB' && children(k).some((c) => toks[c]!.dep === 'obj'));
}

/** Whether the shooting word with these children was fired at someone or something ("shot at officers", "shot into a car"): no one was hit. */
const firedAt = (text: string, toks: readonly SyntaxToken[], kids: readonly number[], children: (h: number) => number[]): boolean =>
  kids.some((k) => /^(?:obl|nmod)/.test(toks[k]!.dep) && children(k).some((c) => toks[c]!.dep === 'case' && /^(?:at|into|up)$/i.test(text.slice(toks[c]!.start, toks[c]!.end))));

/**
 * The subject of the passive clause `v` that the parse took for the object of the verb the clause hangs on:
 * "Police said the man and the woman were found shot" read with "man" the object of "said" and "found" its
 * ccomp with no subject. A passive clause has a subject; a noun for people right before it, the object of
 * its head, is that subject.
 */
function subjectReadAsObject(toks: readonly SyntaxToken[], v: number, children: (h: number) => number[]): number | undefined {
  const t = toks[v]!;
  if (t.dep !== 'ccomp' || t.head < 0 || !children(v).some((k) => toks[k]!.dep === 'aux:pass') || children(v).some((k) => /^nsubj|^expl$/.test(toks[k]!.dep))) return undefined;
  return children(t.head).find((k) => toks[k]!.dep === 'obj' && k < v && k > t.head && isPersonWord(toks[k]!));
}

/**
 * How many died, when a number stands under "fatally" ("four were shot, one fatally") or just before it beside
 * the verb ("six were shot, two of them fatally"): the others of the count lived.
 */
function fatalCount(text: string, toks: readonly SyntaxToken[], fatal: number, children: (h: number) => number[]): { value: number; at: number } | undefined {
  const beside = toks[fatal]!.head >= 0 ? children(toks[fatal]!.head).find((k) => toks[k]!.pos === 'NUM' && k < fatal && fatal - k <= 3 && k > toks[fatal]!.head) : undefined;
  const num = children(fatal).find((k) => toks[k]!.pos === 'NUM') ?? (toks[fatal - 1]?.pos === 'NUM' ? fatal - 1 : beside);
  const value = num === undefined ? undefined : numberOf(text.slice(toks[num]!.start, toks[num]!.end).toLowerCase());
  return value === undefined ? undefined : { value, at: num! };
}

/**
 * "shot and killed" with "shot" read as a noun: the parse hangs "killed" elsewhere (on the sentence's
 * main verb), but the two words joined say one thing, that the one shot was killed.
 */
function killedAlongside(toks: readonly SyntaxToken[], i: number): boolean {
  const and = toks[i + 1], next = toks[i + 2];
  return and?.pos === 'CCONJ' && and.lemma.toLowerCase() === 'and' && next?.pos === 'VERB' && next.lemma.toLowerCase() === 'kill';
}

/**
 * A death stated without a verb of dying: "the girl is dead", "she was pronounced dead", "police found
 * him dead" (the adjective and the one it describes), "the shooting death of a 17-year-old" (the noun
 * and whose death it was); and a wound ("suffered a gunshot wound"), whose bearer was shot.
 */
/** A noun for a person that the tagger took for an adjective, as it does a headline's capitalised "Teen" ("Teen injured in ...", "Teen shot near ... dies"). */
const personAdjective = (text: string, t: Readonly<SyntaxToken>): boolean => {
  const w = text.slice(t.start, t.end).toLowerCase();
  // ("Deputies: 9-year-old shot in Barrow County": an age word before "shot" is the one it describes)
  return t.pos === 'ADJ' && (PERSON_NOUNS.has(w) || /^\d+-(?:year|month|week|day)s?-old$/.test(w));
};

/** Words before "center" that make it a hospital: "Harborview Medical Center", "a trauma center". */
const CARE = new Set(['medical', 'trauma', 'health']);
/**
 * Whether token `k` names a hospital: "a hospital", "Grady Memorial Hospital", "UC Davis Medical Center", "a trauma
 * center" (the parse may call the place the passive's agent: "was rushed to Harborview Medical Center").
 */
const isHospital = (toks: readonly SyntaxToken[], k: number, children: (h: number) => number[]): boolean => {
  const lemma = toks[k]!.lemma.toLowerCase();
  if (/^hospitals?$/.test(lemma)) return true;
  return /^(?:center|centre)$/.test(lemma) && children(k).some((c) => /^(?:amod|compound)$/.test(toks[c]!.dep) && CARE.has(toks[c]!.lemma.toLowerCase()))
    && children(k).some((c) => toks[c]!.dep === 'case' && toks[c]!.lemma.toLowerCase() === 'to');
};

/** Whether the token may stand for people: a name, a pronoun, a number, a noun for a person ("boy", "15-year-old"). */
const isPersonWord = (t: Readonly<SyntaxToken>): boolean =>
  /^(?:PROPN|PRON|NUM)$/.test(t.pos) || (t.pos === 'NOUN' && (namesPeople(t.lemma) || /-old$/i.test(t.lemma)));

function deathStated(toks: readonly SyntaxToken[], i: number, kids: number[], children: (h: number) => number[]): VerbOutcome | undefined {
  const t = toks[i]!;
  const lemma = t.lemma.toLowerCase();
  // one in a hospital's condition was hurt (a bare number is left to the counts: "One, 21, is in critical condition" holds an age)
  const inCondition = (patient: number | undefined): VerbOutcome | undefined =>
    // ("three others are in critical condition": the others of a count are people)
    patient === undefined || !(isPersonWord(toks[patient]!) || toks[patient]!.lemma.toLowerCase() === 'other') || toks[patient]!.pos === 'NUM' ? undefined : { verb: i, outcome: 'shot', patient, passive: false };
  if (t.pos === 'ADJ' && lemma === 'dead') {
    if (kids.some((k) => toks[k]!.dep === 'cop')) {
      const patient = kids.find((k) => toks[k]!.dep === 'nsubj');
      return patient === undefined ? undefined : { verb: i, outcome: 'killed', patient, passive: false };
    }
    // "police found a boy dead", "Two killed, one dead after ...": English sets an attributive adjective before its noun,
    // so one the parse hangs after its noun says what state the noun was found or left in
    // (a person: "Brookvale man shot dead" with "shot" read as a noun is the man's, read by the verb rules)
    if (t.dep === 'amod' && t.head >= 0 && t.head < i && isPersonWord(toks[t.head]!)) return { verb: i, outcome: 'killed', patient: t.head, passive: true };
    if (t.dep !== 'xcomp' || t.head < 0) return undefined;
    const patient = children(t.head).find((k) => toks[k]!.dep === 'nsubj:pass' || toks[k]!.dep === 'obj');
    return patient === undefined ? undefined : { verb: i, outcome: 'killed', patient, passive: true };
  }
  // "the victim was taken to a hospital", "officers rushed the boy to St. John Hospital", "was airlifted to a hospital": one
  // carried to a hospital was hurt (killed or wounded, as the report's other words tell)
  if (t.pos === 'VERB' && CARRIED.has(lemma) && kids.some((k) => /^obl/.test(toks[k]!.dep) && isHospital(toks, k, children))) {
    const patient = kids.find((k) => toks[k]!.dep === 'nsubj:pass') ?? kids.find((k) => toks[k]!.dep === 'obj');
    return patient === undefined || !isPersonWord(toks[patient]!) || toks[patient]!.pos === 'NUM' ? undefined : { verb: i, outcome: 'shot', patient, passive: true };
  }
  // "the woman is in critical condition", "remains in stable condition", "was listed in serious condition": one in a hospital's
  // condition was hurt (killed or wounded, as the report's other words tell)
  if (t.pos === 'NOUN' && lemma === 'condition' && kids.some((k) => toks[k]!.dep === 'case' && toks[k]!.lemma.toLowerCase() === 'in')
    && kids.some((k) => toks[k]!.dep === 'amod' && CONDITIONS.has(toks[k]!.lemma.toLowerCase()))) {
    return inCondition(kids.some((k) => toks[k]!.dep === 'cop') ? kids.find((k) => toks[k]!.dep === 'nsubj')
      : t.dep === 'obl' && t.head >= 0 && toks[t.head]!.pos === 'VERB' ? children(t.head).find((k) => toks[k]!.dep === 'nsubj' || toks[k]!.dep === 'nsubj:pass')
      // ("the shooting leaves one boy in critical condition": the condition of the one it describes)
      : t.dep === 'nmod' && t.head >= 0 && toks[t.head]!.pos !== 'VERB' ? t.head : undefined);
  }
  // "three others are in the hospital with gunshot wounds", "the teen remains in the hospital": one the clause puts in a
  // hospital was hurt (killed or wounded, as the report's other words tell; not "died in the hospital", where he died)
  if (t.pos === 'NOUN' && /^hospitals?$/.test(lemma) && kids.some((k) => toks[k]!.dep === 'case' && toks[k]!.lemma.toLowerCase() === 'in')) {
    if (kids.some((k) => toks[k]!.dep === 'cop')) return inCondition(kids.find((k) => toks[k]!.dep === 'nsubj'));
    if (t.dep === 'obl' && t.head >= 0 && toks[t.head]!.pos === 'VERB' && STAYING.has(toks[t.head]!.lemma.toLowerCase())) return inCondition(children(t.head).find((k) => toks[k]!.dep === 'nsubj'));
  }
  // ("the child was in critical but stable condition" parsed with the adjective the head, "condition" hung on it)
  if (t.pos === 'ADJ' && CONDITIONS.has(lemma) && kids.some((k) => toks[k]!.dep === 'cop') && kids.some((k) => toks[k]!.dep === 'case' && toks[k]!.lemma.toLowerCase() === 'in')
    && kids.some((k) => /^(?:obl|nmod)$/.test(toks[k]!.dep) && toks[k]!.lemma.toLowerCase() === 'condition')) return inCondition(kids.find((k) => toks[k]!.dep === 'nsubj'));
  // "the shooting of a 3-year-old girl", "the shooting injury of his nephew": the one shot (whether he died, the report's
  // other words tell, or "the fatal shooting of")
  if (t.pos === 'NOUN' && (lemma === 'shooting' || (lemma === 'injury' && kids.some((k) => toks[k]!.dep === 'compound' && toks[k]!.lemma.toLowerCase() === 'shooting')))) {
    const patient = kids.find((k) => toks[k]!.dep === 'nmod' && isPersonWord(toks[k]!) && children(k).some((c) => toks[c]!.dep === 'case' && toks[c]!.lemma.toLowerCase() === 'of'));
    const fatal = kids.some((k) => toks[k]!.dep === 'amod' && /^(?:fatal|deadly)$/.test(toks[k]!.lemma.toLowerCase()));
    return patient === undefined ? undefined : { verb: i, outcome: fatal ? 'killed' : 'shot', patient, passive: false };
  }
  // "a man suffered a gunshot wound", "officers found him with a gunshot wound", "left a boy with minor injuries": the one who has the wound was hurt
  // (counted with the shot: killed or wounded, as the report's other words tell)
  if (t.pos === 'NOUN' && (lemma === 'wound' || lemma === 'injury') && t.head >= 0) {
    // ("suffered non-life-threatening injuries" parsed with "threatening" a verb taking the injuries: the one who suffered them)
    const threat = toks[t.head]!.pos === 'VERB' && /threaten$/i.test(toks[t.head]!.lemma) && toks[t.head]!.head >= 0;
    const at = threat ? toks[t.head]!.head : t.head;
    const head = toks[at]!, siblings = children(at);
    const by = (...deps: string[]) => siblings.find((k) => deps.includes(toks[k]!.dep));
    const withCase = kids.some((k) => toks[k]!.dep === 'case' && toks[k]!.lemma.toLowerCase() === 'with');
    // "a teenager is suffering from a gunshot wound", "recovering from his injuries": the subject bears it
    const fromCase = t.dep === 'obl' && kids.some((k) => toks[k]!.dep === 'case' && toks[k]!.lemma.toLowerCase() === 'from');
    // "was treated for a gunshot wound", "doctors treated him for wounds": the one treated
    const treated = t.dep === 'obl' && head.pos === 'VERB' && head.lemma.toLowerCase() === 'treat' && kids.some((k) => toks[k]!.dep === 'case' && toks[k]!.lemma.toLowerCase() === 'for');
    const patient = treated ? by('nsubj:pass', 'obj')
      : ((t.dep === 'obj' || threat) || (fromCase && RECOVERING.has(head.lemma.toLowerCase()))) && head.pos === 'VERB' && (BEARING.has(head.lemma.toLowerCase()) || RECOVERING.has(head.lemma.toLowerCase())) ? by('nsubj', 'nsubj:pass')
      // ("arrived at the hospital with gunshot wounds": the parse hangs them on the place; the one who arrived bears them)
      : withCase && head.pos === 'NOUN' && !isPersonWord(head) && head.dep === 'obl' && head.head >= 0 && toks[head.head]!.pos === 'VERB' ? children(head.head).find((k) => toks[k]!.dep === 'nsubj')
      : withCase && head.pos === 'NOUN' ? t.head
      // ("a juvenile arrived at the hospital with a gunshot wound": a clause that describes a person, who bears it)
      : withCase && head.pos === 'VERB' ? by('obj', 'nsubj:pass') ?? (head.dep === 'acl' && head.head >= 0 && isPersonWord(toks[head.head]!) ? head.head : undefined) : undefined;
    const fatal = kids.some((k) => toks[k]!.dep === 'amod' && /^(?:fatal|mortal)$/.test(toks[k]!.lemma.toLowerCase()));
    return patient === undefined ? undefined : { verb: i, outcome: fatal ? 'killed' : 'shot', patient, passive: false };
  }
  // "deputies located a deceased man": the one described as deceased is dead
  if (t.pos === 'ADJ' && lemma === 'deceased' && t.dep === 'amod' && t.head >= 0 && toks[t.head]!.pos === 'NOUN') return { verb: i, outcome: 'killed', patient: t.head, passive: false };
  if (t.pos === 'NOUN' && lemma === 'death') {
    // "the death of a 17-year-old", "a man's shooting death"
    const patient = kids.find((k) => toks[k]!.dep === 'nmod' && children(k).some((c) => toks[c]!.dep === 'case' && toks[c]!.lemma.toLowerCase() === 'of'))
      ?? kids.find((k) => toks[k]!.dep === 'nmod:poss' && toks[k]!.pos !== 'PRON');
    return patient === undefined ? undefined : { verb: i, outcome: 'killed', patient, passive: false };
  }
  return undefined;
}

/** People the sentence's verbs say were killed, wounded or shot, with no number written (a number is the quantities' to read). */
export function syntaxOutcomes(text: string, syntax: SentenceSyntax, sentence: number, headline = false, places: readonly { start: number; end: number }[] = []): OutcomeMention[] {
  const toks = syntax.tokens;
  // ("MYRTLE CREEK, Ore. (KOIN 6) — A young father and his daughter were found dead": a dateline the parse joined to the
  // subject is a place, no person; only one in capitals, as datelines are, for the tagger calls some names places)
  const place = (t: SyntaxToken) => /^[A-Z][A-Z.'-]+$/.test(text.slice(t.start, t.end)) && places.some((l) => l.start <= t.start && t.end <= l.end);
  const children = (h: number) => toks.flatMap((t, j) => (t.head === h ? [j] : []));
  const word = (t: SyntaxToken) => text.slice(t.start, t.end).toLowerCase();
  const out: OutcomeMention[] = [];
  toks.forEach((_t, i) => {
    const self = selfTaken(i);
    if (self !== undefined) out.push({ outcome: 'killed', value: 1, qualifier: 'exact', start: toks[self]!.start, end: toks[self]!.end, sentence, self: true });
    const many = eventOfMany(text, toks[i]!, children(i).map((k) => toks[k]!));
    if (many) out.push({ ...many, qualifier: 'exact', sentence });
    const read = verbOutcome(text, toks, i, children, headline);
    if (!read || read.outcome === 'suspect') return;
    const { outcome } = read as { outcome: Outcome };
    // "a child who was shot", "a juvenile who had sustained a gunshot wound": a relative pronoun stands for
    // the noun its clause (the verb the pronoun hangs on) describes
    const clause = toks[toks[read.patient]!.head];
    const relative = RELATIVE.has(word(toks[read.patient]!)) && clause?.dep === 'acl:relcl' && clause.head >= 0;
    const said = relative ? clause.head : read.patient;
    // ("NASHVILLE, Tenn. (WKRN) – A 9-year-old girl was injured": a dateline the parse took for the subject leaves the
    // person word it hung after itself to be the one it happened to)
    const patient = place(toks[said]!) ? children(said).find((k) => k > said && /^(?:appos|conj|list)$/.test(toks[k]!.dep) && toks[k]!.pos !== 'PROPN' && isPersonWord(toks[k]!)) ?? said : said;
    const first = toks[patient]!;
    if (REFLEXIVE.has(word(first))) {
      out.push({ outcome, value: 1, qualifier: 'exact', start: first.start, end: first.end, sentence, self: true });
      // "shooting himself and a woman": the others listed with him count as the verb's victims
      const with_ = [...children(patient).filter((k) => toks[k]!.dep === 'conj'), ...listedObjects(read.verb, patient)].filter((j) => !REFLEXIVE.has(word(toks[j]!)));
      const others = with_.reduce((n, j) => n + (peopleIn(j) ?? 0), 0);
      const at = toks[with_[0] ?? patient]!;
      if (others > 0) out.push({ outcome, value: others, qualifier: 'exact', start: at.start, end: at.end, sentence, ...(others === 1 ? { individual: true } : {}), victims: true });
      return;
    }
    // "no one was hurt", "No-one was injured", "nobody was shot": no one
    if (NOBODY.test(word(first)) || children(patient).some((k) => toks[k]!.dep === 'det' && /^(?:no|any)$/.test(word(toks[k]!)))) return;
    // "17 search warrants were executed", "30 rounds were shot": what these verbs do to things is no harm to people
    // ("a boy shot Monday has died" misparsed with "shot" a noun is still the boy)
    if (first.pos === 'NOUN' && ((PROJECTILES.has(first.lemma.toLowerCase()) && first.lemma.toLowerCase() !== 'shot') || (NOT_ONLY_PEOPLE.has(toks[read.verb]!.lemma.toLowerCase()) && !namesPeople(word(first))))) return;
    // "Stover and Gilliam died", "one male and one female were found dead": each of the joined counts, with those the
    // parse split off the subject or hung on the verb after its object.
    const split = [...splitSubjects(patient), ...listedObjects(read.verb, patient)];
    let value = 0;
    // ("left a boy dead and a woman wounded": a conjunct with a state of its own after it is told apart)
    const ownState = (k: number) => children(k).some((c) => c > k && /^(?:acl|amod)$/.test(toks[c]!.dep) && (isOutcomeVerb(toks[c]!) || toks[c]!.lemma.toLowerCase() === 'dead'));
    // (joined with no "and" or "or" at all, "Vincent 'The Chin' Gigante" read as two, is one name)
    // ("Ronald Williams, 33, and Kendra Hill, 28, were killed": a name after "and" the parse listed beside the ages is joined too)
    const andListed = (k: number) => toks[k]!.dep === 'list' && toks[k]!.pos !== 'NUM' && isPersonWord(toks[k]!) && children(k).some((c) => toks[c]!.dep === 'cc' && toks[c]!.lemma.toLowerCase() === 'and');
    const conjuncts = children(patient).filter((k) => (toks[k]!.dep === 'conj' || andListed(k)) && !ownState(k));
    const coordinated = conjuncts.some((k) => children(k).some((c) => toks[c]!.dep === 'cc'));
    const joined = [patient, ...(coordinated ? conjuncts : []), ...split];
    for (const j of joined) value += REFLEXIVE.has(word(toks[j]!)) ? 0 : peopleIn(j) ?? 0;
    // "killed his wife, 2 sons, then himself": the doer is one of the dead too
    const himself = split.find((j) => REFLEXIVE.has(word(toks[j]!)));
    if (himself !== undefined) out.push({ outcome, value: 1, qualifier: 'exact', start: toks[himself]!.start, end: toks[himself]!.end, sentence, self: true });
    // "INDIANAPOLIS (PIX11) - A baby died": a subject that counts no one (a dateline the parse took for it) leaves its apposition to count
    // (a number set off after a name is an age: "Niles Young, 22,")
    if (value === 0) for (const j of children(patient).filter((k) => toks[k]!.dep === 'appos' && toks[k]!.pos === 'NOUN')) value += peopleIn(j) ?? 0;
    const numTok = toks[writtenNumber(patient) ?? -1];
    const individual = value === 1 && first.pos !== 'NUM' && numTok === undefined;
    // ("the man and the boy were found dead": people listed one by one are those told of, as "the two" would be)
    const listed = numTok === undefined && value > 1 && (split.length > 0 || children(patient).some((k) => toks[k]!.dep === 'conj'));
    const definite = listed || (numTok !== undefined && namesPeople(word(first)) && DEFINITE_BEFORE.test(text.slice(Math.max(0, numTok.start - 16), numTok.start)));
    // ("three other victims", and "three others" itself)
    const others = numTok !== undefined && !definite && (APART_FROM_TOLD.has(first.lemma.toLowerCase()) || children(patient).some((k) => APART_FROM_TOLD.has(word(toks[k]!)) && /^(?:amod|advmod)$/.test(toks[k]!.dep)));
    // one person apart from those told of, as the one the sentence is about: "another woman who was shot", "the woman was
    // also shot" (not the object of someone's act: "he shot another teen" is another than the doer)
    const apart = individual && toks[read.patient]!.dep !== 'obj' && (children(patient).some((k) => toks[k]!.dep === 'det' && word(toks[k]!) === 'another')
      || children(read.verb).some((k) => toks[k]!.dep === 'advmod' && word(toks[k]!) === 'also'));
    const name = individual && first.pos === 'PROPN' ? word(first) : undefined;
    const noun = individual && first.pos === 'NOUN' ? first.lemma.toLowerCase() : undefined;
    const told = noun !== undefined && children(patient).some((k) => (toks[k]!.dep === 'det' && /^(?:the|this|that)$/.test(word(toks[k]!))) || toks[k]!.dep === 'nmod:poss');
    const victims = !read.passive && toks[read.patient]!.dep === 'obj';
    if (value > 0) out.push({ outcome, value, qualifier: 'exact', start: first.start, end: first.end, sentence, ...(individual ? { individual } : {}), ...(name ? { name } : {}), ...(noun ? { noun } : {}), ...(told ? { told } : {}), ...(definite ? { definite } : {}), ...(others ? { others } : {}), ...(apart ? { apart } : {}), ...(victims ? { victims } : {}) });
    // "four people were shot, one fatally": the one died
    const fatal = children(read.verb).find((k) => FATAL.has(toks[k]!.lemma.toLowerCase()) || FATAL.has(word(toks[k]!)));
    const died = fatal === undefined ? undefined : fatalCount(text, toks, fatal, children);
    if (died) out.push({ outcome: 'killed', value: died.value, qualifier: 'exact', start: toks[died.at]!.start, end: toks[died.at]!.end, sentence });
  });
  return out;

  /**
   * Subjects joined to the patient `p` by "and" that the parse split off it: "A man and his daughter were found dead"
   * read with "man" the root and the verb its conjunct, "Two children and an adult male were found dead" read with two
   * subjects on one verb. A clause has one subject: a person word (no bare number) before it, with only an "and" hung on the clause and
   * no verb between them, is the subject's first conjunct (and its own conjuncts with it).
   */
  function splitSubjects(p: number): number[] {
    const clause = toks[p]!.head;
    if (clause < 0 || !/^nsubj/.test(toks[p]!.dep)) return [];
    const c = toks[clause]!;
    const firsts = [...(c.dep === 'conj' && c.head >= 0 && c.head < p ? [c.head] : []), ...children(clause).filter((k) => k < p && /^nsubj/.test(toks[k]!.dep))];
    const between = (n: number) => toks.slice(n + 1, p);
    return firsts
      // (a bare number before "and" is as often an age or an hour as a count: "My dad's 40 and he ...")
      .filter((n) => isPersonWord(toks[n]!) && toks[n]!.pos !== 'NUM' && !RELATIVE.has(word(toks[n]!))
        && between(n).some((t) => t.dep === 'cc' && (t.head === clause || t.head === p) && t.lemma.toLowerCase() === 'and')
        // ("Two teenagers -- a 14-year-old and an 18-year-old -- were shot": a dash sets off the same people, listed)
        && !between(n).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && text.slice(t.start, t.end) !== ',')))
      .flatMap((n) => [n, ...children(n).filter((k) => toks[k]!.dep === 'conj' && k < p)]);
  }

  /**
   * Objects listed after the verb's object `p` that the parse hung on the verb: "killed his wife, 2 sons, then himself"
   * read with "sons" and "himself" obl, "shot his wife and two young sons" with "sons" the verb's conjunct. A phrase that
   * names people, with no preposition, set off by a comma after the object, or joined by "and", is one more of its objects.
   */
  function listedObjects(verb: number, p: number): number[] {
    if (toks[p]!.dep !== 'obj' || toks[p]!.head !== verb) return [];
    return children(verb).filter((k) => {
      // ("shot his wife and two young sons" with "sons" joined to the verb: a joined noun for people, with its "and", is no verb)
      if (k > p && toks[k]!.dep === 'conj' && toks[k]!.pos === 'NOUN' && namesPeople(toks[k]!.lemma)
        && children(k).some((c) => toks[c]!.dep === 'cc' && toks[c]!.lemma.toLowerCase() === 'and')
        && !toks.slice(p + 1, k).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
      if (k < p || !/^obl/.test(toks[k]!.dep) || children(k).some((c) => toks[c]!.dep === 'case')) return false;
      const first = Math.min(k, ...children(k).filter((c) => toks[c]!.pos !== 'PUNCT'));
      const t = toks[k]!;
      return first > 0 && text.slice(toks[first - 1]!.start, toks[first - 1]!.end) === ','
        && (REFLEXIVE.has(word(t)) || (t.pos === 'NOUN' && namesPeople(t.lemma)));
    });
  }

  /**
   * The doer's own death told without a verb of dying: "turning the gun on himself" (the verb "turn", an object, and a
   * reflexive after "on"), "took his own life", "ended her own life". The token that stands for him, if token `i` says so.
   */
  function selfTaken(i: number): number | undefined {
    const t = toks[i]!;
    if (t.pos !== 'VERB') return undefined;
    const lemma = t.lemma.toLowerCase(), kids = children(i);
    if (lemma === 'turn' && kids.some((k) => toks[k]!.dep === 'obj'))
      return kids.find((k) => REFLEXIVE.has(word(toks[k]!)) && children(k).some((c) => toks[c]!.dep === 'case' && word(toks[c]!) === 'on'));
    if (lemma === 'take' || lemma === 'end')
      return kids.find((k) => toks[k]!.dep === 'obj' && toks[k]!.lemma.toLowerCase() === 'life' && children(k).some((c) => word(toks[c]!) === 'own'));
    return undefined;
  }

  /** The token of the number written before the noun `j` ("three men"), if any. */
  function writtenNumber(j: number): number | undefined {
    // ("CHICAGO Seven people were shot": a number the parse read as part of a name still counts; "10th-grader" is an ordinal)
    return children(j).find((k) => k < j && (toks[k]!.dep === 'nummod' || (toks[k]!.dep === 'compound' && numberOf(word(toks[k]!)) !== undefined))
      && !AGE_AFTER.test(text.slice(toks[k]!.end, toks[k]!.end + 12)) && !/^[a-z]/i.test(text.charAt(toks[k]!.end)));
  }

  /** How many people the phrase headed by token `j` counts, when it says. */
  function peopleIn(j: number): number | undefined {
    const p = toks[j]!;
    const w = word(p);
    // "Two men were shot and killed": the quantities stage reads the number with the first verb only.
    // A number followed by "year-old" is an age, not a count ("a 16 year-old boy").
    // The count stands before its noun ("three men"); a number after a name is an age ("Dixon, 26,").
    const num = writtenNumber(j);
    if (num !== undefined) return numberOf(word(toks[num]!));
    // "both men were killed": two of them
    // ("Both the male and the boy": a singular noun's "both" counts the list it opens, not the noun)
    if (p.pos === 'NOUN' && namesPeople(w) && p.lemma.toLowerCase() !== w && children(j).some((k) => k < j && word(toks[k]!) === 'both' && /^(?:det|advmod|predet|cc:preconj)/.test(toks[k]!.dep))) return 2;
    // "a 14-year-old boy shot earlier this week has died": "shot" read as a noun, the person its compound
    const person = children(j).find((k) => k === j - 1 && (toks[k]!.dep === 'compound' || personAdjective(text, toks[k]!)) && p.pos === 'NOUN' && !PERSON_NOUNS.has(p.lemma.toLowerCase()));
    if (person !== undefined && (PERSON_NOUNS.has(toks[person]!.lemma.toLowerCase()) || /-old$/.test(word(toks[person]!)))) return peopleIn(person);
    const singular = (p.pos === 'PRON' && PERSON_PRONOUNS.has(w))
      || (p.pos === 'PROPN' && !place(p) && (!/s$/.test(w) || children(j).some((k) => toks[k]!.dep === 'flat')))
      || (p.pos === 'NOUN' && PERSON_NOUNS.has(p.lemma.toLowerCase()) && p.lemma.toLowerCase() === w)
      || personAdjective(text, p)
      || (p.pos === 'NOUN' && /-old$/.test(w))
      // "an 18-month old is dead": the age word read as the one it describes
      // (or written apart: "a 17 year old is wounded")
      || (p.lemma.toLowerCase() === 'old' && children(j).some((k) => /^\d+-(?:year|month|week|day)s?$/i.test(word(toks[k]!))
        || (/^(?:year|month|week|day)s?$/i.test(word(toks[k]!)) && children(k).some((n) => toks[n]!.pos === 'NUM'))))
      || ONE_MORE.has(w);
    if (singular) return 1;
    // "one was killed", "two were wounded" parsed as a bare numeral subject
    return p.pos === 'NUM' && !isAge(text, p) && !countsKin(text, p) ? numberOf(w) : undefined;
  }
}

/** Words that make an event noun one of so many victims: "a double shooting", "a triple homicide". */
const MULTIPLE: Readonly<Record<string, number>> = { double: 2, triple: 3, quadruple: 4, quintuple: 5 };
/** Event nouns (lemmas) whose victims such a word counts, and what happened to them. */
const EVENT_OUTCOME: Readonly<Record<string, Outcome>> = { shooting: 'shot', homicide: 'killed', murder: 'killed', slaying: 'killed', killing: 'killed' };

/**
 * "a double shooting", "the quadruple-shooting", "a triple homicide": the event noun says how many it happened to
 * (two shot, three killed), the count at the word that says it. One event only: "triple shootings" are several.
 */
export function eventOfMany(text: string, t: Readonly<SyntaxToken>, kids: readonly Readonly<SyntaxToken>[]): { outcome: Outcome; value: number; start: number; end: number } | undefined {
  if (t.pos !== 'NOUN') return undefined;
  const w = text.slice(t.start, t.end).toLowerCase();
  // ("double-shooting" is one token; "double shooting" two, the first the noun's modifier)
  const joined = /^([a-z]+)-([a-z]+)$/.exec(w);
  const noun = joined ? joined[2]! : w;
  const outcome = EVENT_OUTCOME[noun];
  if (!outcome) return undefined;
  if (joined) { const value = MULTIPLE[joined[1]!]; return value ? { outcome, value, start: t.start, end: t.end } : undefined; }
  const mod = kids.find((k) => k.end <= t.start && /^(?:amod|compound)$/.test(k.dep) && MULTIPLE[text.slice(k.start, k.end).toLowerCase()] !== undefined);
  return mod ? { outcome, value: MULTIPLE[text.slice(mod.start, mod.end).toLowerCase()]!, start: mod.start, end: mod.end } : undefined;
}

/** A small count as written in words or digits ("two", "3"); larger ones are the quantities stage's to read. */
function numberOf(w: string): number | undefined {
  if (/^\d{1,2}$/.test(w)) return Number(w);
  return NUMBER_WORDS[w];
}
