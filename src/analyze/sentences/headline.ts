import type { Sentence, Token } from '../../core/model.js';

// Headlines capitalise every word, so there a capital says nothing about names. One test, shared by
// the syntax stage (phrases and predicates) and the quantities stage (what a number counts).

/**
 * Share of a sentence's longer words that must be capitalised for it to read as a headline. Above
 * 0.7 and at most 0.75 lie ordinary sentences thick with names ("Police identified the victim on
 * Thursday as LuAnn Marie Johnson of Burnsville."): they are not headlines.
 */
export const HEADLINE_CAPITALISED_SHARE = 0.75;
/** Fewer longer words than this say nothing either way. */
const MIN_WORDS = 3;
/** Words this long or longer: short ones ("of", "the", "in") are lower case even in many headlines. */
const LONGER_WORD = /^\p{L}{4,}/u;

/** Whether the sentence is written in title case (a headline). */
export function isHeadline(tokens: readonly Token[], sentence: Pick<Sentence, 'tokenStart' | 'tokenEnd'>): boolean {
  const words = tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter((t) => LONGER_WORD.test(t.text));
  return words.length >= MIN_WORDS && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length > HEADLINE_CAPITALISED_SHARE;
}
