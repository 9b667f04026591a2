import type { Mention } from '../../core/model.js';
import type { SentenceView } from '../syntax/args.js';
import { countryOfName } from '../syntax/countries.js';
import { possessiveOwner } from './reference.js';
import type { Discourse } from '../syntax/discourse.js';
import { isPossessive, POSSESSIVE_PRONOUNS } from '../syntax/words.js';

// What a sentence sets up for later ones, beyond who is who: where a visit went (the scene of the
// meetings told next) and which sides are in conflict (the author of an attack told without one).

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

const CONFLICT_NOUNS = set('conflict war fighting fight clashes hostilities confrontation standoff feud');
/** Words between an owner and its conflict noun: "their long, bloody war", "its 10-year conflict". */
const CONFLICT_MODIFIER = /^(?:ongoing|long|bloody|current|recent|armed|military|\p{N}+.*)$/u;
/** "X is in a conflict with Y": the verbs whose subject is a side. */
const IS_IN = set('is are was were remains remain');
/** Words that make a following "to / in" place a visit's destination: "a delegation to Moscow", "arrived in Moscow". */
const DESTINATION_CUES = set(`delegation delegations visit visits visiting visited trip invite invited invitation mission travel
  travelled traveled arrive arrived arrival delegates envoy flew`);

/** "the conflict between Israel and Hamas": the first side begins within this many words of "between". */
const FIRST_SIDE_WINDOW = 3;
/** "war with (the) Kestrel Front": the other side begins one or two words after "with". */
const OTHER_SIDE_WINDOW = 2;
/** "a Hamas delegation led by X to Moscow": words between a visit word and the "to / in" of its destination. */
const DESTINATION_WINDOW = 4;

/**
 * Sides set against each other: "the conflict between Israel and Hamas", "their conflict with Israel",
 * "the Israel-Hamas war". An attack the text gives no author for is then read as the other side's.
 */
export function noteConflicts(view: SentenceView, discourse: Discourse, mentions: readonly Mention[]): void {
  const first = view.sentence.tokenStart;
  for (let k = first; k < view.sentence.tokenEnd; k++) {
    if (!CONFLICT_NOUNS.has(view.lower(k))) continue;
    const next = view.lower(k + 1);
    if (next === 'between') {
      const a = view.args.find((x) => x.first > k + 1 && x.first <= k + 1 + FIRST_SIDE_WINDOW);
      const b = a && view.lower(a.last + 1) === 'and' ? view.args.find((x) => x.first > a.last + 1 && x.first <= a.last + 1 + OTHER_SIDE_WINDOW) : undefined;
      if (a && b) discourse.noteAdversaries(a.ref, b.ref);
      continue;
    }
    if (next === 'with' || next === 'against') {
      const b = view.args.find((x) => x.first > k + 1 && x.first <= k + 1 + OTHER_SIDE_WINDOW);
      let j = k - 1;
      while (j > first && CONFLICT_MODIFIER.test(view.lower(j))) j--;
      // j < first: the noun opens the sentence ("War with Arvelia ..."), and nothing before it owns the conflict
      let owner = j < first ? undefined : POSSESSIVE_PRONOUNS.has(view.lower(j)) ? possessiveOwner(view, discourse, j)
        : isPossessive(view.tokens[j]!.text) && view.argAt(j - 1) ? view.argAt(j - 1)!.ref : undefined;
      // "Kestrel Front is in a long conflict with Arvelia": the subject of "is in"
      if (!owner && /^(?:a|an|the)$/.test(view.lower(j)) && view.lower(j - 1) === 'in' && IS_IN.has(view.lower(j - 2))) {
        const subject = view.argAt(j - 3);
        if (subject && subject.kind !== 'pronoun') owner = subject.ref;
      }
      if (b && owner) discourse.noteAdversaries(owner, b.ref);
      continue;
    }
    // "the Israel-Hamas war": a hyphenated pair of names
    const pair = k > first ? view.tokens[k - 1] : undefined;    // never the previous sentence's last word
    if (pair && /^\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}.]*$/u.test(pair.text)) {
      const cut = pair.text.indexOf('-');
      const left = pair.text.slice(0, cut), right = pair.text.slice(cut + 1);
      const known = (name: string) => mentions.some((m) => m.text === name) || !!countryOfName(name);
      if (known(left) && known(right)) {
        discourse.noteAdversaries({ start: pair.start, end: pair.start + cut, text: left }, { start: pair.start + cut + 1, end: pair.end, text: right });
      }
    }
  }
}

/** "a Hamas delegation to Moscow", "invite ... to Moscow", "arrived in Moscow": where the visit is. */
export function noteDestination(view: SentenceView, discourse: Discourse): void {
  for (const a of view.args) {
    if (a.kind !== 'name' || a.type !== 'LOC') continue;
    const prep = view.lower(a.first - 1);
    if (prep !== 'to' && prep !== 'in') continue;
    for (let k = a.first - 2; k >= view.sentence.tokenStart && k >= a.first - 1 - DESTINATION_WINDOW; k--) {
      const w = view.lower(k);
      if (DESTINATION_CUES.has(w)) {
        discourse.lastDestination = { ...a.ref };
        break;
      }
    }
  }
}
