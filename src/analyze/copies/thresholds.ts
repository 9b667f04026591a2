// Similarity thresholds of copy and rewrite detection, chosen on data: the tuning half of the set that
// scripts/derivation/build-set.ts makes from ../shared/data, by scripts/derivation/tune.ts (which
// prints the figures these come from); the other half is scored by `corroborate eval derivation`.

/** Shared word sequences over the shorter text at or above which two reports are one (a copy). */
export const COPY_CONTAINMENT = 0.75;

/** Share of the shorter report's sentences found, in order, in the other, at or above which it is a rewrite. */
export const REWRITE_SENTENCES = 0.6;

/** The same share over the longer report's sentences: a rewrite retells most of its original, not one passage. */
export const REWRITE_SENTENCES_OF_LONGER = 0.6;

/** Fewest sentences shared in order for a rewrite: one or two shared quotes are common between independent reports. */
export const REWRITE_MIN_SENTENCES = 3;

/** Content words two sentences share, over the smaller sentence's, for one to be a rewording of the other. */
export const SENTENCE_OVERLAP = 0.8;
