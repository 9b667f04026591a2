import type { ArgRef } from '../../core/model.js';
import type { Arg } from '../syntax/args.js';
import { clauseEnd, findSubject, firstArgIn, prepositionBefore, verbGroup } from '../syntax/clause.js';
import type { Discourse } from '../syntax/discourse.js';
import { lemmaCandidates } from '../syntax/lemma.js';
import { LIGHT_VERBS } from '../syntax/lexicon.js';
import type { Predicate } from '../syntax/triggers.js';
import { isMoodModifier } from '../syntax/vocabulary.js';
import { isCapitalised, isPossessive, POSSESSIVE_PRONOUNS } from '../syntax/words.js';
import type { SentenceContext } from './context.js';
import { countryOfDemonym } from '../syntax/countries.js';
import { AIMED_PREPS, isActWord, NOMINAL_PREPS, NOMINAL_STOPS, WHERE_OR_WHENCE } from './cues.js';
import { possessiveOwner, resolver, sameRef, type Resolve } from './reference.js';

// Who acts and who undergoes, for every predicate of a sentence: a verb's subject and object (a
// passive swaps them, "by X" acts), an event noun's possessor and its "of / by / between / on" phrases.

export interface Roles {
  actor?: ArgRef;
  target?: ArgRef;
  /** The subject argument as written (for the discourse: who was the last person to act). */
  subject?: Arg;
}

/** "killed on Monday by": words between a passive verb and its "by". */
const BY_WINDOW = 4;
/** "by the armed wing of Hamas": words after "by" in which the agent phrase begins. */
const AGENT_WINDOW = 8;
/** "a mediation effort on Saturday between ...": words an event noun's participants may stand behind. */
const MAX_NOUN_SKIP = 4;
/** Words after a noun's preposition in which its participant is looked for. */
const PARTICIPANT_WINDOW = 6;
/** "the release of the two hostages": the "of / by" participant begins within this many words. */
const OF_BY_MAX_GAP = 3;
/** "the attack on the northern town of Borsk": the "on / against ..." participant begins within this many words. */
const AIMED_MAX_GAP = 4;
/** "between X and the rebels of Y": words after "and" in which the second side begins. */
const SECOND_SIDE_WINDOW = 8;
/** "launched a large-scale military attack": words between a light verb and its event noun. */
const LIGHT_VERB_WINDOW = 5;

/** The light verb a word is a form of ("launched" → "launch"), not a bare -ed/-ing form of itself. */
const lightVerb = (w: string) => lemmaCandidates(w).find((l) => LIGHT_VERBS.has(l) && (l !== w || !/ed$|ing$/.test(w)));

/**
 * The roles of every predicate of the sentence, each read once. A predicate may need another's
 * (a governed act takes its governor's actor, a coordinated verb its neighbour's, "the two" the last
 * actor), so they are read on demand and remembered; the map is complete when this returns.
 */
export function readRoles(ctx: SentenceContext, discourse: Discourse): ReadonlyMap<Predicate, Roles> {
  const memo = new Map<Predicate, Roles>();
  const reading: Reading = {
    ctx, discourse,
    rolesOf: (p) => {
      const cached = memo.get(p);
      if (cached) return cached;
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

function verbalRoles(r: Reading, p: Predicate): Roles {
  const { ctx } = r;
  const group = ctx.groups.get(p) ?? verbGroup(ctx.view, p);
  const roles: Roles = {};
  const g = ctx.links.governor.get(p);
  if (g) {
    const gr = r.rolesOf(g);
    // "urged Russia to expel": the asked party acts; "tried to visit": the governor's subject does
    if (g.entry?.governs === 'request') { if (gr.target) roles.actor = gr.target; }
    else if (gr.actor) roles.actor = gr.actor;
  } else {
    const found = findSubject(ctx.view, p, group, ctx.preds, ctx.finite);
    if (found && 'arg' in found) {
      roles.subject = found.arg;
      const ref = r.resolve(found.arg, p.speech);
      if (ref) roles.actor = ref;
    } else if (found && 'inherit' in found) {
      const from = r.rolesOf(found.inherit);
      if (from.actor) roles.actor = from.actor;
    }
  }
  // passive: the subject is the target; "by X" is the actor
  if (ctx.passive.has(p)) {
    const target = roles.actor;
    delete roles.actor;
    const by = byAgent(r, p.last + 1);
    if (by) roles.actor = by;
    if (target) roles.target = target;
    return roles;
  }
  const must = ctx.links.mustRequests.get(p);
  if (must) { const t = r.resolve(must, false); if (t) roles.target = t; return roles; }
  const target = objectOf(r, p, roles.actor);
  if (target) roles.target = target;
  return roles;
}

/** The agent of a passive: "was shot by police". */
function byAgent(r: Reading, from: number): ArgRef | undefined {
  const { ctx } = r;
  for (let k = from; k < Math.min(ctx.end, from + BY_WINDOW); k++) {
    if (ctx.word(k) === 'by') {
      const a = firstArgIn(ctx.view, k + 1, Math.min(ctx.end, k + AGENT_WINDOW), () => true);
      return a ? r.resolve(a, false) : undefined;
    }
    if (ctx.word(k) === ',' || ctx.word(k) === '.') break;
  }
  return undefined;
}

/**
 * The object side: the first participant after the trigger within its clause (the words a pattern
 * skipped included: "designated Hamas as terrorist"). A place ("in Moscow") is the last resort.
 * Criticism and refusals aim at whoever did the act they name, so after an act as object ("denounced
 * the meeting, claiming Russia ...") the search goes on past the next verb.
 */
function objectOf(r: Reading, p: Predicate, actor: ArgRef | undefined): ArgRef | undefined {
  const { ctx } = r;
  const allowThat = p.entry?.governs === 'request';
  const aimsAtActs = p.entry?.type === 'ACCUSE' || p.entry?.type === 'REJECT';
  const end = clauseEnd(ctx.view, p.last + 1, ctx.preds, allowThat, aimsAtActs);
  const inner = ctx.links.complement.get(p);
  // the object of a governor's clause belongs to that clause's act ("offered to hand over to X")
  if (inner && p.entry?.governs !== 'request') return objectOf(r, inner, actor);
  let placeLike: ArgRef | undefined;
  let sawAct = false;
  for (let k = p.first + 1; k < end; k++) {
    if (k > p.last && ctx.preds.some((q) => q.first === k && !q.noun && q !== p) && !(aimsAtActs && sawAct)) break;
    const a = ctx.view.argAt(k);
    if (!a || a.first < k) {
      if (k > p.last && (isActWord(ctx.word(k)) || ctx.word(k) === 'it' || ctx.word(k) === 'this')) sawAct = true;
      continue;
    }
    k = a.last;
    const ref = r.resolve(a, false, actor);
    if (!ref) { if (a.kind === 'pronoun') sawAct = true; continue; }
    if (a.last === p.last && (a.first === a.last || a.kind === 'sector' && !a.ref.country)) continue;   // the pattern's own word ("commit more troops")
    if (actor && sameRef(ref, actor)) continue;
    if (a.kind === 'name' && a.type === 'LOC' && WHERE_OR_WHENCE.has(prepositionBefore(ctx.view, a) ?? '')) {
      placeLike ??= ref;
      continue;
    }
    return ref;
  }
  return placeLike;
}

/** "Hamas' attack on Israel", "the visit of a Hamas delegation to Moscow", "the meeting between X and Y". */
function nominalRoles(r: Reading, p: Predicate): Roles {
  const { ctx } = r;
  const { view, first, word } = ctx;
  const type = p.entry?.type ?? '';
  const roles: Roles = {};
  let k = p.first - 1;
  while (k >= first && isMoodModifier(word(k))) k--;           // "Morn's planned visit"
  const possessive = k >= first && isPossessive(view.tokens[k]!.text);
  if (possessive) k--;
  const before = k >= first ? view.argAt(k) : undefined;
  if (before && before.last === k && (possessive || before.kind === 'name')) {
    const ref = r.resolve(before, false);
    // "the Gaza invasion": a place before the noun is where it is aimed, not who acts
    if (ref && before.type === 'LOC' && !possessive) { if (type === 'ASSAULT' || type === 'COERCE') roles.target = ref; }
    else if (ref) roles.actor = ref;
  } else if (k >= first && countryOfDemonym(view.tokens[k]!.text) && isCapitalised(view.tokens[k]!.text)) {
    const t = view.tokens[k]!;
    roles.actor = { start: t.start, end: t.end, text: t.text, country: countryOfDemonym(t.text)! };
  } else if (k >= first && POSSESSIVE_PRONOUNS.has(word(k))) {
    const owner = possessiveOwner(view, r.discourse, k);           // "its demand": whoever "it" is
    if (owner) roles.actor = owner;
  }
  if (!roles.actor) {
    // "launched a mediation effort", "announced a suspension of": the light verb's subject
    const light = lightVerbBefore(ctx, p);
    if (light) { const lr = r.rolesOf(light); if (lr.actor) roles.actor = lr.actor; }
  }
  let j = p.last + 1;
  // step over a noun or a time phrase before the preposition ("a mediation effort on Saturday between ...")
  for (let skip = 0; skip < MAX_NOUN_SKIP && /^\p{L}/u.test(word(j)) && !NOMINAL_PREPS.has(word(j)) && !view.argAt(j)
    && !ctx.preds.some((q) => q.first === j) && !NOMINAL_STOPS.has(word(j)); skip++) j++;
  if (!NOMINAL_PREPS.has(word(j))) j = p.last + 1;
  const participantAfter = (prep: number) => firstArgIn(view, prep + 1, Math.min(ctx.end, prep + PARTICIPANT_WINDOW), () => true);
  if (word(j) === 'by' || word(j) === 'of') {
    const a = participantAfter(j);
    if (a && a.first <= j + OF_BY_MAX_GAP) {
      const ref = r.resolve(a, false);
      if (ref && (word(j) === 'by' || OF_IS_ACTOR.has(type)) && !roles.actor) roles.actor = ref;
      else if (ref && word(j) === 'of' && !roles.target) roles.target = ref;
      j = a.last + 1;
    }
  }
  if (word(j) === 'between' || word(j) === 'among') {
    const a = participantAfter(j);
    if (a) {
      const b = word(a.last + 1) === 'and' ? firstArgIn(view, a.last + 2, Math.min(ctx.end, a.last + SECOND_SIDE_WINDOW), () => true) : undefined;
      const ra = r.resolve(a, false), rb = b ? r.resolve(b, false) : undefined;
      if (!roles.actor) { if (ra) roles.actor = ra; if (rb) roles.target = rb; }
      else if (ra) roles.target = ra;
    }
    return roles;
  }
  if (AIMED_PREPS.has(word(j)) && !roles.target) {
    const a = participantAfter(j);
    if (a && a.first <= j + AIMED_MAX_GAP) { const ref = r.resolve(a, false); if (ref && !(roles.actor && sameRef(ref, roles.actor))) roles.target = ref; }
  }
  return roles;
}

/** Nouns whose "of" phrase is the one who acts ("the visit of a delegation"); for others it undergoes ("the release of hostages"). */
const OF_IS_ACTOR = new Set<string>(['CONSULT', 'PROTEST']);

/** A verb that carries the event noun as its object: "launched an attack", "announced a suspension". */
function lightVerbBefore(ctx: SentenceContext, p: Predicate): Predicate | undefined {
  const inAPredicate = (k: number) => ctx.preds.some((x) => x.first <= k && k <= x.last);
  for (let k = p.first - 1; k >= ctx.first && k >= p.first - LIGHT_VERB_WINDOW; k--) {
    const w = ctx.word(k);
    const verb = lightVerb(w);
    // a predicate of its own, outside the layer: its verb group is read when its roles are
    if (verb && !inAPredicate(k)) return { first: k, last: k, lemma: verb, noun: false, speech: false };
    if (!/^\p{L}/u.test(w) || ctx.view.argAt(k) || inAPredicate(k)) return undefined;
  }
  return undefined;
}
