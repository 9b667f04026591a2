import { nearestLanguage } from './language-profiles.js';
import type { Segment } from '../core/model.js';

// franc's trigram profiles need text to settle. Chosen on windows cut from ECB+ dev (English news): of 2,496 windows of 200+ characters none was called another
// language; of windows of 150 characters 0.9% were, of 60 characters 12.6%. Below SURE_CHARS another
// language is named only when English scores clearly below it (under 0.8 of the best score: no English
// window of 100+ characters and 0.9% of 60-character ones fell that far), else the text is undetermined.
const MIN_CHARS = 40;
const SURE_CHARS = 200;
const ENGLISH_CLEARLY_BEHIND = 0.8;
/** Trigram profiles settle within a few hundred characters; more only costs time. */
const SAMPLE_CHARS = 800;

/** ISO 639-3 code of the body text: `und` (undetermined, analysed as English) when it is too short to tell. */
export function identifyLanguage(text: string, segments: readonly Segment[]): string {
  const body = segments.filter((s) => s.kind === 'body' || s.kind === 'title').map((s) => text.slice(s.start, s.end)).join(' ');
  return languageOf((body.trim() ? body : text).slice(0, SAMPLE_CHARS));
}

/** The language of a sample, judged only as far as its length allows. */
export function languageOf(sample: string): string {
  const chars = sample.replace(/\s+/g, ' ').trim().length;
  if (chars < MIN_CHARS) return 'und';
  // franc's ranking; English's own score is needed only for a sample too short to be sure of
  const { best, english } = nearestLanguage(sample, MIN_CHARS, chars < SURE_CHARS);
  if (chars >= SURE_CHARS || best === 'eng' || best === 'und') return best;
  return english < ENGLISH_CLEARLY_BEHIND ? best : 'und';
}
