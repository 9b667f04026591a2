import { createRequire } from 'node:module';

// Tone of a sentence in the outlet's voice, word by word. The base is AFINN-165 (the `sentiment`
// package's word list), a lexicon for reviews and social media; news framing needs it adjusted:
// words that report what happened or what an actor gains are not a judgement of that actor, and
// framing turns on words and phrases AFINN lacks. Every adjustment is listed here, with its reason.
const require = createRequire(import.meta.url);
const AFINN = require('sentiment/languages/en/labels.json') as Record<string, number>;

/** Evaluative words of news framing that AFINN lacks or scores as a reviewer would. */
const SUPPLEMENT: Record<string, number> = {
  terrorism: -3, terrorist: -3, terrorists: -3, terror: -3, extremist: -2, extremists: -2, 'neo-nazi': -3, aggression: -3, aggressor: -3,
  atrocities: -3, atrocity: -3, massacre: -3, occupation: -1, occupiers: -2, propaganda: -2, regime: -1, isolate: -1, isolated: -1,
  soured: -2, sour: -1, strain: -2, strained: -2, rift: -2, tensions: -1, tension: -1, condemning: -2, denounced: -2, denounce: -2,
  opportunistic: -2, opportunism: -2, meddling: -2, interference: -2, 'self-serving': -2, disinformation: -2, manipulate: -2,
  // Calling a position a "narrative" casts it as spin rather than fact.
  narrative: -1, narratives: -1,
  constructive: 2, impartiality: 2, impartial: 2, stability: 2, stabilising: 2, stabilizing: 2, reconciliation: 2, peacebuilding: 2,
  mediating: 1, mediate: 1, mediation: 1, dialogue: 1, diplomacy: 1, diplomatic: 1, balanced: 2, steadfast: 2, facilitative: 2,
  humanitarian: 1, ceasefire: 1, 'cease-fire': 1, lauding: 2, endorsing: 1, commending: 2, commitment: 2,
};

/**
 * Phrases whose tone is not the sum of their words: "taking advantage of" a war is exploitation,
 * not an advantage; "its own interests" is the self-interest frame. Matched before single words.
 */
const PHRASES: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:take|takes|taking|took|taken) advantage of\b/g, -2],
  [/\bown (?:[a-z-]+ )?interests\b/g, -1],
  [/\bat the expense of\b/g, -1],
  [/\b(?:play|plays|playing|played) both sides\b/g, -2],
  [/\b(?:turn|turns|turning|turned) a blind eye\b/g, -2],
  [/\blip service\b/g, -2],
];

/**
 * Words that report what happened (killed, war), what an actor gains (benefit, interests) or how
 * actors relate (support, help): their AFINN valence judges the event or the relation, not the actor.
 */
const NEUTRAL = new Set(('killed kill kills killing died die dies dead death deaths war wars attack attacks attacked wounded injured injury ' +
  'missing hostage hostages captive captives arrested arrest bombardment bombing violence conflict crisis fatalities casualties victims ' +
  'fire fighting fight release released free freed help helps helped helping evacuation rescue rescued ' +
  'benefit benefits benefited benefiting benefitted advantage advantages advantageous gain gains profit profits interest interests ' +
  'leverage win wins support supports supported supporting supporter supporters').split(' '));

export const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', "n't", 'cannot', 'nor', 'neither', 'hardly']);

export interface ToneTerm {
  /** The word or phrase as matched, lower-cased. */
  term: string;
  /** Its valence in [-5, 5], sign flipped when negated. */
  value: number;
  negated: boolean;
}

export interface Tone {
  /** Words in the sentence, the denominator of the mean. */
  words: number;
  terms: ToneTerm[];
}

/** The valenced words and phrases of a sentence, each with the value it contributes. */
export function toneOf(text: string): Tone {
  let lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const terms: ToneTerm[] = [];
  const words = lower.match(WORD)?.length ?? 0;
  // Phrases first; their words are blanked so they are not scored again.
  const phraseAt = new Map<number, readonly [string, number]>();
  for (const [pattern, value] of PHRASES) {
    lower = lower.replace(pattern, (m, offset: number) => {
      phraseAt.set(offset, [m, value]);
      return ' '.repeat(m.length);
    });
  }
  const tokens = [...lower.matchAll(WORD)].map((m) => ({ at: m.index!, text: m[0] }));
  for (const [at, phrase] of phraseAt) tokens.push({ at, text: `\u0000${phrase[0]}` });
  tokens.sort((a, b) => a.at - b.at);
  let negatedFor = 0;
  for (const { at, text: w } of tokens) {
    const phrase = w.startsWith('\u0000') ? phraseAt.get(at) : undefined;
    const value = phrase ? phrase[1] : wordValence(w);
    if (value !== 0) terms.push({ term: phrase ? phrase[0] : w, value: negatedFor > 0 ? -value : value, negated: negatedFor > 0 });
    negatedFor = NEGATORS.has(w) || w.endsWith("n't") ? 3 : Math.max(0, negatedFor - 1);
  }
  return { words, terms };
}

/** Mean valence per word of a sentence, in [-5, 5]; negation flips the next three words. */
export function sentenceValence(text: string): number {
  return valenceOf(toneOf(text));
}

/** A tone's mean valence per word, in [-5, 5]. */
export function valenceOf({ words, terms }: Tone): number {
  return words === 0 ? 0 : terms.reduce((s, t) => s + t.value, 0) / words;
}

/** A word's own valence; negators only flip what follows (AFINN scores "no" -1, which would count it twice). */
export function wordValence(word: string): number {
  if (NEUTRAL.has(word) || NEGATORS.has(word)) return 0;
  return SUPPLEMENT[word] ?? AFINN[word] ?? AFINN[word.replace(/'s$/, '')] ?? 0;
}

const WORD = /[\p{L}][\p{L}'-]*/gu;
