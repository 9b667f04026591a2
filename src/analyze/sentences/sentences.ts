import type { Segment, Sentence, Token } from '../../core/model.js';

// Words that end in a period without ending a sentence ("Dr. Peskov", "Gen. Smith", "Jan. 5").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cmdr',
  'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'no', 'nos', 'vs', 'v', 'etc', 'approx',
  'inc', 'corp', 'ltd', 'co', 'bros', 'dept', 'univ', 'assn', 'est', 'fig', 'vol', 'p', 'pp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // streets and addresses ("947 W. Lake Mead Blvd., near ...", "14th Ave. and Second Street")
  'ave', 'blvd', 'rd', 'hwy', 'pkwy', 'ln', 'apt', 'ste', 'bldg', 'twp',
]);
// The AP's abbreviations of US states, written capitalised ("NASHVILLE, Tenn. (WKRN) -", "in Lansing, Mich. on
// Sunday"): several are words in lower case ("ill.", "miss."), so only the capitalised form is one.
const STATE_ABBREVIATIONS = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass',
  'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
]);
const TERMINAL = /^[.!?…]$|^[.!?]{2,}$/;
const CLOSING = /^["'”’»)\]]$/;

/**
 * Sentences of each segment: a sentence ends at a terminal mark (plus closing quotes or brackets)
 * followed by a token that can open a sentence, and always at a line break. Abbreviations and
 * single-letter initials do not end sentences. Sentences never cross segment boundaries.
 */
export function splitSentences(text: string, tokens: readonly Token[], segments: readonly Segment[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  for (const seg of segments) {
    while (t < tokens.length && tokens[t]!.start < seg.start) t++;
    let first = t;
    const close = (last: number) => {
      if (last < first) return;
      const start = tokens[first]!.start, end = tokens[last]!.end;
      sentences.push({ start, end, text: text.slice(start, end), tokenStart: first, tokenEnd: last + 1 });
      first = last + 1;
    };
    for (; t < tokens.length && tokens[t]!.end <= seg.end; t++) {
      const next = tokens[t + 1];
      const inSegment = next !== undefined && next.end <= seg.end;
      if (!inSegment) { close(t); continue; }
      if (text.slice(tokens[t]!.end, next.start).includes('\n')) { close(t); continue; }
      if (!TERMINAL.test(tokens[t]!.text)) continue;
      if (tokens[t]!.text === '.' && t > first && isAbbreviation(tokens[t - 1]!, tokens[t]!)) continue;
      // Keep closing quotes and brackets with the sentence they close.
      let last = t;
      while (tokens[last + 1] && tokens[last + 1]!.end <= seg.end && CLOSING.test(tokens[last + 1]!.text)
        && tokens[last + 1]!.start === tokens[last]!.end) last++;
      const after = tokens[last + 1];
      if (after && after.end <= seg.end && !opensSentence(after.text)) continue;
      // "a .22 revolver", ".45-caliber": a point touching the digits after it is part of a calibre, not a full stop
      if (after && last === t && after.start === tokens[t]!.end && /^\d/.test(after.text)) continue;
      t = last;
      close(last);
    }
  }
  return sentences;
}

function isAbbreviation(word: Token, period: Token): boolean {
  if (word.end !== period.start) return false;
  return ABBREVIATIONS.has(word.text.toLowerCase()) || STATE_ABBREVIATIONS.has(word.text) || /^\p{Lu}$/u.test(word.text);
}

/** A lower-case word, or a comma, semicolon or colon ("CONGRESS TWP., Wayne County"), never opens a sentence. */
function opensSentence(word: string): boolean {
  return !/^[\p{Ll},;:]/u.test(word);
}
