import type { CameoPattern, CameoVerb } from '../../src/analyze/syntax/cameo.js';

// Reading PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt) into our event lexicon's shape. The file:
//   &NAME then +WORD lines           a synonym set, referred to as &NAME in patterns
//   ---  NAME   [code]  ---          a verb block and its default CAMEO code ([---]: no event)
//   WORD {FORMS} [code]              a verb of the block (its own code when given); +A_B: a multi-word verb
//   - pre * post [code]  # VERB      a pattern: * is the verb; words after it are its object, (PREP X)
//                                    a prepositional phrase, {A B} a multi-word noun, A/B alternatives,
//                                    $ + ^ % mark where the source or target stands (any words)
// Codes "A:B" code the event A (B is for the target); "[:B]" codes only the target side: the subject
// undergoes it ("faced charges"), so it is no act of the subject's and we keep it as "no event".

/** Words that stand right after a verb as its particle ("put off", "set up"): a closed class of English. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'away', 'over', 'forward', 'aside', 'on', 'in']);
/** Words that mark where the source or the target stands: any words there. */
const PLACEHOLDERS = new Set(['$', '+', '^', '%']);
/** A noun phrase longer than this (or holding a function word) is a stretch of text we cannot check on the parse. */
const MAX_PHRASE_WORDS = 3;
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'when', 'of', 'to', 'that', 'and', 'or', 'from', 'by', 'with', 'as', 'at', 'for', 'into', 'in', 'on']);

export interface CameoDictionary {
  sets: Record<string, string[]>;
  verbs: Record<string, CameoVerb>;
  /** Patterns or verbs left out, by reason (for the build's summary). */
  skipped: Record<string, number>;
}

/** A dictionary word as we write it: lower case, `_` as a space, PETRARCH's trailing `_` (no inflection) dropped. */
export const word = (w: string) => w.toLowerCase().replace(/_+$/, '').replace(/_/g, ' ');

/** The code of a bracket: '190', null for no event ('---', or only a target side). */
export function codeOf(bracket: string): string | null {
  const first = bracket.replace(/!/g, '').split(':')[0]!.trim();
  return /^\d{2,4}$/.test(first) ? first : null;
}

export function readCameoDictionary(text: string): CameoDictionary {
  const sets: Record<string, string[]> = {};
  const verbs = new Map<string, CameoVerb>();
  const skipped: Record<string, number> = {};
  const skip = (why: string) => { skipped[why] = (skipped[why] ?? 0) + 1; };
  let set: string | undefined;
  let block: { code: string | null; verbs: string[]; patterns: { pattern: CameoPattern; from: string }[] } | undefined;
  const flush = () => {
    if (!block) return;
    const upper = new Set(block.verbs);
    for (const { pattern, from } of block.patterns) {
      // a pattern belongs to the verb it was written for (its comment) when that verb is in the block
      const owners = upper.has(from) ? [from] : block.verbs;
      for (const v of owners) verbs.get(v)!.patterns.push(pattern);
    }
    block = undefined;
  };
  for (const raw of text.split(/\r?\n/)) {
    const [body = '', comment = ''] = splitComment(raw);
    const line = body.trim();
    if (!line) { set = undefined; continue; }
    const head = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
    if (head) { flush(); set = undefined; block = { code: codeOf(head[2]!), verbs: [], patterns: [] }; continue; }
    if (line.startsWith('&') && !block) { set = word(line.slice(1)); sets[set] = []; continue; }
    if (set && line.startsWith('+')) { sets[set]!.push(word(line.slice(1).trim())); continue; }
    if (!block) continue;
    if (line.startsWith('-')) {
      const made = readPattern(line.slice(1), comment);
      if (typeof made === 'string') skip(made);
      else block.patterns.push({ pattern: made, from: word(comment.trim().split(/\s+/)[0] ?? '') });
      continue;
    }
    // a verb line: WORD or +MULTI_WORD, its forms in braces, its own code in brackets
    const m = /^\+?([A-Z][A-Z_'-]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?/.exec(line);
    if (!m) { skip('unread verb line'); continue; }
    const name = word(m[1]!);
    if (/ (?:and|or)\b/.test(name) || / by$/.test(name)) { skip('verb phrase of two verbs'); continue; }
    const code = m[2] !== undefined ? codeOf(m[2]) : block.code;
    block.verbs.push(name);
    const known = verbs.get(name);
    if (known) { if (known.code === null && code !== null) known.code = code; continue; }  // the first block that codes it
    verbs.set(name, { code, patterns: [] });
  }
  flush();
  const sorted: Record<string, CameoVerb> = {};
  for (const k of [...verbs.keys()].sort()) sorted[k] = verbs.get(k)!;
  return { sets, verbs: sorted, skipped };
}

function splitComment(line: string): [string, string] {
  const k = line.indexOf('#');
  return k < 0 ? [line, ''] : [line.slice(0, k), line.slice(k + 1)];
}

/** One pattern line (after its '-'), or why it was left out. */
export function readPattern(line: string, _comment = ''): CameoPattern | string {
  const bracket = /\[([^\]]*)\]\s*$/.exec(line.trim());
  if (!bracket) return 'pattern without code';
  const code = codeOf(bracket[1]!);
  const items = tokenize(line.trim().slice(0, bracket.index).trim());
  const star = items.indexOf('*');
  if (star < 0) return 'pattern without verb';
  const pattern: CameoPattern = { code };
  const subject = phrase(items.slice(0, star).filter((w) => !PLACEHOLDERS.has(w)));
  if (subject === null) return 'unreadable subject';
  if (subject) pattern.subj = subject;
  const after = items.slice(star + 1);
  const pps: string[][] = [];
  const objectWords: string[] = [];
  for (const item of after) {
    if (item.startsWith('(')) {
      const inner = tokenize(item.slice(1, -1));
      const prep = inner[0];
      if (!prep || prep.startsWith('{') || prep.startsWith('&')) return 'unreadable phrase';
      const np = phrase(inner.slice(1).filter((w) => !PLACEHOLDERS.has(w)));
      if (np === null) return 'unreadable phrase';
      pps.push(np ? [word(prep), np] : [word(prep)]);
    } else if (!PLACEHOLDERS.has(item)) {
      if (pps.length) return 'words after a phrase';
      objectWords.push(item);
    }
  }
  if (objectWords.length && PARTICLES.has(word(objectWords[0]!))) pattern.prt = word(objectWords.shift()!);
  const object = phrase(objectWords);
  if (object === null) return 'unreadable object';
  if (object) pattern.obj = object;
  if (pps.length) pattern.pp = pps;
  if (!pattern.obj && !pattern.pp && !pattern.prt && !pattern.subj) return 'pattern with no argument';
  return pattern;
}

/** Splits on spaces, keeping (...) and {...} together. */
function tokenize(s: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (const ch of s) {
    if (ch === '(' || ch === '{') depth++;
    if (ch === ')' || ch === '}') depth--;
    if (/\s/.test(ch) && depth === 0) { if (cur) out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** A noun phrase as one string ("humanitarian aid", "&weapon attack", "bombing/explosion"); '' when empty, null when unreadable. */
function phrase(items: readonly string[]): string | null {
  const words = items.flatMap((it) => (it.startsWith('{') ? tokenize(it.slice(1, -1)) : [it]));
  if (!words.length) return '';
  if (words.length > MAX_PHRASE_WORDS) return null;
  const out: string[] = [];
  for (const w of words) {
    if (!/^&?[A-Z][A-Z0-9_'/-]*$/.test(w)) return null;
    const alts = w.split('/').map(word);
    if (alts.some((a) => FUNCTION_WORDS.has(a))) return null;
    out.push(w.startsWith('&') ? `&${word(w.slice(1))}` : alts.join('/'));
  }
  return out.join(' ');
}
