import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

// franc's decision (franc-min 6: the script that most characters are written in, then the language
// whose trigram profile lies nearest the sample's), reached with less work. franc looks each of the
// sample's trigrams up in each language's object and sorts every language; here each trigram any
// profile lists has a number, each profile is an array of ranks by that number (built once), a
// trigram no profile lists costs every language the same, and a language stops being scored once its
// distance passes the best one (distances only grow). The figures are franc's own: language.test.ts
// checks the two agree.

/** franc's penalty for a trigram that a language's profile lacks, and the longest sample it reads. */
const MAX_DIFFERENCE = 300;
const MAX_LENGTH = 2048;
const ABSENT = -1;

/** A number for each trigram that some profile lists. */
const TRIGRAM_IDS = new Map<string, number>();
for (const languages of Object.values(data)) for (const model of Object.values(languages)) for (const t of model.split('|')) if (!TRIGRAM_IDS.has(t)) TRIGRAM_IDS.set(t, TRIGRAM_IDS.size);

/**
 * The same numbers by a trigram's code, so a sample's trigrams are never cut out as strings: three
 * UTF-16 code units below 1024 (Latin, Greek, Cyrillic: most text) packed in 30 bits, a small integer
 * that a Map hashes without allocating; any other trigram keeps its string.
 */
const PACKED = 1024;
const TRIGRAM_IDS_BY_CODE = new Map<number | string, number>();
for (const [t, id] of TRIGRAM_IDS) if (t.length === 3) TRIGRAM_IDS_BY_CODE.set(trigramCode(t, 0), id);

function trigramCode(s: string, i: number): number | string {
  const a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
  return a < PACKED && b < PACKED && c < PACKED ? (a << 20) | (b << 10) | c : s.slice(i, i + 3);
}

/** Per script (only those franc has several languages for), each language's rank of every numbered trigram, in franc's order. */
const PROFILES: ReadonlyMap<string, readonly (readonly [string, Int16Array])[]> = new Map(
  Object.entries(data).map(([script, languages]) => [script, Object.entries(languages).map(([code, model]) => [code, ranksOf(model)] as const)]),
);

/** A language's rank of each trigram (ABSENT when unlisted); a trigram listed twice keeps its first rank, as franc's object does. */
function ranksOf(model: string): Int16Array {
  const trigrams = model.split('|'), ranks = new Int16Array(TRIGRAM_IDS.size).fill(ABSENT);
  for (let rank = trigrams.length - 1; rank >= 0; rank--) ranks[TRIGRAM_IDS.get(trigrams[rank]!)!] = rank;
  return ranks;
}

/** The sample's distinct listed trigrams (their numbers and counts), and what the unlisted ones cost any language. */
interface Trigrams { ids: Int32Array; counts: Int32Array; unlisted: number }

/** The sample's trigrams, cleaned as trigram-utils cleans them (the package franc reads them with). */
function sampleTrigrams(value: string): Trigrams {
  const padded = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const seen = new Map<number | string, number>(), ids: number[] = [], counts: number[] = [];
  let unlisted = 0;
  for (let i = 0; i + 3 <= padded.length; i++) {
    const t = trigramCode(padded, i), at = seen.get(t);
    if (at !== undefined) { if (at >= 0) counts[at]!++; continue; }
    const id = TRIGRAM_IDS_BY_CODE.get(t);
    if (id === undefined) { seen.set(t, -1); unlisted += MAX_DIFFERENCE; continue; }
    seen.set(t, ids.length); ids.push(id); counts.push(1);
  }
  return { ids: Int32Array.from(ids), counts: Int32Array.from(counts), unlisted };
}

/** franc's distance of a sample from one profile, or any number above `bound` once it is sure to pass it. */
function distance({ ids, counts, unlisted }: Trigrams, ranks: Int16Array, bound: number): number {
  let d = unlisted;
  for (let i = 0; i < ids.length; i++) {
    const rank = ranks[ids[i]!]!;
    d += rank === ABSENT ? MAX_DIFFERENCE : Math.abs(counts[i]! - rank - 1);
    if (d > bound) return d;
  }
  return d;
}

/** The script most of the sample's characters belong to (franc's getTopScript: the first of equals). */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined, topCount = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) { topCount = count; top = script; }
  }
  return [top, topCount];
}

/**
 * The language franc ranks first for `value` (ISO 639-3, `und` when it cannot tell) and, when
 * `withEnglish`, English's score as francAll gives it (1 for the best language, lower further off;
 * 0 when the script has no English profile; 0 too when not `withEnglish`).
 */
export function nearestLanguage(value: string, minLength: number, withEnglish: boolean): { best: string; english: number } {
  if (!value || value.length < minLength) return { best: 'und', english: 0 };
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const languages = script === undefined ? undefined : PROFILES.get(script);
  if (!languages) return { best: script === undefined || share === 0 ? 'und' : script, english: 0 };
  const trigrams = sampleTrigrams(value);
  // English first (what most articles are): scored in full, it bounds the others from the start
  const englishProfile = languages.find(([code]) => code === 'eng');
  const englishDistance = englishProfile ? distance(trigrams, englishProfile[1], Infinity) : Infinity;
  let best = 'und', bestDistance = Infinity;
  // in franc's order, a later language wins only by a smaller distance (its sort is stable), so a
  // language is dropped only once it is past both the best so far and English
  for (const [code, ranks] of languages) {
    const d = code === 'eng' ? englishDistance : distance(trigrams, ranks, Math.min(bestDistance, englishDistance));
    if (d < bestDistance) { best = code; bestDistance = d; }
  }
  if (!withEnglish) return { best, english: 0 };
  if (!englishProfile) return { best, english: 0 };
  // francAll's normalisation of a distance against the best one
  const max = value.length * MAX_DIFFERENCE - bestDistance;
  return { best, english: 1 - (englishDistance - bestDistance) / max || 0 };
}
