import type { ArgRef, DateRef, Event, Mention, Segment, Sentence, SentenceSyntax, Token } from '../../core/model.js';
import type { Report } from '../../core/report.js';
import { viewSentence, type Arg, type SentenceView } from '../syntax/args.js';
import { clauseEnd, findPlace, findSubject, firstArgIn, isAdverb, prepositionBefore, verbGroup, type VerbGroup } from '../syntax/clause.js';
import { countryOf, countryOfDemonym, countryOfName } from './countries.js';
import { Discourse } from '../syntax/discourse.js';
import { AUX_OR_PRONOUN, DETERMINERS_OR_PREPS, isActWord, NO_OBJECT_AFTER, NOMINAL_PREPS, NOMINAL_STOPS, PARTICIPLE_ADJECTIVES, RETALIATE, SUBORDINATE, WEEKDAY } from './cues.js';
import { eventDate } from './dating.js';
import { innerType, linkClauses, outermost, type Links } from './linking.js';
import { isAdjectival, isReducedPassive } from './participles.js';
import { withSameEventDates } from './same-event.js';
import { noteConflicts, noteDestination } from './scene.js';
import { lemmaCandidates } from '../syntax/lemma.js';
import { nominalMood } from './mood.js';
import { isMoodModifier } from '../syntax/vocabulary.js';
import { LIGHT_VERBS } from '../syntax/lexicon.js';
import { isMaterialConflict } from './ontology.js';
import type { Predicate } from '../syntax/triggers.js';
import { isCapitalised, isPossessive, POSSESSIVE_PRONOUNS } from '../syntax/words.js';
import { NON_CLAIM_KINDS } from '../../core/kinds.js';

// Events of one article: for each sentence, the lexicon's triggers, then for each its actor (the
// subject side), target (the object side), place, date and flags, with pronouns and descriptions
// resolved against what the article said before. Pure: the article in, records out.

export interface EventInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  segments: readonly Segment[];
  dates: readonly DateRef[];
  /** The syntax layer: one entry per sentence. */
  syntax: readonly SentenceSyntax[];
}

/** Segments whose sentences never report events: readers' comments, credits, page furniture. */
const SKIPPED_SEGMENTS = NON_CLAIM_KINDS;

export function extractEvents(input: EventInput, report: Report): Event[] {
  const discourse = new Discourse();
  const events: Event[] = [];
  input.sentences.forEach((sentence, index) => {
    const segment = input.segments.find((s) => s.start <= sentence.start && sentence.start < s.end);
    if (segment && SKIPPED_SEGMENTS.has(segment.kind)) return;
    const syntax = input.syntax[index]!;
    const view = viewSentence(input.text, input.tokens, sentence, input.mentions, syntax);
    events.push(...new SentenceReader(view, syntax, discourse, input).events());
    noteConflicts(view, discourse, input.mentions);
    discourse.observe(view);
    noteDestination(view, discourse);
  });
  if (events.length === 0 && input.sentences.length > 0) report.info('no event found in the article', 'events-none');
  // A sentence gives only its own dates; an event the article dated in another sentence takes that date.
  return withSameEventDates(events.sort((a, b) => a.start - b.start || a.end - b.end), input);
}

interface Roles {
  actor?: ArgRef;
  target?: ArgRef;
  /** The subject argument as written (for the discourse: who was the last person to act). */
  subject?: Arg;
}

const CONFLICT = (t: string | undefined) => !!t && (isMaterialConflict(t) || t === 'THREATEN');
const modeFor = (inner: string | undefined): string | undefined =>
  inner === 'CONSULT' || inner === 'AGREE' ? 'meet' : inner === 'AID' || inner === 'COOPERATE' || inner === 'SUPPORT' ? 'assist'
    : inner === 'RETREAT' || inner === 'CONCEDE' ? 'yield' : inner ? 'change' : undefined;
const LIGHT_VERB = (w: string) => lemmaCandidates(w).find((l) => LIGHT_VERBS.has(l) && (l !== w || !/ed$|ing$/.test(w)));
/** Event nouns that need no named actor to be worth a record ("a protest in Hebron", "the attack on Israel"). */
const ACTORLESS_NOUNS = new Set<string>(['PROTEST', 'ASSAULT', 'COERCE']);
/** Nouns whose "of" phrase is the one who acts ("the visit of a delegation"); for others it undergoes ("the release of hostages"). */
const OF_IS_ACTOR = new Set<string>(['CONSULT', 'PROTEST']);

/** One sentence read: predicates, their verb groups and links, then events. */
class SentenceReader {
  private readonly preds: Predicate[];
  private readonly groups = new Map<Predicate, VerbGroup>();
  /** How the sentence's clauses hang together (linking.ts). */
  private readonly links: Links;
  private readonly roles = new Map<Predicate, Roles>();
  private readonly passive = new Set<Predicate>();

  constructor(private readonly view: SentenceView, syntax: SentenceSyntax, private readonly discourse: Discourse, private readonly input: EventInput) {
    this.preds = syntax.predicates.filter((p) => !isAdjectival(view, p));
    for (const p of syntax.predicates) {
      if (!this.preds.includes(p)) continue;
      const group = p.group;
      this.groups.set(p, group);
      if (group.passive || isReducedPassive(view, p, group)) this.passive.add(p);
    }
    this.links = linkClauses(view, this.preds);
  }

  events(): Event[] {
    for (const p of this.preds) if (!this.roles.has(p)) this.roles.set(p, this.readRoles(p));
    const out: Event[] = [];
    for (const p of this.preds) {
      const roles = this.roles.get(p)!;
      if (roles.subject && roles.actor) this.discourse.noteSubject(roles.subject, roles.actor);
      if (p.speech && roles.actor) this.discourse.noteSpeaker(roles.actor);
      if (this.links.content.has(p)) continue;
      const made = this.eventsOf(p, out.length > 0);
      out.push(...made);
      const main = made.find((e) => e.actor);
      if (main?.actor) this.discourse.lastActor = main.actor;
    }
    return out;
  }

  private get firstTok() { return this.view.sentence.tokenStart; }
  private get endTok() { return this.view.sentence.tokenEnd; }
  private w(i: number): string { return i >= this.firstTok && i < this.endTok ? this.view.lower(i) : ''; }

  /** A verb that heads its own clause: not a noun, an infinitive, a governed act or reported content. */
  private readonly finite = (q: Predicate): boolean => {
    const g = this.groups.get(q);
    if (q.noun || !g || g.infinitive || this.links.governor.has(q) || this.links.reported.has(q)) return false;
    return !g.participle;
  };

  private readRoles(p: Predicate): Roles {
    const cached = this.roles.get(p);
    if (cached) return cached;
    const roles = p.noun ? this.nominalRoles(p) : this.verbalRoles(p);
    this.roles.set(p, roles);
    return roles;
  }

  private verbalRoles(p: Predicate): Roles {
    const { view } = this;
    const group = this.groups.get(p) ?? verbGroup(view, p);
    const roles: Roles = {};
    const g = this.links.governor.get(p);
    if (g) {
      const gr = this.readRoles(g);
      if (g.entry?.governs === 'request') { if (gr.target) roles.actor = gr.target; }
      else if (gr.actor) roles.actor = gr.actor;
    } else {
      const found = findSubject(view, p, group, this.preds, this.finite);
      if (found && 'arg' in found) {
        roles.subject = found.arg;
        const ref = this.resolve(found.arg, p.speech);
        if (ref) roles.actor = ref;
      } else if (found && 'inherit' in found) {
        const from = this.readRoles(found.inherit);
        if (from.actor) roles.actor = from.actor;
      }
    }
    // passive: the subject is the target; "by X" is the actor
    if (this.passive.has(p)) {
      const target = roles.actor;
      delete roles.actor;
      const by = this.byAgent(p.last + 1);
      if (by) roles.actor = by;
      if (target) roles.target = target;
      return roles;
    }
    const must = this.links.mustRequests.get(p);
    if (must) { const t = this.resolve(must, false); if (t) roles.target = t; return roles; }
    const target = this.objectOf(p, roles.actor);
    if (target) roles.target = target;
    return roles;
  }

  private byAgent(from: number): ArgRef | undefined {
    for (let k = from; k < Math.min(this.endTok, from + 4); k++) {
      if (this.w(k) === 'by') {
        const a = firstArgIn(this.view, k + 1, Math.min(this.endTok, k + 8), () => true);
        return a ? this.resolve(a, false) : undefined;
      }
      if (this.w(k) === ',' || this.w(k) === '.') break;
    }
    return undefined;
  }

  /**
   * The object side: the first participant after the trigger within its clause (the words a pattern
   * skipped included: "designated Hamas as terrorist"). A place ("in Moscow") is the last resort.
   * Criticism and refusals aim at whoever did the act they name, so after an act as object ("denounced
   * the meeting, claiming Russia ...") the search goes on past the next verb.
   */
  private objectOf(p: Predicate, actor: ArgRef | undefined): ArgRef | undefined {
    const { view } = this;
    const allowThat = p.entry?.governs === 'request';
    const aimsAtActs = p.entry?.type === 'ACCUSE' || p.entry?.type === 'REJECT';
    const end = clauseEnd(view, p.last + 1, this.preds, allowThat, aimsAtActs);
    const inner = this.links.complement.get(p);
    // the object of a governor's clause belongs to that clause's act ("offered to hand over to X")
    if (inner && p.entry?.governs !== 'request') return this.objectOf(inner, actor);
    let placeLike: ArgRef | undefined;
    let sawAct = false;
    for (let k = p.first + 1; k < end; k++) {
      if (k > p.last && this.preds.some((q) => q.first === k && !q.noun && q !== p) && !(aimsAtActs && sawAct)) break;
      const a = view.argAt(k);
      if (!a || a.first < k) {
        if (k > p.last && (isActWord(this.w(k)) || this.w(k) === 'it' || this.w(k) === 'this')) sawAct = true;
        continue;
      }
      k = a.last;
      const ref = this.resolve(a, false, actor);
      if (!ref) { if (a.kind === 'pronoun') sawAct = true; continue; }
      if (a.last === p.last && (a.first === a.last || a.kind === 'sector' && !a.ref.country)) continue;   // the pattern's own word ("commit more troops")
      if (actor && sameRef(ref, actor)) continue;
      if (a.kind === 'name' && a.type === 'LOC' && ['in', 'at', 'near', 'from', 'outside', 'inside', 'across'].includes(prepositionBefore(view, a) ?? '')) {
        placeLike ??= ref;
        continue;
      }
      return ref;
    }
    return placeLike;
  }

  private resolve(a: Arg, speech: boolean, exclude?: ArgRef): ArgRef | undefined {
    if (a.kind === 'anaphor' && a.head === 'two') {
      // the participants of the act just told: its actor stands for them
      const before = [...this.preds].reverse().find((q) => q.last < a.first && this.roles.get(q)?.actor);
      const actor = before ? this.roles.get(before)!.actor : this.discourse.lastActor;
      return actor ? { ...actor } : undefined;
    }
    const ref = this.discourse.resolve(a, this.view, speech, exclude);
    if (ref) return { ...ref };
    if (a.kind === 'anaphor') return { ...a.ref };    // "the government" with nothing before: itself
    return undefined;
  }

  /** "Hamas' attack on Israel", "the visit of a Hamas delegation to Moscow", "the meeting between X and Y". */
  private nominalRoles(p: Predicate): Roles {
    const { view } = this;
    const type = p.entry?.type ?? '';
    const roles: Roles = {};
    let k = p.first - 1;
    while (k >= this.firstTok && isMoodModifier(this.w(k))) k--;           // "Morn's planned visit"
    const possessive = k >= this.firstTok && isPossessive(view.tokens[k]!.text);
    if (possessive) k--;
    const before = k >= this.firstTok ? view.argAt(k) : undefined;
    if (before && before.last === k && (possessive || before.kind === 'name')) {
      const ref = this.resolve(before, false);
      // "the Gaza invasion": a place before the noun is where it is aimed, not who acts
      if (ref && before.type === 'LOC' && !possessive) { if (type === 'ASSAULT' || type === 'COERCE') roles.target = ref; }
      else if (ref) roles.actor = ref;
    } else if (k >= this.firstTok && countryOfDemonym(view.tokens[k]!.text) && isCapitalised(view.tokens[k]!.text)) {
      const t = view.tokens[k]!;
      roles.actor = { start: t.start, end: t.end, text: t.text, country: countryOfDemonym(t.text)! };
    } else if (k >= this.firstTok && POSSESSIVE_PRONOUNS.has(this.w(k))) {
      const owner = this.ownerOf(k);           // "its demand": whoever "it" is
      if (owner) roles.actor = owner;
    }
    if (!roles.actor) {
      // "launched a mediation effort", "announced a suspension of": the light verb's subject
      const light = this.lightVerbBefore(p);
      if (light) { const r = this.readRoles(light); if (r.actor) roles.actor = r.actor; }
    }
    let j = p.last + 1;
    // step over a noun or a time phrase before the preposition ("a mediation effort on Saturday between ...")
    for (let skip = 0; skip < 4 && /^\p{L}/u.test(this.w(j)) && !NOMINAL_PREPS.includes(this.w(j)) && !view.argAt(j)
      && !this.preds.some((q) => q.first === j) && !NOMINAL_STOPS.includes(this.w(j)); skip++) j++;
    if (!NOMINAL_PREPS.includes(this.w(j))) j = p.last + 1;
    if (this.w(j) === 'by' || this.w(j) === 'of') {
      const a = firstArgIn(view, j + 1, Math.min(this.endTok, j + 6), () => true);
      if (a && a.first <= j + 3) {
        const ref = this.resolve(a, false);
        if (ref && (this.w(j) === 'by' || OF_IS_ACTOR.has(type)) && !roles.actor) roles.actor = ref;
        else if (ref && this.w(j) === 'of' && !roles.target) roles.target = ref;
        j = a.last + 1;
      }
    }
    if (this.w(j) === 'between' || this.w(j) === 'among') {
      const a = firstArgIn(view, j + 1, Math.min(this.endTok, j + 6), () => true);
      if (a) {
        const b = this.w(a.last + 1) === 'and' ? firstArgIn(view, a.last + 2, Math.min(this.endTok, a.last + 8), () => true) : undefined;
        const ra = this.resolve(a, false), rb = b ? this.resolve(b, false) : undefined;
        if (!roles.actor) { if (ra) roles.actor = ra; if (rb) roles.target = rb; }
        else if (ra) roles.target = ra;
      }
      return roles;
    }
    if (['on', 'against', 'with', 'to', 'toward', 'towards', 'at', 'upon'].includes(this.w(j)) && !roles.target) {
      const a = firstArgIn(view, j + 1, Math.min(this.endTok, j + 6), () => true);
      if (a && a.first <= j + 4) { const ref = this.resolve(a, false); if (ref && !(roles.actor && sameRef(ref, roles.actor))) roles.target = ref; }
    }
    return roles;
  }

  /** The first token after the trigger and the participants written after it. */
  private tokenAfter(p: Predicate, roles: Roles): number {
    const triggerEnd = this.view.tokens[p.last]!.end;
    const till = Math.max(triggerEnd, ...[roles.actor, roles.target].filter((r) => r && r.start >= triggerEnd).map((r) => r!.end));
    let k = p.last + 1;
    while (k < this.endTok && this.view.tokens[k]!.start < till) k++;
    return k;
  }

  /** The referent of a possessive pronoun at token k ("its" → the nearest organisation or country before it). */
  private ownerOf(k: number): ArgRef | undefined {
    const w = this.w(k);
    const head = w === 'its' ? 'it' : w === 'their' ? 'they' : w === 'his' ? 'he' : w === 'her' ? 'she' : '';
    if (!head) return undefined;
    const t = this.view.tokens[k]!;
    const pseudo: Arg = { first: k, last: k, kind: 'pronoun', head, plural: head === 'they', roles: [], ref: { start: t.start, end: t.end, text: t.text } };
    const ref = this.discourse.resolve(pseudo, this.view, false);
    return ref ? { ...ref } : undefined;
  }

  /** A verb that carries the event noun as its object: "launched an attack", "announced a suspension". */
  private lightVerbBefore(p: Predicate): Predicate | undefined {
    for (let k = p.first - 1; k >= this.firstTok && k >= p.first - 5; k--) {
      const w = this.w(k);
      const verb = LIGHT_VERB(w);
      if (verb && !this.preds.some((x) => x.first <= k && k <= x.last)) {
        const q: Predicate = { first: k, last: k, lemma: verb, noun: false, speech: false };
        this.groups.set(q, verbGroup(this.view, q));
        return q;
      }
      if (!/^\p{L}/u.test(w) || this.view.argAt(k) || this.preds.some((x) => x.first <= k && k <= x.last)) return undefined;
    }
    return undefined;
  }

  /** The act a noun names is the content of the verb just before it ("denounced the meeting", "called for talks"). */
  private objectOfAnotherAct(p: Predicate): boolean {
    for (let k = p.first - 1; k >= this.firstTok && k >= p.first - 6; k--) {
      const q = this.preds.find((x) => x.first <= k && k <= x.last);
      if (q && RETALIATE.test(q.lemma)) return false;      // "retaliating to an attack": the attack happened
      if (q) return !q.noun && !!q.entry;
      if (!/^\p{L}/u.test(this.w(k)) && !isPossessive(this.view.tokens[k]!.text)) return false;
    }
    return false;
  }

  private eventsOf(p: Predicate, earlierEvent: boolean): Event[] {
    const roles = this.roles.get(p)!;
    const group = this.groups.get(p)!;
    const entry = p.entry;
    const must = this.links.mustRequests.get(p);
    if (must) return [this.make(p, p, 'REQUEST', undefined, roles, group, {})];
    if (!entry) return [];
    // An act in a governor's clause is told by the governor (or not at all: "urged Russia to expel").
    const g = this.links.governor.get(p);
    if (g) {
      const governs = g.entry?.governs;
      if (governs === 'transparent' || governs === 'hedge' || governs === 'prepare') {
        if (!entry.type || (governs === 'prepare' && CONFLICT(entry.type))) return [];   // "prepared to attack": told as MOBILIZE
        const top = outermost(this.links, g);
        const topGroup = this.groups.get(top)!;
        const hedged = governs === 'hedge' || governs === 'prepare' || topGroup.hedged || this.conditional(top);
        if (!roles.actor && !this.passive.has(p)) return [];
        return [this.make(top, p, entry.type, entry.mode, roles, group, { hedged, negated: topGroup.negated || group.negated })];
      }
      if (governs === 'refuse' && entry.type) return [this.make(p, p, entry.type, entry.mode, roles, group, { negated: true })];
      return [];
    }
    if (p.noun) {
      if (!entry.type || this.objectOfAnotherAct(p)) return [];
      if (entry.type === 'ASSAULT') this.authorOfAttack(p, roles);
      if (!roles.actor && !(ACTORLESS_NOUNS.has(entry.type) && (roles.target || findPlace(this.view, p)))) return [];
      // a meeting named by a noun is done only if its words say so ("a planned visit", "... never took place")
      const mood = entry.type === 'CONSULT' ? nominalMood(this.view, p.first, this.tokenAfter(p, roles)) : {};
      return [this.make(p, p, entry.type, entry.mode, roles, group, mood)];
    }
    // Verbs: PLOVER codes who acts. An act with no one named is kept when it is passive or heads its
    // clause; a participle or a gerund with no actor is background ("resolutions condemning violence").
    if (!roles.actor && !this.passive.has(p) && !this.finite(p)) return [];
    // "met with X in Moscow to discuss": a purpose clause restates the act before it
    if (group.infinitive && earlierEvent) return [];
    const inner = this.links.complement.get(p);
    const innerKind = innerType(this.links, inner);
    const innerRoles = inner ? this.readRoles(inner) : undefined;
    const target = roles.target ?? innerRoles?.target;
    const withTarget: Roles = { ...roles };
    if (target) withTarget.target = target;
    switch (entry.governs) {
      case 'transparent': case 'hedge': return [];
      case 'prepare': return inner && CONFLICT(innerKind) ? [this.make(p, inner, 'MOBILIZE', undefined, withTarget, group, {})] : [];
      case 'intent':
        if (!entry.type && !inner) return [];
        return [this.make(p, inner ?? p, CONFLICT(innerKind) ? 'THREATEN' : 'AGREE', undefined, withTarget, group, {})];
      case 'threat': return [this.make(p, inner ?? p, 'THREATEN', undefined, withTarget, group, {})];
      case 'refuse':
        if (!entry.type && !inner) return [];        // "failing" alone says nothing
        return [this.make(p, inner ?? p, 'REJECT', modeFor(innerKind), withTarget, group, {})];
      case 'request': {
        // an order to close, ban or suspend is itself coercion ("ordered the newspaper to suspend publication")
        if (p.lemma === 'order' && inner?.entry?.type && ['COERCE', 'SANCTION'].includes(inner.entry.type)) {
          return [this.make(p, inner, inner.entry.type, inner.entry.mode, roles, group, {})];
        }
        if (!entry.type && !inner) return [];
        return [this.make(p, p, 'REQUEST', modeFor(innerKind), roles, group, {})];
      }
      default: break;
    }
    if (!entry.type) return [];
    // "walked out of parliament in protest at the law": a refusal staged as a protest
    if (entry.type === 'REJECT' && this.inProtest(p)) return [this.make(p, p, 'PROTEST', undefined, roles, group, {})];
    return [this.make(p, p, entry.type, entry.mode, roles, group, {})];
  }

  private inProtest(p: Predicate): boolean {
    for (let k = p.last + 1; k < Math.min(this.endTok - 1, p.last + 8); k++) {
      if (this.w(k) === 'in' && this.w(k + 1) === 'protest') return true;
      if (/^[,;]$/.test(this.w(k))) return false;
    }
    return false;
  }

  /**
   * An attack told without its author: aimed at whoever retaliates against it ("Israel is retaliating
   * to an attack"), and carried out by the other side of the conflict the article set up.
   */
  private authorOfAttack(p: Predicate, roles: Roles): void {
    if (!roles.target) {
      const retaliation = this.preds.find((q) => !q.noun && RETALIATE.test(q.lemma) && q.last < p.first && p.first - q.last <= 4);
      const by = retaliation ? this.readRoles(retaliation).actor : undefined;
      if (by) roles.target = by;
    }
    if (!roles.actor && roles.target) {
      const side = this.discourse.adversaryOf(roles.target);
      if (side) roles.actor = side;
    }
  }

  private make(from: Predicate, to: Predicate, type: string, mode: string | undefined, roles: Roles, group: VerbGroup,
    flags: { hedged?: boolean; negated?: boolean }): Event {
    const { view, input } = this;
    const start = view.tokens[from.first]!.start, end = view.tokens[Math.max(from.last, to.last)]!.end;
    const e: Event = {
      start, end, text: input.text.slice(start, end), type,
      negated: flags.negated ?? group.negated,
      hedged: flags.hedged ?? (group.hedged || this.conditional(from)),
    };
    if (mode) e.mode = mode;
    if (roles.actor) e.actor = { ...roles.actor };
    if (roles.target && !(roles.actor && sameRef(roles.target, roles.actor))) e.target = { ...roles.target };
    const place = findPlace(view, to, this.preds);
    if (place) e.place = { ...place.ref };
    if (type === 'CONSULT') this.placeVisit(e, to);
    const date = this.dateFor(from, to);
    if (date) e.date = date;
    return e;
  }

  /** A visit to a city or country: the place is where it went, the host its country ("visit Moscow" → Russia). */
  private placeVisit(e: Event, p: Predicate): void {
    const isLoc = (r: ArgRef) => this.input.mentions.some((m) => m.type === 'LOC' && m.start === r.start && m.end === r.end);
    const country = !!e.target && !!countryOfName(e.target.text);
    // "visited Russia": the country hosts, and is where it happened
    if (e.target && isLoc(e.target) && country && e.mode === 'visit') e.place ??= { ...e.target };
    const targetIsPlace = !!e.target && isLoc(e.target) && !country;
    if (targetIsPlace) {
      e.place = { ...e.target! };
      // another participant later in the clause is the host ("visit Moscow for talks with President Putin")
      const end = clauseEnd(this.view, p.last + 1, this.preds, false);
      let from = p.first;
      while (from < this.endTok && this.view.tokens[from]!.start < e.target!.end) from++;
      const other = from >= this.endTok ? undefined : firstArgIn(this.view, from, end, (a) => !(a.kind === 'name' && a.type === 'LOC') && a.kind !== 'anaphor');
      const ref = other ? this.resolve(other, false) : undefined;
      if (ref && !(e.actor && sameRef(ref, e.actor))) e.target = ref;
      else delete e.target;
    }
    if (!e.place && this.discourse.lastDestination) e.place = { ...this.discourse.lastDestination };
    if (!e.target && e.place && (e.mode === 'visit' || targetIsPlace)) {
      const host = this.hostOf(e.place);
      if (host && !(e.actor && sameRef(host, e.actor))) e.target = host;
    }
  }

  /** The country a place belongs to, as a mention of that country near the sentence when there is one. */
  private hostOf(place: ArgRef): ArgRef | undefined {
    const code = countryOf(place.text);
    if (!code) return undefined;
    if (countryOfName(place.text)) return { ...place, country: code };
    const named = this.input.mentions.filter((m) => m.type !== 'PER' && countryOfName(m.text) === code);
    if (named.length === 0) return { ...place, country: code };
    const s = this.view.sentence;
    const inSentence = named.find((m) => m.start >= s.start && m.end <= s.end);
    const beforeIt = named.filter((m) => m.end <= s.start).at(-1);
    const m = inSentence ?? beforeIt ?? named[0]!;
    return { start: m.start, end: m.end, text: m.text, country: code };
  }

  private conditional(p: Predicate): boolean {
    for (let k = p.first - 1; k >= this.firstTok; k--) {
      const w = this.w(k);
      if (w === 'if' || w === 'unless') return true;
      if (w === ',' || w === ';') return false;
    }
    return false;
  }

  /** The date the event takes (dating.ts): from its trigger's first word to the last word of the act it tells. */
  private dateFor(from: Predicate, to: Predicate): string | undefined {
    const span = { start: this.view.tokens[from.first]!.start, end: this.view.tokens[to.last]!.end };
    return eventDate(span, this.view.sentence, this.input.dates)?.value;
  }
}

const sameRef = (a: ArgRef, b: ArgRef) => (a.start === b.start && a.end === b.end) || a.text === b.text;

