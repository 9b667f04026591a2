import type { AnalyzedArticle, SyntaxToken } from '../../core/model.js';

// A count told of several events at once is a roundup ("at least 15 people were shot in shootings across
// Chicago", "two men were killed and eight others wounded in separate shootings", "three shootings kill
// five"): the story's incident is one of them, so the count is more than its own. A sentence says so by
// an event noun in the plural that it marks as several: a number, a word of several or of apart
// ("separate", "multiple"), "both", or no determiner at all (a bare plural: "in shootings citywide").
// "The shootings", told of one incident with several victims, is no roundup.

/** Nouns (lemmas) for an act of violence that a roundup counts in the plural. */
const EVENT_NOUNS = new Set(['shooting', 'stabbing', 'homicide', 'attack', 'incident']);
/** Modifiers of a plural event noun that make it several events. */
const SEVERAL = new Set(['separate', 'several', 'multiple', 'different', 'unrelated', 'various', 'numerous', 'many', 'both', 'other']);
/** Determiners of a plural event noun that make it events already told of, not a roundup's. */
const TOLD = new Set(['the', 'these', 'those', 'this', 'that', 'their', 'its', 'his', 'her']);

/** Whether sentence `i` of the article tells of several events at once. */
export function tellsOfSeveral(a: Readonly<AnalyzedArticle>, i: number): boolean {
  const toks = a.syntax?.[i]?.tokens;
  if (!toks) return false;
  const word = (t: SyntaxToken) => a.text.slice(t.start, t.end).toLowerCase();
  return toks.some((t, j) => {
    if (t.pos !== 'NOUN' || !EVENT_NOUNS.has(t.lemma.toLowerCase()) || !/s$/.test(word(t))) return false;
    const kids = toks.filter((k) => k.head === j && k.start < t.start);
    if (kids.some((k) => (k.pos === 'NUM' && word(k) !== 'one') || SEVERAL.has(word(k)))) return true;
    // a bare plural: no determiner and no possessor before it ("in shootings across the city", "weekend shootings")
    return !kids.some((k) => k.dep === 'det' || k.dep === 'nmod:poss' || TOLD.has(word(k)));
  });
}
