import type { Predicate, VerbGroup } from '../../core/model.js';
import type { SentenceView } from '../syntax/args.js';
import { isAdverb } from '../syntax/words.js';
import { AUX_OR_PRONOUN, DETERMINERS_OR_PREPS, NO_OBJECT_AFTER, PARTICIPLE_ADJECTIVES, SUBORDINATE } from './cues.js';

// The participle filter: an -ed word the lexicon matched may be an adjective ("alleged crimes": no
// event) or a reduced passive ("16 citizens killed": the citizens underwent it).

/** The sentence's bounds and a lower-case word reader that gives '' outside them. */
function reading(view: SentenceView) {
  const firstTok = view.sentence.tokenStart, endTok = view.sentence.tokenEnd;
  return { firstTok, endTok, w: (i: number) => (i >= firstTok && i < endTok ? view.lower(i) : '') };
}

/** "alleged Israeli crimes": a participle used as an adjective, not a verb. */
export function isAdjectival(view: SentenceView, p: Predicate): boolean {
  const { w, endTok } = reading(view);
  if (p.noun || p.first !== p.last || !PARTICIPLE_ADJECTIVES.has(w(p.first))) return false;
  if (view.argAt(p.first - 1) || AUX_OR_PRONOUN.test(w(p.first - 1))) return false;    // "Serb forces killed three"
  if (p.last + 1 >= endTok) return false;                // the last word: nothing it could modify
  const next = view.tokens[p.last + 1]!.text;
  return /^\p{L}/u.test(next) && !/^(?:the|a|an|that|to|by|him|her|them|it|his|their|its|of|in|on|as|with)$/i.test(next);
}

/** "16 Russian citizens killed and eight missing": a participle after a noun with no object of its own. */
export function isReducedPassive(view: SentenceView, p: Predicate, group: VerbGroup): boolean {
  const { w, firstTok, endTok } = reading(view);
  if (p.noun || !/ed$/.test(w(p.first))) return false;
  for (let k = group.start; k < p.first; k++) if (!isAdverb(w(k))) return false;     // no auxiliary
  const noun = view.argAt(group.start - 1);
  const next0 = w(p.first + 1);
  const noObject = NO_OBJECT_AFTER.has(next0);
  // "two nuns kidnapped in Syria", "a deal mediated by the EU": a common noun then a participle with no object
  const bare = w(group.start - 1);
  if (!noun && noObject && /^\p{Ll}+s?$/u.test(bare) && !/^(?:he|she|it|they|we|who|which|that|and|or|but|has|have|had|is|are|was|were|be|been)$/.test(bare)
    && !isAdverb(bare) && !DETERMINERS_OR_PREPS.test(bare) && group.start - 2 >= firstTok && /^(?:the|a|an|\p{N}+|two|three|four|five|six|several|many|some|of)$/u.test(w(group.start - 2))) return true;
  if (!noun || !/^[\p{Ll}]/u.test(view.tokens[p.first]!.text)) return false;
  // the noun is an object of something before it ("reported 16 citizens killed"), not a clause's subject
  let k = noun.first - 1;
  while (k >= firstTok && (/^\p{N}/u.test(w(k)) || /^(?:the|a|an|some|several|many|more|than|at|least|about|nearly|other|others)$/.test(w(k)))) k--;
  if (k < firstTok || !/^\p{Ll}+$/u.test(view.tokens[k]!.text) || SUBORDINATE.test(w(k))) return false;
  const next = w(p.first + 1);
  return NO_OBJECT_AFTER.has(next);
}
