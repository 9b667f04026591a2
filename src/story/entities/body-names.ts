import { nameKey } from './names.js';

// Short forms of organisation and facility names. "Betty Ford" is short for "Betty Ford Center"
// and "Betty Ford Clinic" is another name for it (the tails are of one class: places of treatment);
// "Saints" is short for "New Orleans Saints" (a distinctive last word after a capitalised prefix).
// "Foreign Ministry" is not short for "Russian Foreign Ministry": its last word is generic, and
// every country has one.

/** Generic trailing words by class: two names that differ only in tails of one class name one place or body. */
const TAIL_CLASSES: readonly (readonly string[])[] = [
  ['treatment center', 'treatment centre', 'recovery center', 'rehab center', 'rehabilitation center', 'medical center', 'health center', 'center', 'centre', 'clinic', 'hospital', 'rehab', 'recovery'],
  ['stadium', 'arena', 'ballpark', 'dome', 'field'],
  ['inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'llc', 'plc', 'group', 'holdings', 'limited'],
  ['university', 'college', 'school', 'institute'],
  ['department', 'dept', 'service', 'office'],
  ['hotel', 'resort', 'inn'],
  ['church', 'cathedral', 'chapel', 'mosque', 'temple', 'synagogue'],
  ['theatre', 'theater', 'hall', 'auditorium'],
  ['international airport', 'airport'],
  ['correctional facility', 'prison', 'jail', 'penitentiary'],
  ['crown court', 'courthouse', 'court'],
  ['national park', 'park'],
  ['museum', 'gallery'],
];
const TAILS: readonly { words: string; cls: number }[] = TAIL_CLASSES.flatMap((c, cls) => c.map((words) => ({ words, cls })))
  .sort((a, b) => b.words.length - a.words.length);

/** Last words that name a kind of body, not a body: never a short form on their own. */
const GENERIC_HEADS = new Set(('ministry police department government council army court parliament party commission committee agency ' +
  'authority office service forces force university college bank church school hospital union association club group company corporation ' +
  'assembly senate house board bureau guard navy administration cabinet embassy consulate team league federation movement front brigade ' +
  'brigades unit division command center centre institute foundation organization organisation times post news journal').split(' '));

/** Whether the name ends in a word that names a kind of body or facility ("... Foundation", "... Center"): not a person's name. */
export function endsInBodyWord(name: string): boolean {
  const last = nameKey(name).split(' ').at(-1) ?? '';
  return GENERIC_HEADS.has(last) || stemOf(name).cls >= 0;
}

/** The name without its generic tail, and the tail's class (-1 when it has none). */
export function stemOf(name: string): { stem: string; cls: number } {
  const key = nameKey(name);
  for (const t of TAILS)
    if (key.endsWith(` ${t.words}`) && key.length > t.words.length + 1) return { stem: key.slice(0, -t.words.length - 1), cls: t.cls };
  return { stem: key, cls: -1 };
}

/**
 * Two names of one facility or body: equal stems, and tails of one class ("Betty Ford Center" /
 * "Betty Ford Clinic") or a tail on one only ("Betty Ford" / "Betty Ford Center") where the bare
 * stem is not itself a place ("Paris" / "Paris Hospital" are two things).
 */
export function sameBodyName(a: string, b: string, isKnownPlace: (name: string) => boolean): boolean {
  const x = stemOf(a), y = stemOf(b);
  if (x.stem !== y.stem || x.cls === y.cls && x.cls === -1) return false;
  if (x.cls >= 0 && y.cls >= 0) return x.cls === y.cls;
  return !isKnownPlace(x.stem);
}

/** "Saints" of "New Orleans Saints", "Red Sox" of "Boston Red Sox": the last words of a longer name after a capitalised prefix. */
export function isSuffixShortForm(short: string, long: string): boolean {
  const s = nameKey(short), l = nameKey(long);
  if (s.length < 3 || l.length <= s.length || !l.endsWith(` ${s}`)) return false;
  const last = s.split(' ').at(-1)!;
  if (GENERIC_HEADS.has(last)) return false;
  // The prefix is capitalised words (a place, a sponsor), not a description.
  const prefix = long.trim().split(/\s+/).slice(0, -s.split(' ').length);
  return prefix.length > 0 && prefix.every((w) => /^(?:\p{Lu}|the$|The$)/u.test(w));
}
