import type { Sentence } from '../../core/model.js';
import type { Proposed } from './proposals.js';
import { tenseAround } from './tense.js';

// A year on its own ("in 2014", "since 1948"), which chrono leaves alone. Only after a word that
// makes it a time ("in", "since", "by" ...), and not when a plural noun follows ("in 2000 cases").
const YEAR = /\b(?:in|since|by|until|till|through|from|to|of|during|before|after|between|and|early|late|mid-|around|circa|spring|summer|autumn|fall|winter)\s*((?:1[6-9]|20)\d{2})(?![\d%]|[-–]\d|s\b|\s*(?:percent|per cent)\b)/gi;
const PLURAL_AFTER = /^\s+(?:(?!(?:is|was|has|this|thus|as|its|us|plus|versus|whereas)\b)[a-z]+s|people|men|women|children)\b/;
// A year naming a thing: "the 2020 elections", "a 1922 report" (the noun after it is the thing, not a count).
const ATTRIBUTIVE = /\b(?:the|a|an|its|their|his|her|our|this|that)\s+((?:1[6-9]|20)\d{2})(?=\s+[\p{L}“"‘'])(?![\d%])/giu;

/** The year both patterns hold: a sentence without one is not scanned by either (speed). */
const HAS_YEAR_DIGITS = /(?:1[6-9]|20)\d{2}/;

export function proposeYears(sentence: Sentence): Proposed {
  const out: Proposed = { proposals: [], dropped: [] };
  if (!HAS_YEAR_DIGITS.test(sentence.text)) return out;
  for (const m of sentence.text.matchAll(ATTRIBUTIVE)) {
    const local = m.index! + m[0].length - m[1]!.length;
    out.proposals.push({
      start: sentence.start + local, end: sentence.start + local + m[1]!.length, text: m[1]!, form: 'absolute', grain: 'year',
      year: Number(m[1]), tense: tenseAround(sentence.text, local, local + m[1]!.length),
    });
  }
  for (const m of sentence.text.matchAll(YEAR)) {
    const local = m.index! + m[0].length - m[1]!.length;
    const start = sentence.start + local, end = start + m[1]!.length;
    if (PLURAL_AFTER.test(sentence.text.slice(local + m[1]!.length))) {
      out.dropped.push({ start, end, text: m[1]!, rule: 'date-year-counts', why: 'a number before a plural noun counts things' });
      continue;
    }
    out.proposals.push({
      start, end, text: m[1]!, form: 'absolute', grain: 'year', year: Number(m[1]),
      tense: tenseAround(sentence.text, local, local + m[1]!.length),
    });
  }
  return out;
}
