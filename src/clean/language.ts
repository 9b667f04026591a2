import { franc } from 'franc-min';
import type { Segment } from '../core/model.js';

/** ISO 639-3 code of the body text (`und` when there is too little to tell). */
export function identifyLanguage(text: string, segments: readonly Segment[]): string {
  const body = segments.filter((s) => s.kind === 'body' || s.kind === 'title').map((s) => text.slice(s.start, s.end)).join(' ');
  // Trigram profiles settle within a few hundred characters; more only costs time.
  const sample = (body.trim() ? body : text).slice(0, 800);
  return franc(sample, { minLength: 40 });
}
