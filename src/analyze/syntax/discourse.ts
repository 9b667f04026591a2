import type { ArgRef } from '../../core/model.js';
import type { Arg, SentenceView } from './args.js';
import type { DepTree } from './tree.js';
import { countryOfName } from './countries.js';
import { lemmaIn } from './lemma.js';
import { ANAPHOR_KINDS, ROLE_NOUNS } from './vocabulary.js';
import { EVENT_NOUNS } from './lexicon.js';
import { isPossessive } from './words.js';

// What an article has said so far about who is who, read sentence by sentence, so that "he", "they",
// "the spokesman" or "the delegation" can point back at a name. One Discourse per article and stage
// run; it is the only state, and it lives only as long as that run.

interface Person {
  ref: ArgRef;
  roles: Set<string>;
}

export class Discourse {
  /**
   * Persons by last name, the latest noted last: one noted again moves to the end and its old slot is
   * emptied (looked up by name and by role, never by a scan of every person of the article).
   */
  private readonly persons: (Person | undefined)[] = [];
  private readonly personSlot = new Map<string, number>();
  /** Per role noun, the slot of the latest person holding it. */
  private readonly roleSlot = new Map<string, number>();
  private readonly byHead = new Map<string, ArgRef>();
  private readonly byKind = new Map<'ORG' | 'LOC', ArgRef>();
  private lastPlural: ArgRef | undefined;
  private lastSubjectPerson: ArgRef | undefined;
  private lastSpeakerRef: ArgRef | undefined;
  /** The actor of the last event read ("the two" continues it). */
  lastActor: ArgRef | undefined;
  /** Where the last visit went ("a Hamas delegation to Moscow"): the scene of later meetings. */
  lastDestination: ArgRef | undefined;

  /** What the article says of a person's gender (a title, a gendered noun, a pronoun that can be no one else), by last name. */
  private readonly genders = new Map<string, Gender>();

  /** Sides the article has set against each other ("the conflict between Israel and Hamas"), by name. */
  private readonly adversaries = new Map<string, ArgRef>();

  get lastSpeaker(): ArgRef | undefined { return this.lastSpeakerRef; }

  noteAdversaries(a: ArgRef, b: ArgRef): void {
    if (a.text.toLowerCase() === b.text.toLowerCase()) return;
    this.adversaries.set(a.text.toLowerCase(), b);
    this.adversaries.set(b.text.toLowerCase(), a);
  }

  /** The other side of the last conflict the article named with `ref` in it. */
  adversaryOf(ref: ArgRef): ArgRef | undefined {
    const found = this.adversaries.get(ref.text.toLowerCase());
    return found ? { ...found } : undefined;
  }

  /** Records the names, groups and roles of a sentence once it has been read. */
  observe(view: SentenceView, tree?: DepTree): void {
    this.noteGenders(view, tree);
    for (const a of view.args) {
      if (a.kind === 'name' && a.type === 'PER') this.notePerson(a.ref, [...a.roles, ...appositiveRoles(view, a)]);
      else if (a.kind === 'name' && (a.type === 'ORG' || a.type === 'LOC')) {
        this.byKind.set(a.type === 'LOC' && countryOfName(a.ref.text) ? 'LOC' : 'ORG', a.ref);
        if (a.type === 'ORG') {
          const last = a.ref.text.split(/\s+/).pop()!.toLowerCase();
          this.byHead.set(lemmaIn(last, ROLE_NOUNS) ?? last.replace(/s$/, ''), a.ref);
          // "The group, WeWorkers Coalition, ...", "WeWorkers Coalition, a group of employees,": the group is that name
          const kind = appositiveKind(view, a);
          if (kind) this.byHead.set(kind, a.ref);
        }
      } else if (a.kind === 'sector') this.byHead.set(a.head, a.ref);
      if ((a.plural && a.kind !== 'pronoun') || (a.kind === 'name' && a.type === 'ORG')) this.lastPlural = a.ref;
    }
  }

  /**
   * Gender only where the text says it: "Mr. Reed", "Jane Doe, a 19-year-old woman,", "mother Jane
   * Doe"; or, on the parse, the "he" / "she" of what the one person named says ("Reed said he ...").
   * No list of first names: a name alone says nothing.
   */
  private noteGenders(view: SentenceView, tree?: DepTree): void {
    const first = view.sentence.tokenStart, end = view.sentence.tokenEnd;
    const names = view.args.filter((a) => a.kind === 'name' && a.type === 'PER');
    for (const a of names) {
      // a title or noun right before the name ("Mrs. Dorr", "mother Jane Doe"), or in a noun phrase in apposition ("Jane Doe, a 30-year-old woman,")
      const near: number[] = [a.first - 1];
      if (a.last + 1 < end && view.tokens[a.last + 1]!.text === ',') {
        for (let k = a.last + 2; k < Math.min(end, a.last + 2 + APPOSITION_WINDOW); k++) { if (view.lower(k) === ',' || NOT_APPOSITION.has(view.lower(k))) break; near.push(k); }
      }
      for (const k of [a.first, ...near]) {
        const g = k >= first && k < end ? GENDERED.get(view.lower(k).replace(/\.$/, '')) : undefined;
        if (g) { this.setGender(a.ref, g); break; }
      }
    }
    if (!tree) return;
    // "Hernandez said she pulled the trigger": the subject of what a person says is that person when it can be no one else there
    for (const p of view.args) {
      const g = p.kind === 'pronoun' ? PRONOUN_GENDER.get(p.head) : undefined;
      if (!g || tree.dep(p.first) !== 'nsubj' || tree.dep(tree.head(p.first)) !== 'ccomp') continue;
      const speaker = tree.child(tree.head(tree.head(p.first)), 'nsubj');
      const a = speaker === undefined ? undefined : view.argAt(speaker);
      const others = names.filter((b) => b.last < p.first && b !== a);
      // the speaker first: in '"He would not hurt his child," Thompson said' the quoted "he" is someone else
      if (a?.kind === 'name' && a.type === 'PER' && a.last < p.first && others.length === 0) this.setGender(a.ref, g);
    }
  }

  private setGender(ref: ArgRef, g: Gender): void {
    const key = lastWord(ref.text);
    if (!this.genders.has(key)) this.genders.set(key, g);
  }

  /** The person can be the pronoun's referent: nothing the article said of their gender disagrees. */
  private agrees(ref: ArgRef | undefined, pronoun: string): boolean {
    const g = PRONOUN_GENDER.get(pronoun), known = ref ? this.genders.get(lastWord(ref.text)) : undefined;
    return !g || !known || g === known;
  }

  private knownToAgree(ref: ArgRef, pronoun: string): boolean {
    const g = PRONOUN_GENDER.get(pronoun);
    return !!g && this.genders.get(lastWord(ref.text)) === g;
  }

  notePerson(ref: ArgRef, roles: readonly string[]): void {
    const key = lastWord(ref.text);
    const slot = this.personSlot.get(key);
    const known = slot === undefined ? undefined : this.persons[slot];
    if (known) { for (const r of roles) known.roles.add(r); known.ref = ref; this.persons[slot!] = undefined; }
    const person = known ?? { ref, roles: new Set(roles) };
    this.personSlot.set(key, this.persons.length);
    // the latest person now, so the latest holder of each of its roles
    for (const r of person.roles) this.roleSlot.set(r, this.persons.length);
    this.persons.push(person);
  }

  /** The persons noted, latest first. */
  private *latestPersons(): Generator<Person> {
    for (let i = this.persons.length - 1; i >= 0; i--) { const p = this.persons[i]; if (p) yield p; }
  }

  noteSubject(arg: Arg, ref: ArgRef): void {
    if ((arg.kind === 'name' && arg.type === 'PER') || (arg.kind === 'pronoun' && ['he', 'she'].includes(arg.head))) this.lastSubjectPerson = ref;
  }

  noteSpeaker(ref: ArgRef): void { this.lastSpeakerRef = ref; }

  /**
   * What a pronoun or a definite description stands for, or undefined when nothing fits (or when it
   * names an act rather than an actor: "it" after "Hamas' visit"). Names and sector phrases stand
   * for themselves. `speech` says the argument is the subject of a verb of saying.
   */
  resolve(arg: Arg, view: SentenceView, speech = false, exclude?: ArgRef): ArgRef | undefined {
    if (arg.kind === 'name' || arg.kind === 'sector') return arg.ref;
    // an object pronoun never stands for its own clause's subject ("the ministry condemned it")
    const before = view.args.filter((a) => a.last < arg.first && a.kind !== 'pronoun' && a.kind !== 'anaphor'
      && !(exclude && a.ref.start === exclude.start && a.ref.end === exclude.end));
    if (arg.kind === 'pronoun') {
      const p = arg.head;
      if (p === 'he' || p === 'she' || p === 'him' || p === 'her') {
        // "she" is never a person the article called a man (and "he" never a woman)
        const here = [...before].reverse().find((a) => a.kind === 'name' && a.type === 'PER' && this.agrees(a.ref, p));
        if (here) return here.ref;
        // "he" is one person: a speaker that was "authorities" or "police" cannot be him (a "spokesman" can)
        const person = (r: ArgRef | undefined) => (r && !(r.sector && !lemmaIn(r.sector, ROLE_NOUNS)) ? r : undefined);
        const order = speech ? [this.lastSpeakerRef, this.lastSubjectPerson] : [this.lastSubjectPerson, this.lastSpeakerRef];
        const pick = order.map(person).find((r) => r !== undefined) ?? this.latestPersons().next().value?.ref;
        if (this.agrees(pick, p)) return pick;
        // the one it would be is of the other gender: someone the article says agrees, else nobody we know
        // (often an unnamed "man" or "shooter"), never the next name at hand
        for (const q of this.latestPersons()) if (this.knownToAgree(q.ref, p)) return q.ref;
        return undefined;
      }
      if (p === 'they' || p === 'them') {
        const here = [...before].reverse().find((a) => a.plural || (a.kind === 'name' && a.type === 'ORG'));
        return here?.ref ?? this.lastPlural;
      }
      if (p === 'it') {
        // a country, an organisation, or a body named by its sector ("the Kenyan government ... it")
        const here = [...before].reverse().find((a) => !a.plural && ((a.kind === 'name' && a.type !== 'PER') || (a.kind === 'sector' && !ROLE_NOUNS.has(a.head))));
        if (here) return namesAnAct(view, here) ? undefined : here.ref;
        return undefined;
      }
      return undefined;
    }
    // anaphor: "the spokesman", "the delegation", "the group", "the two"
    const head = arg.head;
    if (ROLE_NOUNS.has(head)) {
      const slot = this.roleSlot.get(head);
      if (slot !== undefined) return this.persons[slot]!.ref;
    }
    const sameHead = [...before].reverse().find((a) => a.head === head && a.kind === 'sector');
    if (sameHead) return sameHead.ref;
    const known = this.byHead.get(head);
    if (known) return known;
    const kind = ANAPHOR_KINDS[head];
    if (kind === 'ORG' || kind === 'LOC') return this.byKind.get(kind);
    return undefined;
  }
}

const lastWord = (s: string) => s.split(/\s+/).pop()!.toLowerCase();

type Gender = 'm' | 'f';
/** Words that end a noun phrase in apposition: a clause or another's possession begins ("Jane Doe, whose husband ..."). */
const NOT_APPOSITION = new Set(['who', 'whose', 'which', 'that', 'his', 'her', 'their', 'its', 'and', 'was', 'is', 'said']);
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f']]);
/** Titles and nouns whose gender is their meaning (English grammar, not a guess from a name). */
const GENDERED: ReadonlyMap<string, Gender> = new Map([
  ...'mr sir man boy father son husband brother uncle nephew grandfather grandson boyfriend king prince actor businessman chairman spokesman congressman policeman gentleman'
    .split(' ').map((w): [string, Gender] => [w, 'm']),
  ...'mrs ms miss madam lady woman girl mother daughter wife sister aunt niece grandmother granddaughter girlfriend queen princess actress businesswoman chairwoman spokeswoman congresswoman policewoman'
    .split(' ').map((w): [string, Gender] => [w, 'f']),
]);

/** ", a senior official of the Hamas political bureau,": words of an apposition read for role nouns. */
const APPOSITION_WINDOW = 8;

/** Roles given in an apposition: "Moussa Abu Marzouk, a senior Hamas official, ..." */
function appositiveRoles(view: SentenceView, a: Arg): string[] {
  const end = view.sentence.tokenEnd;
  if (a.last + 2 >= end || view.tokens[a.last + 1]!.text !== ',') return [];
  const roles: string[] = [];
  for (let k = a.last + 2; k < Math.min(end, a.last + 2 + APPOSITION_WINDOW); k++) {
    const w = view.lower(k);
    if (w === ',' || w === '.') break;
    const role = lemmaIn(w, ROLE_NOUNS);
    if (role) roles.push(role);
  }
  return roles;
}

/** The noun for a kind of organisation set beside the name by a comma ("the group, NAME", "NAME, a group of ..."). */
function appositiveKind(view: SentenceView, a: Arg): string | undefined {
  const { tokenStart, tokenEnd } = view.sentence;
  const isKind = (k: number) => k >= tokenStart && k < tokenEnd && ANAPHOR_KINDS[view.lower(k)] === 'ORG';
  if (a.first - 2 >= tokenStart && view.tokens[a.first - 1]!.text === ',' && isKind(a.first - 2)) return view.lower(a.first - 2);
  if (a.last + 1 < tokenEnd && view.tokens[a.last + 1]!.text === ',') {
    const k = /^(?:a|an|the)$/.test(view.lower(a.last + 2)) ? a.last + 3 : a.last + 2;
    if (isKind(k)) return view.lower(k);
  }
  return undefined;
}

/** "Hamas' visit", "the visit of Hamas": the name is the owner of an act, and a later "it" is that act. */
function namesAnAct(view: SentenceView, a: Arg): boolean {
  let k = a.last + 1;
  if (k < view.sentence.tokenEnd && isPossessive(view.tokens[k]!.text)) k++;
  else {
    const prev = a.first - 1, prev2 = a.first - 2;
    return prev2 >= view.sentence.tokenStart && view.lower(prev) === 'of' && EVENT_NOUNS.has(view.lower(prev2).replace(/s$/, ''));
  }
  return k < view.sentence.tokenEnd && (EVENT_NOUNS.has(view.lower(k)) || EVENT_NOUNS.has(view.lower(k).replace(/s$/, '')));
}
