import type { ArgRef } from '../../core/model.js';
import type { Arg, SentenceView } from './args.js';
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
  private readonly persons: Person[] = [];
  private readonly byHead = new Map<string, ArgRef>();
  private readonly byKind = new Map<'ORG' | 'LOC', ArgRef>();
  private lastPlural: ArgRef | undefined;
  private lastSubjectPerson: ArgRef | undefined;
  private lastSpeakerRef: ArgRef | undefined;
  /** The actor of the last event read ("the two" continues it). */
  lastActor: ArgRef | undefined;
  /** Where the last visit went ("a Hamas delegation to Moscow"): the scene of later meetings. */
  lastDestination: ArgRef | undefined;

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
  observe(view: SentenceView): void {
    for (const a of view.args) {
      if (a.kind === 'name' && a.type === 'PER') this.notePerson(a.ref, [...a.roles, ...appositiveRoles(view, a)]);
      else if (a.kind === 'name' && (a.type === 'ORG' || a.type === 'LOC')) {
        this.byKind.set(a.type === 'LOC' && countryOfName(a.ref.text) ? 'LOC' : 'ORG', a.ref);
        if (a.type === 'ORG') {
          const last = a.ref.text.split(/\s+/).pop()!.toLowerCase();
          this.byHead.set(lemmaIn(last, ROLE_NOUNS) ?? last.replace(/s$/, ''), a.ref);
        }
      } else if (a.kind === 'sector') this.byHead.set(a.head, a.ref);
      if ((a.plural && a.kind !== 'pronoun') || (a.kind === 'name' && a.type === 'ORG')) this.lastPlural = a.ref;
    }
  }

  notePerson(ref: ArgRef, roles: readonly string[]): void {
    const key = lastWord(ref.text);
    const known = this.persons.find((p) => lastWord(p.ref.text) === key);
    if (known) { for (const r of roles) known.roles.add(r); known.ref = ref; this.persons.push(this.persons.splice(this.persons.indexOf(known), 1)[0]!); }
    else this.persons.push({ ref, roles: new Set(roles) });
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
        const here = [...before].reverse().find((a) => a.kind === 'name' && a.type === 'PER');
        if (here) return here.ref;
        // "he" is one person: a speaker that was "authorities" or "police" cannot be him (a "spokesman" can)
        const person = (r: ArgRef | undefined) => (r && !(r.sector && !lemmaIn(r.sector, ROLE_NOUNS)) ? r : undefined);
        const order = speech ? [this.lastSpeakerRef, this.lastSubjectPerson] : [this.lastSubjectPerson, this.lastSpeakerRef];
        return order.map(person).find((r) => r !== undefined) ?? this.persons.at(-1)?.ref;
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
      const person = [...this.persons].reverse().find((q) => q.roles.has(head));
      if (person) return person.ref;
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
