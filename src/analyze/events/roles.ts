import type { ArgRef } from '../../core/model.js';
import type { Arg } from '../syntax/args.js';
import type { Discourse } from '../syntax/discourse.js';
import { LIGHT_VERBS } from '../syntax/lexicon.js';
import type { Predicate } from '../syntax/triggers.js';
import { isCapitalised, POSSESSIVE_PRONOUNS, PREPOSITIONS } from '../syntax/words.js';
import type { SentenceContext } from './context.js';
import { countryOfDemonym } from '../syntax/countries.js';
import { areaOf } from './area.js';
import { AIMED_PREPS } from './cues.js';
import { possessiveOwner, resolver, sameRef, type Resolve } from './reference.js';

// Who acts and who undergoes, for every predicate of a sentence, from the dependency parse only
// (relations.ts reads the tokens): a verb's subject and object (a passive's agent and subject), a
// controlled or coordinated verb its controller's subject, an event noun its possessor, its demonym
// and its "by / of / between / on" dependents. The tokens found are mapped to the argument phrases
// that contain them; a pronoun resolves through the discourse. Where no relation names a participant
// there is none: an event without actor is kept, never given a guessed one.

export interface Roles {
  actor?: ArgRef;
  target?: ArgRef;
  /** The subject argument as written (for the discourse: who was the last person to act). */
  subject?: Arg;
  /** Set when no relation gives the actor: why it was inferred (Event.actorBasis). */
  actorBasis?: string;
}

/** Obliques a verb takes as its target whatever its pattern: "protested against the law", "sent arms to Pakistan", "negotiate with". */
const VERB_AIMED = new Set([...AIMED_PREPS, 'into']);
/** Nouns whose "of" dependent is the one who acts ("the visit of a delegation"); for others it undergoes ("the release of hostages"). */
const OF_IS_ACTOR = new Set<string>(['CONSULT', 'PROTEST']);
/** Nouns that count or gather others: "thousands of Nigerians", "a group of Moroccan diplomats". */
const COLLECTIVES = new Set(['group', 'number', 'dozen', 'hundred', 'thousand', 'million', 'score', 'crowd', 'team', 'contingent', 'band']);
/** Prepositions that name who authored a thing: "an appeal from President Gbagbo", "calls by Belarus's rulers". */
const AUTHOR_PREPS = new Set(['by', 'from']);
/** Types a place before the noun is aimed at, not the author of: "the Gaza invasion". */
const AIMED_AT_PLACE = new Set<string>(['ASSAULT', 'COERCE']);
/**
 * Types aimed at whoever made what they take: criticism, refusal, protest ("protest against Sweden's
 * decision"); a demand at whoever is to do what it demands ("demanded an admission by Moscow"); praise
 * or a concession at whoever made what it welcomes or gives in to ("welcomed Reagan's statement",
 * "conceded to demands from UNITA").
 */
const AUTHOR_AIMED = new Set<string>(['ACCUSE', 'REJECT', 'PROTEST', 'REQUEST', 'SUPPORT', 'CONCEDE']);
/** Types whose object, when it is an act, falls on whoever does it: "prevented the demonstration staged by students". */
const STOPS_ACTS = new Set<string>([...AUTHOR_AIMED, 'COERCE']);
/** Types whose object may be an act: what criticism or a refusal aims at is whoever did it ("condemned Israel's bombing"). */
const AIMS_AT_ACTS = new Set<string>(['ACCUSE', 'REJECT']);

/**
 * The roles of every predicate of the sentence, each read once. A predicate may need another's (a
 * light verb's subject is its event noun's actor, a condemned act's author the condemnation's
 * target), so they are read on demand and remembered; the map is complete when this returns.
 */
export function readRoles(ctx: SentenceContext, discourse: Discourse): ReadonlyMap<Predicate, Roles> {
  const memo = new Map<Predicate, Roles>();
  const reading: Reading = {
    ctx, discourse,
    rolesOf: (p) => {
      const cached = memo.get(p);
      if (cached) return cached;
      memo.set(p, {});              // a malformed parse may loop back: the inner read sees no roles
      const roles = p.noun ? nominalRoles(reading, p) : verbalRoles(reading, p);
      memo.set(p, roles);
      return roles;
    },
    resolve: resolver(ctx, discourse, (q) => memo.get(q)?.actor),
  };
  for (const p of ctx.preds) reading.rolesOf(p);
  return memo;
}

/** What reading one predicate's roles needs: the sentence, the discourse, the others' roles. */
interface Reading {
  ctx: SentenceContext;
  discourse: Discourse;
  rolesOf(p: Predicate): Roles;
  resolve: Resolve;
}

/**
 * The argument phrase a token stands in: the phrase that contains it; else the one it is in apposition
 * with ("a man, John Reed"); else, for a noun no phrase covers, the name or nationality that modifies it
 * ("Burundian militiamen", "Hamas gunmen") or its "of" part ("a group of Moroccan diplomats"). A place
 * never stands for the people of it: "Compton residents" are not Compton.
 */
function argOf(ctx: SentenceContext, t: number | undefined): Arg | undefined {
  if (t === undefined) return undefined;
  const own = ctx.view.argAt(t);
  if (own) return own;
  const { tree } = ctx.parse;
  const notPlace = (a: Arg | undefined) => (a && !(a.kind === 'name' && a.type === 'LOC') ? a : undefined);
  const appos = tree.child(t, 'appos');
  if (appos !== undefined && ctx.view.argAt(appos)) return ctx.view.argAt(appos);
  for (const c of tree.children(t)) {
    const dep = tree.dep(c);
    if (dep !== 'compound' && dep !== 'amod' && dep !== 'flat') continue;
    const a = notPlace(ctx.view.argAt(c));
    if (a?.kind === 'name') return a;
    // "Ugandan opposition candidates", "Russian civilian advisers": a group named just before its own noun is that noun's people
    // (a one-word modifier is more often a quality of a thing: "criminal charges")
    if (a?.kind === 'sector' && a.last === t - 1 && a.first < a.last) return widened(ctx, a, t);
  }
  // "thousands of Nigerians", "a group of diplomats": a quantity stands for what it counts (a "supporter of X" is not X)
  // (the lemma is singular: "scores" is "score"; the word itself for a parse that left it plural)
  if (!(tree.pos(t) === 'NUM' || tree.pos(t) === 'PRON' || COLLECTIVES.has(tree.lemma(t)) || COLLECTIVES.has(ctx.word(t).replace(/s$/, '')))) return undefined;
  const part = tree.children(t).find((c) => /^nmod(?::|$)/.test(tree.dep(c)) && tree.caseOf(c) === 'of');
  return part === undefined ? undefined : notPlace(ctx.view.argAt(part));
}

/** Sector phrase `a` carried over the noun `t` right after it: the phrase the reader sees names the people ("Ugandan opposition candidates"). */
function widened(ctx: SentenceContext, a: Arg, t: number): Arg {
  const end = ctx.view.tokens[t]!.end;
  return { ...a, last: t, ref: { ...a.ref, end, text: ctx.view.text.slice(a.ref.start, end) } };
}

function verbalRoles(r: Reading, p: Predicate): Roles {
  const { ctx } = r;
  const { parse } = ctx;
  const h = ctx.headOf(p);
  const found = parse.verbal(h);
  const preps = new Set(patternPreps(ctx, p));
  // "Marzouk, a Hamas official, met with Kani": a phrasal verb with its own oblique is no reduced passive
  const passive = parse.passive(h) && !(parse.tree.dep(h) === 'acl' && parse.oblique(h, preps) !== undefined);
  if (!passive && parse.passive(h)) { const s = parse.subject(h); found.target = undefined; if (s !== undefined) found.actor = s; }
  const roles: Roles = {};
  const g = ctx.links.governor.get(p);
  // "urged Borsk to release": the asked party acts, whichever way the parse hung the "to" clause
  if (g?.entry?.governs === 'request' && parse.tree.child(h, 'nsubj') === undefined) {
    const asked = r.rolesOf(g).target;
    if (asked) roles.actor = asked;
  }
  // "issued a declaration demanding that ...": a statement made by a light verb speaks for whoever made it
  const n = parse.tree.head(h);
  if (!roles.actor && parse.tree.dep(h) === 'acl' && !argOf(ctx, n) && parse.tree.dep(n) === 'obj' && LIGHT_VERBS.has(parse.tree.lemma(parse.tree.head(n)))) {
    found.actor = parse.verbal(parse.tree.head(n)).actor;
  }
  const subject = roles.actor ? undefined : argOf(ctx, found.actor);
  const actor = roles.actor ?? (subject ? r.resolve(subject, p.speech) : undefined);
  if (actor && subject) { roles.actor = actor; if (found.actor !== undefined && parse.tree.head(found.actor) === h && parse.tree.dep(found.actor) === 'nsubj') roles.subject = subject; }
  const must = ctx.links.mustRequests.get(p);
  if (must) { const t = r.resolve(must, false); if (t) roles.target = t; return roles; }
  // the target: the object (a passive's subject), else the oblique whose preposition the pattern names ("met with X")
  const { tree } = parse;
  // what is mobilised ("deployed extra officers", "mobilized army reservists") is no target: only whom it is against
  if (p.entry?.type === 'MOBILIZE') {
    const against = opposed(tree, h);
    const target = against === undefined ? undefined : targetOf(r, p, against, actor);
    if (target) roles.target = target;
    return roles;
  }
  // an object that is no participant ("sent arms to Pakistan") leaves the place to the oblique
  const participant = found.target;
  let t = participant !== undefined && (argOf(ctx, participant) || passive) ? participant : undefined;
  if (t === undefined && !passive) { const q = parse.quantifiedObject(h); if (argOf(ctx, q)) t = q; }
  if (t === undefined && !passive) t = parse.oblique(h, new Set([...preps, ...VERB_AIMED]));
  if (t === undefined) t = participant;
  // "demanded that Hamas renounce": the one asked is the subject of the clause asked for
  if (t === undefined && p.entry?.governs === 'request') { const c = parse.thatClause(h); if (c !== undefined) t = tree.child(c, 'nsubj'); }
  // "threatened to break relations with Russia": a governor whose clause names no act of ours takes its clause's participant
  // (a governor's "to" clause after a time phrase may be parsed as adverbial: "threatened on Monday to break
  // relations"; any other verb's is a purpose: "fought in court to have Giddings classified")
  const clause = tree.child(h, 'xcomp') ?? (p.entry?.governs ? tree.children(h).find((c) => tree.dep(c) === 'advcl' && tree.children(c).some((m) => tree.dep(m) === 'mark' && ctx.word(m) === 'to')) : undefined);
  if (t === undefined && clause !== undefined && !ctx.preds.some((q) => ctx.headOf(q) === clause)) {
    const o = tree.child(clause, 'obj');
    t = o !== undefined && argOf(ctx, o) ? o : parse.oblique(clause, VERB_AIMED) ?? o;
  }
  // "held a meeting with Obama", "opened investigations against 28 officials": the aim hangs on the object noun
  // (what a criticism takes is an act whose aim is not the criticism's, unless the act is the criticism itself: "lodged a protest with Albania")
  if (t !== undefined && !argOf(ctx, t) && tree.pos(t) === 'NOUN' && (!AIMS_AT_ACTS.has(p.entry?.type ?? '') || (t >= p.first && t <= p.last))) {
    const aim = tree.children(t).find((c) => /^nmod(?::|$)/.test(tree.dep(c)) && VERB_AIMED.has(tree.caseOf(c) ?? ''));
    if (aim !== undefined) t = aim;
  }
  // "fired at the station in Compton": a place after "at" is where, not whom
  const where = t !== undefined && caseIsAt(ctx, t) && ctx.view.argAt(t)?.type === 'LOC';
  const target = t === undefined || where ? undefined : targetOf(r, p, t, actor);
  if (target) roles.target = target;
  if (!roles.target && p.entry?.type === 'PROTEST') { const aim = purposeTarget(r, p, h); if (aim && !(actor && sameRef(aim, actor))) roles.target = aim; }
  // "imposed a curfew in Cizre", "withdraw its troops from Lebanon": an act on an area falls on the place
  const area = areaOf(ctx, p, h, participant, (k) => !!argOf(ctx, k));
  if (area) roles.target = area;
  // "denounced the meeting, claiming Russia was supporting terrorism": a charge aims at the subject of what it charges
  if (!roles.target && AIMS_AT_ACTS.has(p.entry?.type ?? '')) {
    const accused = argOf(ctx, parse.contentSubject(h));
    const ref = accused ? r.resolve(accused, false, actor) : undefined;
    if (ref && !(actor && sameRef(ref, actor))) roles.target = ref;
  }
  return roles;
}

const caseIsAt = (ctx: SentenceContext, t: number) => ctx.parse.tree.caseOf(t) === 'at';

/** The nominal a mobilisation is against, down its own nominals, never into another clause ("reservists for a possible war against Iraq"). */
function opposed(tree: SentenceContext['parse']['tree'], h: number): number | undefined {
  const nominal = (c: number) => /^(?:obl|nmod|obj|iobj)(?::|$)/.test(tree.dep(c));
  const queue = tree.children(h).filter(nominal);
  for (let guard = 0; queue.length && guard < tree.end - tree.first; guard++) {
    const c = queue.shift()!;
    if (tree.caseOf(c) === 'against') return c;
    queue.push(...tree.children(c).filter(nominal));
  }
  return undefined;
}

/** The prepositions a predicate's own words end in ("met with", "arrived at"). */
function patternPreps(ctx: SentenceContext, p: Predicate): string[] {
  const out: string[] = [];
  for (let k = p.first + 1; k <= p.last; k++) if (PREPOSITIONS.has(ctx.word(k))) out.push(ctx.word(k));
  return out;
}

/** The participant token t stands for; an act named as the object of a condemnation or refusal stands for whoever did it. */
function targetOf(r: Reading, p: Predicate, t: number, actor: ArgRef | undefined): ArgRef | undefined {
  const { ctx } = r;
  const act = ctx.preds.find((q) => q.noun && ctx.headOf(q) === t);
  const other = (ref: ArgRef | undefined) => (ref && !(actor && sameRef(ref, actor)) ? ref : undefined);
  // "dismissed an appeal from President Gbagbo": an act whose own reading names no actor still has its author's name on it
  const type = p.entry?.type ?? '';
  const doer = act && STOPS_ACTS.has(type) && type !== 'REQUEST' ? r.rolesOf(act).actor : undefined;
  if (doer) return other(doer);
  if (!argOf(ctx, t) && AUTHOR_AIMED.has(type)) {
    // an active verb takes no "by" agent: its "by" names the author of what it takes, hung on the verb
    // by the parse ("rejected calls by Belarus's rulers", "investigating crimes by extremists")
    const h = ctx.headOf(p), { tree } = ctx.parse;
    const misplaced = t === tree.child(h, 'obj') && !ctx.passive.has(p) ? ctx.parse.oblique(h, AUTHOR_PREPS) : undefined;
    const a = authorOf(ctx, t, type === 'REQUEST') ?? argOf(ctx, misplaced);
    if (a) return other(r.resolve(a, false, actor));
  }
  const a = argOf(ctx, t);
  const ref = a ? r.resolve(a, false, actor) : undefined;
  return ref && !(actor && sameRef(ref, actor)) ? ref : undefined;
}

/**
 * Whose the thing at t is, named on it: "rejected a US offer", "dismissed an appeal from President
 * Gbagbo", "protest against Sweden's decision", "violations by Algerian security forces"; a name on
 * the thing is whose it is, a place included ("criticized US policy"). `byOnly`: only a "by" or "from"
 * says who is to act on a demand; "calling for Thomas' release" asks someone else to release him.
 */
function authorOf(ctx: SentenceContext, t: number, byOnly = false): Arg | undefined {
  const { tree } = ctx.parse;
  const by = tree.children(t).find((c) => /^nmod(?::|$)/.test(tree.dep(c)) && AUTHOR_PREPS.has(tree.caseOf(c) ?? ''));
  if (byOnly) return argOf(ctx, by);
  // a name compounded on the thing taken ("rejected a US offer") is its author; on an oblique it only
  // says which ("charges against the Florida airport shooting suspect" are not against Florida)
  const compound = tree.dep(t) === 'obj' ? tree.children(t).find((c) => tree.dep(c) === 'compound' && ctx.view.argAt(c)?.kind === 'name') : undefined;
  const author = tree.child(t, 'nmod:poss') ?? by ?? compound;
  return argOf(ctx, author) ?? (author !== undefined ? ctx.view.argAt(author) : undefined);
}

/**
 * What a protest's purpose clause protests: "began a hunger strike to protest against X", "staged a
 * strike in protest against X". `v`: the verb that carries the protest (its own head, or the light
 * verb whose object names it).
 */
function purposeTarget(r: Reading, p: Predicate, v: number): ArgRef | undefined {
  const { ctx } = r;
  const { tree } = ctx.parse;
  for (const c of tree.children(v)) {
    if (tree.dep(c) !== 'advcl' && !/^obl(?::|$)/.test(tree.dep(c))) continue;
    const q = ctx.preds.find((x) => x !== p && x.entry?.type === 'PROTEST' && ctx.headOf(x) === c);
    const target = q ? r.rolesOf(q).target : undefined;
    if (target) return target;
  }
  return undefined;
}

/** "Hamas' attack on Israel", "an Israeli strike", "the visit of a Hamas delegation", "the meeting between X and Y". */
function nominalRoles(r: Reading, p: Predicate): Roles {
  const { ctx } = r;
  const { tree } = ctx.parse;
  // "a mediation effort between X and Y": an event noun compounded into another noun reads that noun's relations
  const own = ctx.headOf(p);
  const h = tree.dep(own) === 'compound' && tree.pos(tree.head(own)) === 'NOUN' ? tree.head(own) : own;
  const type = p.entry?.type ?? '';
  const roles: Roles = {};
  const set = (role: 'actor' | 'target', t: number | undefined) => {
    if (t === undefined || roles[role]) return;
    const a = argOf(ctx, t) ?? (role === 'target' && AUTHOR_AIMED.has(type) ? authorOf(ctx, t) : undefined);
    const ref = a ? r.resolve(a, false) : undefined;
    if (ref && !(role === 'target' && roles.actor && sameRef(ref, roles.actor))) roles[role] = ref;
  };
  const poss = tree.child(h, 'nmod:poss');
  if (poss !== undefined && POSSESSIVE_PRONOUNS.has(ctx.word(poss))) {
    // "Israel's decision to delay their invasion": a subject or possessor before it in the sentence, else the discourse's
    const owner = ownerInSentence(r, poss) ?? possessiveOwner(ctx.view, r.discourse, poss);
    if (owner) roles.actor = owner;
  } else set('actor', poss);
  for (const m of tree.children(h)) {
    const dep = tree.dep(m);
    if (dep !== 'amod' && dep !== 'compound' && dep !== 'nmod') continue;
    if (dep === 'nmod' && tree.caseOf(m) !== undefined) continue;
    const word = ctx.view.tokens[m]!.text;
    const country = countryOfDemonym(word);
    if (country && isCapitalised(word) && !roles.actor) {          // "an Israeli strike"
      const t = ctx.view.tokens[m]!;
      roles.actor = { start: t.start, end: t.end, text: t.text, country };
      continue;
    }
    const a = ctx.view.argAt(m);
    if (!a || a.kind !== 'name' || a.first > h) continue;
    // "the Gaza invasion": a place before the noun is where it is aimed; "the Hamas attack": who acts
    if (a.type !== 'LOC') set('actor', m);
    else if (AIMED_AT_PLACE.has(type)) set('target', m);
  }
  if (!roles.actor) {
    // "launched an attack", "carried out the strike": the light verb's subject (before a "between" names both sides)
    const v = tree.head(h);
    if (v >= 0 && tree.dep(h) === 'obj' && LIGHT_VERBS.has(tree.lemma(v))) set('actor', ctx.parse.verbal(v).actor);
  }
  // "the attack by Kestrel Front on Arvelia": an aim hung on the author's name belongs to the act (a name takes no "on X")
  const author = [poss, ...tree.children(h).filter((m) => tree.caseOf(m) === 'by' || tree.caseOf(m) === 'of')]
    .filter((m): m is number => m !== undefined && tree.pos(m) === 'PROPN');
  const aims = author.flatMap((a) => tree.children(a).filter((m) => tree.dep(m) === 'nmod' && AIMED_PREPS.has(tree.caseOf(m) ?? '')));
  for (const m of [...tree.children(h), ...aims]) {
    if (!/^nmod(?::|$)/.test(tree.dep(m)) || tree.dep(m) === 'nmod:poss') continue;
    const prep = tree.caseOf(m) ?? '';
    if (prep === 'by') set('actor', m);
    else if (prep === 'of') set(OF_IS_ACTOR.has(type) ? 'actor' : 'target', m);
    else if (prep === 'between' || prep === 'among') {
      // "talks between X and Y": the first side acts, the second (its conjunct, or the conjunct of a name in
      // apposition with it: "the spokeswoman Maria Zakharova and Ali Kani") is met
      const appos = tree.child(m, 'appos');
      const second = tree.child(m, 'conj') ?? (appos !== undefined ? tree.child(appos, 'conj') : undefined);
      if (!roles.actor) { set('actor', m); set('target', second); } else set('target', m);
    } else if (AIMED_PREPS.has(prep)) set('target', m);
  }
  // "the demonstration staged by students", "an attack carried out by Hamas": the agent of a participle on the noun
  for (const m of tree.children(h)) if (tree.dep(m) === 'acl') set('actor', tree.children(m).find((c) => tree.dep(c) === 'obl:agent' || (tree.dep(c) === 'obl' && tree.caseOf(c) === 'by')));
  // "its demand that Israel ease restrictions": the one asked is the subject of the clause
  if (type === 'REQUEST') { const c = ctx.parse.thatClause(h); if (c !== undefined) set('target', tree.child(c, 'nsubj')); }
  if (type === 'PROTEST' && !roles.target && tree.dep(h) === 'obj') {
    const aim = purposeTarget(r, p, tree.head(h));
    if (aim && !(roles.actor && sameRef(aim, roles.actor))) roles.target = aim;
  }
  return roles;
}

/**
 * The antecedent of a possessive pronoun inside its own sentence: the nearest phrase before it that
 * is a subject or a possessor in the parse ("the Hamas delegation's visit ... since their attack"),
 * agreeing with the pronoun ("his" / "her": a person; "its": one).
 */
function ownerInSentence(r: Reading, k: number): ArgRef | undefined {
  const { ctx } = r;
  const { tree } = ctx.parse;
  const pronoun = ctx.word(k);
  for (let j = k - 1; j >= ctx.first; j--) {
    const a = ctx.view.argAt(j);
    if (!a || a.kind === 'pronoun') continue;
    j = a.first;
    let head = a.last;
    for (let t = a.first; t <= a.last; t++) { const h = tree.head(t); if (h < a.first || h > a.last) { head = t; break; } }
    if (!['nsubj', 'nsubj:pass', 'nmod:poss'].includes(tree.dep(head))) continue;
    const person = a.kind === 'name' ? a.type === 'PER' : a.roles.length > 0;
    if ((pronoun === 'his' || pronoun === 'her') !== person) continue;
    if (pronoun === 'its' && a.plural) continue;
    return r.resolve(a, false);
  }
  return undefined;
}
