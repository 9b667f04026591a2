// Closed-class English words that the shallow clause reading needs (no POS tagger here):
// they tell where a noun phrase stops, where a clause begins, and what hedges or negates a verb.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const DETERMINERS = set(`the a an this that these those its their his her our my your some all both each every any several many
  few no another other such one two three four five six seven eight nine ten dozens hundreds thousands scores most more`);

export const PREPOSITIONS = set(`of in on at to for from with by about against into onto over under near between among amongst during after
  before since until across through throughout toward towards without within outside inside amid amidst despite via per upon
  around along beyond behind beside besides off following like than`);

/** Prepositions that put an act in a place: "in Geneva", "near the border", "throughout the country". */
export const PLACE_PREPOSITIONS = set('in at near outside inside across throughout');

export const PERSONAL_PRONOUNS = set('he she it they we i you him her them us');
export const POSSESSIVE_PRONOUNS = set('his her its their our my your');

export const AUXILIARIES = set(`is are was were be been being am has have had having do does did will would shall should can could may might
  must 's 're 've 'd ’s ’re ’ve ’d`);

/** Modals that make an action possible, future or conditional rather than done. */
export const HEDGE_MODALS = set('will would shall should can could may might ’ll \'ll');

export const NEGATORS = set("not n't n’t never no neither nor cannot");

/** Words that open a subordinate clause: an argument search does not cross them. */
export const SUBORDINATORS = set(`that which who whom whose because although though while whereas if unless when whenever where as since
  until so lest whether`);

export const COORDINATORS = set('and but or yet');

/** Adverbs and particles a subject search may step over between the subject and its verb. */
export const ADVERBS = set(`also already again once still now then recently reportedly allegedly repeatedly routinely reportedly bluntly
  flatly formally officially publicly openly jointly further even just only later earlier soon previously initially finally
  today yesterday tonight tomorrow meanwhile however too subsequently immediately quickly briefly twice thrice again
  outright once yet respectively personally unilaterally reluctantly strongly sharply firmly swiftly effectively`);

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');
export const MONTHS = set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec');

export const isWord = (t: string) => /\p{L}/u.test(t);
export const isCapitalised = (t: string) => /^\p{Lu}/u.test(t) && /\p{L}/u.test(t);
export const isPossessive = (t: string) => /^['’]s?$/.test(t);
export const isNumber = (t: string) => /^\p{N}/u.test(t);

/** An adverb: a listed one, or an -ly word that is not a noun or name ending in -ly. */
export const isAdverb = (w: string) => ADVERBS.has(w) || (/ly$/.test(w) && w.length > 4 && !['rally', 'italy', 'family', 'july', 'ally', 'assembly', 'supply', 'reply', 'apply', 'fly'].includes(w));
