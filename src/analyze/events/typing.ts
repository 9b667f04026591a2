import type { ArgRef } from '../../core/model.js';
import { findPlace, type VerbGroup } from '../syntax/clause.js';
import type { Discourse } from '../syntax/discourse.js';
import type { Predicate } from '../syntax/triggers.js';
import type { SentenceContext } from './context.js';
import { RETALIATE } from './cues.js';
import { innerType, outermost, PASS_THROUGH } from './linking.js';
import { isConditional, nominalMood } from './mood.js';
import { isMaterialConflict } from './ontology.js';
import { isPossessive } from '../syntax/words.js';
import type { Roles } from './roles.js';

// Which events a predicate tells, and of which PLOVER type: its lexicon entry's, or the one its
// governor makes of the act it governs ("threatened to strike": THREATEN; "refused to meet": REJECT).
// A proposal names the words and the roles; record.ts makes the Event of it.

/** An event a predicate tells: from the trigger `from` to the act `to` it names (the same for a plain verb). */
export interface Proposal {
  from: Predicate;
  to: Predicate;
  type: string;
  mode?: string | undefined;
  roles: Roles;
  group: VerbGroup;
  flags: { hedged?: boolean; negated?: boolean };
}

/** Material conflict and threats of it: what "prepared to" mobilises for, what "vowed to" threatens. */
const CONFLICT = (t: string | undefined) => !!t && (isMaterialConflict(t) || t === 'THREATEN');
/** The mode of a refusal or a request, from the act refused or asked for ("refused to meet": meet). */
const modeFor = (inner: string | undefined): string | undefined =>
  inner === 'CONSULT' || inner === 'AGREE' ? 'meet' : inner === 'AID' || inner === 'COOPERATE' || inner === 'SUPPORT' ? 'assist'
    : inner === 'RETREAT' || inner === 'CONCEDE' ? 'yield' : inner ? 'change' : undefined;
/** Event nouns that need no named actor to be worth a record ("a protest in Hebron", "the attack on Israel"). */
const ACTORLESS_NOUNS = new Set<string>(['PROTEST', 'ASSAULT', 'COERCE']);
/** Types an order makes its own: "ordered the newspaper to suspend publication" is itself coercion. */
const ORDERED_ACTS = new Set<string>(['COERCE', 'SANCTION']);

/** "walked out of parliament in protest": words between a refusal and its "in protest". */
const IN_PROTEST_WINDOW = 8;

/** The events predicate `p` tells; `earlierEvent`: the sentence told one before it. */
export function proposeEvents(ctx: SentenceContext, roles: ReadonlyMap<Predicate, Roles>, discourse: Discourse, p: Predicate, earlierEvent: boolean): Proposal[] {
  const own = roles.get(p)!;
  const group = ctx.groups.get(p)!;
  const entry = p.entry;
  const propose = (from: Predicate, to: Predicate, type: string, mode: string | undefined, r: Roles, flags: Proposal['flags'] = {}): Proposal[] =>
    [{ from, to, type, mode, roles: r, group, flags }];
  if (ctx.links.mustRequests.has(p)) return propose(p, p, 'REQUEST', undefined, own);
  if (!entry) return [];
  // An act in a governor's clause is told by the governor (or not at all: "urged Russia to expel").
  const g = ctx.links.governor.get(p);
  if (g) {
    const governs = g.entry?.governs;
    if (governs && PASS_THROUGH.has(governs)) {
      if (!entry.type || (governs === 'prepare' && CONFLICT(entry.type))) return [];   // "prepared to attack": told as MOBILIZE
      const top = outermost(ctx.links, g);
      const topGroup = ctx.groups.get(top)!;
      const hedged = governs === 'hedge' || governs === 'prepare' || topGroup.hedged || isConditional(ctx.view, top);
      if (!own.actor && !ctx.passive.has(p)) return [];
      return propose(top, p, entry.type, entry.mode, own, { hedged, negated: topGroup.negated || group.negated });
    }
    if (governs === 'refuse' && entry.type) return propose(p, p, entry.type, entry.mode, own, { negated: true });
    return [];
  }
  if (p.noun) {
    if (!entry.type || isContentOfAct(ctx, p)) return [];
    const told = entry.type === 'ASSAULT' ? withAttackAuthor(ctx, roles, discourse, p, own) : own;
    if (!told.actor && !(ACTORLESS_NOUNS.has(entry.type) && (told.target || findPlace(ctx.view, p)))) return [];
    // a meeting named by a noun is done only if its words say so ("a planned visit", "... never took place")
    const mood = entry.type === 'CONSULT' ? nominalMood(ctx.view, p.first, tokenAfter(ctx, p, told)) : {};
    return propose(p, p, entry.type, entry.mode, told, mood);
  }
  // Verbs: PLOVER codes who acts. An act with no one named is kept when it is passive or heads its
  // clause; a participle or a gerund with no actor is background ("resolutions condemning violence").
  if (!own.actor && !ctx.passive.has(p) && !ctx.finite(p)) return [];
  // "met with X in Moscow to discuss": a purpose clause restates the act before it
  if (group.infinitive && earlierEvent) return [];
  const inner = ctx.links.complement.get(p);
  const innerKind = innerType(ctx.links, inner);
  const target = own.target ?? (inner ? roles.get(inner)!.target : undefined);
  const withTarget: Roles = { ...own };
  if (target) withTarget.target = target;
  switch (entry.governs) {
    case 'transparent': case 'hedge': return [];
    case 'prepare': return inner && CONFLICT(innerKind) ? propose(p, inner, 'MOBILIZE', undefined, withTarget) : [];
    case 'intent':
      if (!entry.type && !inner) return [];
      return propose(p, inner ?? p, CONFLICT(innerKind) ? 'THREATEN' : 'AGREE', undefined, withTarget);
    case 'threat': return propose(p, inner ?? p, 'THREATEN', undefined, withTarget);
    case 'refuse':
      if (!entry.type && !inner) return [];        // "failing" alone says nothing
      return propose(p, inner ?? p, 'REJECT', modeFor(innerKind), withTarget);
    case 'request': {
      // an order to close, ban or suspend is itself coercion ("ordered the newspaper to suspend publication")
      if (p.lemma === 'order' && inner?.entry?.type && ORDERED_ACTS.has(inner.entry.type)) {
        return propose(p, inner, inner.entry.type, inner.entry.mode, own);
      }
      if (!entry.type && !inner) return [];
      return propose(p, p, 'REQUEST', modeFor(innerKind), own);
    }
    default: break;
  }
  if (!entry.type) return [];
  // "walked out of parliament in protest at the law": a refusal staged as a protest
  if (entry.type === 'REJECT' && inProtest(ctx, p)) return propose(p, p, 'PROTEST', undefined, own);
  return propose(p, p, entry.type, entry.mode, own);
}

/** The act a noun names is the content of the verb that takes it ("denounced the meeting", "called for talks"), in the parse. */
function isContentOfAct(ctx: SentenceContext, p: Predicate): boolean {
  const { tree } = ctx.parse;
  const h = ctx.headOf(p);
  if (tree.dep(h) !== 'obj' && tree.dep(h) !== 'obl') return false;
  const q = ctx.preds.find((x) => !x.noun && ctx.headOf(x) === tree.head(h));
  if (!q?.entry || RETALIATE.test(q.lemma)) return false;      // "retaliating to an attack": the attack happened
  return true;
}

function inProtest(ctx: SentenceContext, p: Predicate): boolean {
  for (let k = p.last + 1; k < Math.min(ctx.end - 1, p.last + IN_PROTEST_WINDOW); k++) {
    if (ctx.word(k) === 'in' && ctx.word(k + 1) === 'protest') return true;
    if (/^[,;]$/.test(ctx.word(k))) return false;
  }
  return false;
}

/**
 * An attack told without its author: aimed at whoever retaliates against it ("Israel is retaliating
 * to an attack": the attack depends on the retaliation in the parse), and carried out by the other
 * side of the conflict the article set up (scene.ts). No relation of the sentence gives that author,
 * so it is marked inferred (Event.actorBasis): kept for the data, never stated as ours.
 */
function withAttackAuthor(ctx: SentenceContext, roles: ReadonlyMap<Predicate, Roles>, discourse: Discourse, p: Predicate, own: Roles): Roles {
  const told: Roles = { ...own };
  if (!told.target) {
    const v = ctx.parse.tree.head(ctx.headOf(p));
    const retaliation = ctx.preds.find((q) => !q.noun && RETALIATE.test(q.lemma) && ctx.headOf(q) === v);
    const by = retaliation ? roles.get(retaliation)!.actor : undefined;
    if (by) told.target = by;
  }
  if (!told.actor && told.target) {
    const side = discourse.adversaryOf(told.target);
    if (side) { told.actor = side; told.actorBasis = 'the other side of the conflict the article set up'; }
  }
  return told;
}

/** The first token after the trigger and the participants written after it. */
function tokenAfter(ctx: SentenceContext, p: Predicate, roles: Roles): number {
  const triggerEnd = ctx.view.tokens[p.last]!.end;
  const written = [roles.actor, roles.target].filter((r): r is ArgRef => !!r && r.start >= triggerEnd);
  const till = Math.max(triggerEnd, ...written.map((r) => r.end));
  let k = p.last + 1;
  while (k < ctx.end && ctx.view.tokens[k]!.start < till) k++;
  return k;
}
