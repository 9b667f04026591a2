// Which way a date without a year or a bare weekday leans: a report of what happened ("said on
// Friday") points back from the reference day, an announcement ("will meet on Monday") forward.
// The nearest cue in the sentence decides; with none, the caller keeps chrono's closest day.

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE = /\b(?:will|shall|'ll|’ll|(?:is|are|was|were) (?:due|expected|set|scheduled|slated|going) (?:to|for)|plans? to|planned for|to be held|upcoming|ahead of|pending|(?:his|her|their|the) next (?:court )?(?:hearing|appearance|court date))\b/gi;
/** Common irregular past forms (the -ed ones are found by their ending). */
export const IRREGULAR_PAST = [
  'said', 'told', 'met', 'held', 'made', 'took', 'gave', 'went', 'came', 'saw', 'began', 'left', 'sent', 'spoke', 'wrote',
  'became', 'brought', 'put', 'found', 'felt', 'kept', 'led', 'lost', 'paid', 'ran', 'sought', 'thought', 'won', 'fought',
  'struck', 'shot', 'hit', 'fled', 'fell', 'flew', 'drove', 'rose', 'stood', 'got', 'did', 'was', 'were', 'had', 'knew',
  'withdrew', 'undertook', 'overtook', 'broke', 'chose', 'forbade', 'bought', 'sold', 'built', 'spent', 'drew', 'grew', 'threw',
  'wore', 'swore', 'tore', 'bore', 'dug', 'hid', 'slid', 'stole', 'froze', 'woke', 'meant', 'heard', 'understood',
];
/** The irregular past forms of verbs of acts: the auxiliaries tell no act ("was six centimetres lower"). */
export const ACT_PAST_FORMS: ReadonlySet<string> = new Set(IRREGULAR_PAST.filter((w) => !['was', 'were', 'had', 'did', 'got'].includes(w)));
// Past participles used as adjectives or in the future cues above are no evidence of the past.
// Nor are words that merely end in -ed.
const NOT_PAST = new Set([
  'expected', 'scheduled', 'planned', 'slated', 'proposed', 'intended', 'based', 'related', 'united', 'armed', 'alleged',
  'hundred', 'indeed', 'need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'proceed', 'succeed', 'exceed', 'breed',
  'greed', 'creed', 'weed', 'bleed', 'embed', 'naked', 'sacred', 'wicked',
]);
const PAST = new RegExp(String.raw`\b(?:${IRREGULAR_PAST.join('|')}|set off|[a-z]{2,}ed)\b`, 'gi');

/** The tense of the words nearest to [start, end) within `sentence` (offsets relative to the sentence). */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  let best: { tense: Tense; distance: number } = { tense: 'unknown', distance: Infinity };
  const consider = (re: RegExp, tense: Tense) => {
    for (const m of sentence.matchAll(re)) {
      if (tense === 'past' && NOT_PAST.has(m[0].toLowerCase())) continue;
      const mStart = m.index!, mEnd = mStart + m[0].length;
      if (mEnd > start && mStart < end) continue; // inside the date expression itself
      const distance = mEnd <= start ? start - mEnd : mStart - end;
      // A future cue wins a tie: "said he will meet on Monday".
      if (distance < best.distance || (distance === best.distance && tense === 'future')) best = { tense, distance };
    }
  };
  consider(PAST, 'past');
  consider(FUTURE, 'future');
  return best.tense;
}
