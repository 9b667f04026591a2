import type { Mention, Sentence, Token } from '../../core/model.js';
import { isHeadline } from '../sentences/headline.js';
import { hasLetter, isAllCaps, isCapitalized, normalizeToken } from './normalize.js';
import { type TokenSpan, bilouToSpans } from './tags.js';
import type { EntityRecognizer } from './types.js';

/** Anything that tags a document, given as sentences of token texts, with BILOU tag ids (tags.ts). */
export interface DocumentTagger {
  tagDocument(sentences: readonly (readonly string[])[]): Uint8Array[];
}

/** Sentences as token index ranges; tokens outside every sentence form their own runs. */
function sentenceRanges(tokens: readonly Token[], sentences: readonly Sentence[]): [number, number][] {
  const ranges: [number, number][] = [];
  let next = 0;
  for (const s of sentences) {
    if (s.tokenStart > next) ranges.push([next, s.tokenStart]);
    if (s.tokenEnd > s.tokenStart) ranges.push([Math.max(s.tokenStart, next), s.tokenEnd]);
    next = Math.max(next, s.tokenEnd);
  }
  if (next < tokens.length) ranges.push([next, tokens.length]);
  return ranges.filter(([a, b]) => b > a);
}

/**
 * The trained tagger as an EntityRecognizer. The whole article is one document (so the second pass
 * sees every sentence); each predicted span of tokens becomes a Mention of the text. Then a few
 * conventions of real news text that CoNLL-2003 does not follow (see `refine`).
 */
export class PerceptronRecognizer implements EntityRecognizer {
  readonly name = 'perceptron';
  constructor(private readonly tagger: DocumentTagger) {}

  recognize(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Mention[] {
    const ranges = sentenceRanges(tokens, sentences);
    const words = ranges.map(([a, b]) => tokens.slice(a, b).map((t) => t.text));
    const tags = this.tagger.tagDocument(words);
    const found: { mention: Mention; unsure: boolean }[] = [];
    // the article's words in lower case in running prose, read once (not a scan of the text per name)
    let prose: ReadonlySet<string> | undefined;
    const commonElsewhere = (names: readonly string[]) => isCommonIn(prose ??= proseWords(text), names);
    ranges.forEach(([a, b], si) => {
      const spans = refine(words[si]!, bilouToSpans(tags[si]!));
      const headline = isHeadline(tokens, { tokenStart: a, tokenEnd: b });
      for (const span of spans) {
        const first = tokens[a + span.start]!, last = tokens[a + span.end - 1]!;
        const w = words[si]!;
        // where capitals say nothing, in a headline and on a sentence's first word, a name the article writes in
        // lower case elsewhere is unsure ("Was Murder-Suicide, Authorities Say", "— Authorities say" over "authorities say"),
        // unless set after a preposition of place ("Shooting in Mobile")
        const unsure = (headline && !LOCATIVE.test(w[span.start - 1] ?? '') && commonElsewhere(w.slice(span.start, span.end)))
          || (span.end - span.start === 1 && opensSentence(w, span.start) && commonElsewhere([w[span.start]!]));
        found.push({ mention: { start: first.start, end: last.end, text: text.slice(first.start, last.end), type: span.type }, unsure });
      }
    });
    // an unsure name stays when a sure name of the article holds its words ("Head was convicted" after "Christopher D. Head")
    const sureWords = new Set(found.filter((f) => !f.unsure).flatMap((f) => f.mention.text.split(/\s+/)));
    return found.filter((f) => !f.unsure || f.mention.text.split(/\s+/).every((x) => sureWords.has(x))).map((f) => f.mention);
  }
}

/** Prepositions of place: the name after one is a place's even in a headline ("Shooting in Mobile"). */
const LOCATIVE = /^(?:in|near|from|outside|at)$/i;

/** Whether the token opens its sentence, or the sentence after a dateline ("MINNEAPOLIS (WCCO) — Authorities say"). */
function opensSentence(words: readonly string[], k: number): boolean {
  return k === 0 || /^[—–-]{1,2}$/.test(words[k - 1] ?? '');
}

/**
 * The words a text writes in lower case in running prose: between spaces, or before a stop (not inside an address,
 * "/mesa-police", "@mesapd").
 */
function proseWords(text: string): Set<string> {
  return new Set(text.match(/(?<=\s)[\p{Ll}][\p{L}\p{M}'’-]*(?=[\s,.;:!?])/gu) ?? []);
}

/** Whether each word of a name (with a letter) is one the text writes in lower case in its prose. */
function isCommonIn(prose: ReadonlySet<string>, words: readonly string[]): boolean {
  const letters = words.filter((w) => /\p{L}/u.test(w));
  return letters.length > 0 && letters.every((w) => {
    const low = w.toLowerCase();
    // (a word in capitals is set so on purpose: "ENGLAND V PAKISTAN")
    return low !== w && /^\p{Lu}\p{Ll}/u.test(w) && prose.has(low);
  });
}

const AGENCY = /^(?:REUTERS|Reuters|AFP|AP|PHOTO|Photo|GETTY|Getty|IMAGES|Images|EPA|TASS|XINHUA|Xinhua|ANADOLU|SPUTNIK|Sputnik|POOL|Pool|AAP|DPA|UPI)$/;
const BYLINE_VERB = /^(?:reporting|writing|editing|compiled|additional|photo|photos|produced|graphics?)$/i;
/** Seats of government that stand for the government itself: ORG in news, LOC in CoNLL-2003. */
const SEATS = new Set(['kremlin', 'white house', 'pentagon', 'elysee', 'élysée', 'elysee palace', 'élysée palace']);
const MINISTRY = /^(?:ministry|office|department|embassy|army|navy|parliament|government)$/i;

/**
 * Real-text conventions on one sentence's spans:
 *  - a person in a photo credit ("REUTERS/Yosri Aljamal", "AFP PHOTO / JOHN DOE") or in a
 *    reporting credit ("(Reporting by ..., Editing by ...)") is a by-line, not a mention: dropped;
 *  - a seat of government acting for it ("the Kremlin said") is an ORG;
 *  - a demonym right before an organisation ("Israeli" + "Foreign Ministry") is part of its name;
 *  - a leading "The" is not ("The Wall Street Journal" -> "Wall Street Journal"), so that names
 *    match however an article introduces them.
 */
export function refine(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const norm = words.map(normalizeToken);
  const credits = norm.some((w, i) => BYLINE_VERB.test(w) && norm[i + 1]?.toLowerCase() === 'by');
  const out: TokenSpan[] = [];
  for (const span of spans) {
    if (span.type === 'PER' && (credits || isPhotoCredit(norm, span))) continue;
    // "(Photo: Jane Roe/The Daily)": the label of a credit is no name, and the person it credits took the picture, no part of the story
    if (span.end - span.start === 1 && norm[span.end] === ':' && CREDIT_LABEL.test(norm[span.start]!)) continue;
    // (whoever it credits, a photographer, an agency or a studio: "Photo: Pro 21 Video")
    if (span.start >= 2 && norm[span.start - 1] === ':' && CREDIT_LABEL.test(norm[span.start - 2]!)) continue;
    // a gallery's controls are no name ("Video Image 1 of 8", "Caption Close Image")
    if (norm.slice(span.start, span.end).every((w) => GALLERY_WORD.test(w))) continue;
    const text = norm.slice(span.start, span.end).join(' ').toLowerCase();
    const s: TokenSpan = { ...span };
    if (s.end - s.start >= 2 && /^the$/i.test(norm[s.start]!)) s.start++;
    if (s.type === 'LOC' && SEATS.has(text)) s.type = 'ORG';
    // a name after a person's title is a person's ("Lt. Mike Ireland", "Sgt. Ireland"), unless its last word says otherwise
    const titled = PERSON_TITLE.test(norm[s.start - 1] ?? '') || (norm[s.start - 1] === '.' && PERSON_TITLE.test(norm[s.start - 2] ?? ''));
    if (titled && s.type !== 'PER' && !PLACE_HEAD.test(norm[s.end - 1]!) && !ORG_HEAD.test(norm[s.end - 1]!)) s.type = 'PER';
    // a name whose last word says it is a road or a division of land is a place ("Agnes Road", "Wayne County"), whatever its first words
    else if (s.end - s.start >= 2 && s.type !== 'LOC' && PLACE_HEAD.test(norm[s.end - 1]!)) s.type = 'LOC';
    // and one whose last word says it is a body of people is an organisation ("Gordon Advisors", "Mercy Hospital")
    else if (s.end - s.start >= 2 && s.type === 'PER' && ORG_HEAD.test(norm[s.end - 1]!)) s.type = 'ORG';
    const prev = out[out.length - 1];
    // "St. Louis", "Mt. Juliet", "St. Luke's Hospital": the tagger, which learnt "St." as one token, reads "St" and
    // the name after its period apart ("Louis" a person); they are one name, a place unless the second part says otherwise
    // ("Port St. Lucie", "Bay St. Louis": the abbreviation may end a longer first part)
    if (prev && SAINT_MOUNT_FORT.test(norm[prev.end - 1]!) && norm[prev.end] === '.' && s.start === prev.end + 1) {
      prev.end = s.end;
      if (s.type !== 'PER') prev.type = s.type;
      continue;
    }
    // (the abbreviation left untagged: "Mt. Juliet" read as "Juliet")
    if (s.start >= 2 && norm[s.start - 1] === '.' && SAINT_MOUNT_FORT.test(norm[s.start - 2]!) && !(prev && prev.end > s.start - 2)) {
      s.start -= 2;
      if (s.type === 'PER' || s.type === 'MISC') s.type = 'LOC';
    }
    if (prev && prev.type === 'MISC' && prev.end === s.start && prev.end - prev.start === 1 && s.type === 'ORG'
      && MINISTRY.test(norm[s.end - 1]!)) {
      prev.end = s.end;
      prev.type = 'ORG';
      continue;
    }
    out.push(s);
  }
  // ("St. Mary" with "Mary" left untagged: the capitalised words after the period)
  for (const s of out) {
    if (s.end - s.start !== 1 || !SAINT_MOUNT_FORT.test(norm[s.start]!) || norm[s.end] !== '.') continue;
    let end = s.end + 1;
    while (end < norm.length && end < s.end + 4 && isCapitalized(norm[end]!) && !out.some((o) => o.start === end)) end++;
    if (end > s.end + 1) s.end = end;
  }
  return out;
}

/** Last words that make a name a place's: roads and divisions of land. */
const PLACE_HEAD = /^(?:Street|St|Avenue|Ave|Road|Rd|Drive|Boulevard|Blvd|Lane|Ln|Highway|Hwy|Parkway|Pkwy|Court|Terrace|County|Parish|Township)$/;

/** Titles written before a person's name (with or without their period). */
const PERSON_TITLE = /^(?:Lt|Sgt|Det|Cpl|Capt|Col|Gen|Maj|Insp|Supt|Cmdr|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Rev|Officer|Detective|Deputy|Sheriff|Trooper|Sergeant|Lieutenant|Captain|Corporal)\.?$/;

/** Labels a photo or video credit opens with. */
const CREDIT_LABEL = /^(?:Photo|Photos|Photograph|Image|Images|Picture|Video|Credit|Courtesy|File)$/;

/** Words of a photo gallery's controls and labels. */
const GALLERY_WORD = /^(?:Photo|Photos|Image|Images|Video|Videos|Caption|Captions|Close|Gallery|Slideshow|Enlarge|Expand|Hide|Show)$/;

/** Last words that make a name an organisation's. */
const ORG_HEAD = /^(?:Inc|Corp|Corporation|Company|Ltd|LLC|Group|Associates|Advisors|Advisers|Partners|Bank|University|College|School|Hospital|Department|Agency|Association|Council|Committee|Foundation|Institute|Ministry|Church|Club)$/;

/** Abbreviations that open a place's name ("St. Louis", "Mt. Juliet", "Ft. Myers"). */
const SAINT_MOUNT_FORT = /^(?:St|Ste|Mt|Ft|Pt)$/;

/** "REUTERS/Yosri Aljamal", "AFP PHOTO / JOHN DOE", "Photo: Jane Doe/Reuters". */
function isPhotoCredit(words: readonly string[], span: TokenSpan): boolean {
  const prev = span.start > 0 ? words[span.start - 1]! : '';
  const prev2 = span.start > 1 ? words[span.start - 2]! : '';
  const next = words[span.end] ?? '', next2 = words[span.end + 1] ?? '';
  if (prev === '/' && (AGENCY.test(prev2) || isAllCaps(prev2))) return true;
  if (next === '/' && AGENCY.test(next2)) return true;
  if (AGENCY.test(prev) && isAllCaps(prev)) {
    for (let i = span.start; i < span.end; i++) if (hasLetter(words[i]!) && !isAllCaps(words[i]!)) return false;
    return true;
  }
  return false;
}
