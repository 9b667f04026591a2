// Candidate lemmas of an English word form: irregular forms from a table, regular ones by undoing
// -s/-es/-ies, -ed/-ied and -ing (with the silent e and the doubled consonant). A lexicon lookup tries the
// candidates in order and keeps the first it knows, so over-generating here is harmless.

const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(
  `said:say says:say told:tell met:meet held:hold took:take taken:take sought:seek fought:fight shot:shoot brought:bring
  gave:give given:give made:make struck:strike stricken:strike threw:throw thrown:throw withdrew:withdraw withdrawn:withdraw
  broke:break broken:break began:begin begun:begin sent:send spent:spend left:leave led:lead kept:keep beaten:beat
  rose:rise risen:rise drove:drive driven:drive wrote:write written:write spoke:speak spoken:speak swore:swear sworn:swear
  stood:stand understood:understand undertook:undertake undertaken:undertake overthrew:overthrow overthrown:overthrow
  forbade:forbid forbidden:forbid forgave:forgive forgiven:forgive froze:freeze frozen:freeze stole:steal stolen:steal
  chose:choose chosen:choose bore:bear borne:bear born:bear blew:blow blown:blow flew:fly flown:fly saw:see seen:see
  went:go gone:go came:come became:become did:do done:do had:have has:have was:be were:be is:be are:be been:be am:be
  paid:pay laid:lay sold:sell bought:buy caught:catch taught:teach thought:think won:win lost:lose hung:hang slew:slay
  slain:slay sank:sink sunk:sink fled:flee bled:bleed fed:feed dealt:deal meant:mean heard:hear found:find bound:bind
  ground:grind wound:wind hid:hide hidden:hide bit:bite bitten:bite shook:shake shaken:shake woke:wake woken:wake
  arose:arise arisen:arise foresaw:foresee foreseen:foresee upheld:uphold withheld:withhold overran:overrun overcame:overcome
  ran:run got:get gotten:get let:let set:set put:put hit:hit cut:cut quit:quit shut:shut cast:cast hurt:hurt spread:spread
  bid:bid beat:beat read:read rid:rid forecast:forecast broadcast:broadcast upset:upset burst:burst
  knew:know known:know grew:grow grown:grow drew:draw drawn:draw rebuilt:rebuild built:build lent:lend sent:send
  children:child people:person men:man women:woman`
    .split(/\s+/).filter(Boolean).map((p) => p.split(':') as [string, string]),
);

const VOWEL = /[aeiouy]/;
const S = 115, D = 100, G = 103; // char codes of the only last letters a regular ending has (-s, -es, -ies, -ed, -ied, -ing)

/** Lower-cased candidate base forms of `word`, the word itself first. */
export function lemmaCandidates(word: string): string[] {
  let w = word.toLowerCase();
  if (w.includes('’')) w = w.replace(/’/g, "'");
  const out = [w];
  const irregular = IRREGULAR[w];
  if (irregular) out.push(irregular);
  const last = w.charCodeAt(w.length - 1);
  if (last !== S && last !== D && last !== G) return out; // most words: nothing to undo (speed)
  if (w.endsWith('ies') && w.length > 4) addCandidate(out, `${w.slice(0, -3)}y`);
  if (w.endsWith('ied') && w.length > 4) addCandidate(out, `${w.slice(0, -3)}y`);
  if (w.endsWith('es') && w.length > 3) { addCandidate(out, w.slice(0, -2)); addCandidate(out, w.slice(0, -1)); }
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) addCandidate(out, w.slice(0, -1));
  if (w.endsWith('ed') && w.length > 4) {
    const stem = w.slice(0, -2);
    addCandidate(out, stem); addCandidate(out, `${stem}e`); addCandidate(out, undouble(stem));
    if (w.endsWith('eed')) addCandidate(out, w.slice(0, -1));
  }
  if (w.endsWith('ing') && w.length > 4) {
    const stem = w.slice(0, -3);
    addCandidate(out, stem); addCandidate(out, `${stem}e`); addCandidate(out, undouble(stem));
  }
  return out;
}

function addCandidate(out: string[], s: string): void {
  if (s.length >= 2 && VOWEL.test(s) && !out.includes(s)) out.push(s);
}

const undouble = (s: string) => (/([bdfgklmnprstvz])\1$/.test(s) ? s.slice(0, -1) : s);

/** Whether the word is an irregular inflected form ("got", "said", "held"). */
export const isIrregularForm = (word: string) => IRREGULAR[word.toLowerCase()] !== undefined && !['people', 'men', 'women', 'children'].includes(word.toLowerCase());

/** A word's candidate lemmas through a memo: each form worked out once (the same words are looked up again and again). */
export type Lemmas = (word: string) => readonly string[];

/** A fresh memo of lemmaCandidates, for one article (never module-wide: no state outlives the caller). */
export function lemmaMemo(): Lemmas {
  const memo = new Map<string, readonly string[]>();
  return (word) => {
    let c = memo.get(word);
    if (c === undefined) memo.set(word, (c = lemmaCandidates(word)));
    return c;
  };
}

/** The first candidate lemma that `known` holds, else undefined. */
export function lemmaIn(word: string, known: { has(k: string): boolean }): string | undefined {
  return lemmaCandidates(word).find((c) => known.has(c));
}

/** The base form when the word is an irregular one ("said" → "say"), else the word in lower case. */
export function baseForm(word: string): string {
  const w = word.toLowerCase().replace(/[’']/g, "'");
  return IRREGULAR[w] ?? w;
}
