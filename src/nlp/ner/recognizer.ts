import type { Mention, Sentence, Token } from '../../model.js';
import type { NerModel } from './model.js';
import { isAllCaps, hasLetter } from './normalize.js';
import { bilouToSpans } from './tags.js';
import type { EntityRecognizer } from './types.js';

/** Sentences as token index ranges; tokens outside every sentence form their own runs. */
function sentenceRanges(tokens: readonly Token[], sentences: readonly Sentence[]): [number, number][] {
  const ranges: [number, number][] = [];
  let next = 0;
  for (const s of sentences) {
    if (s.tokenStart > next) ranges.push([next, s.tokenStart]);
    if (s.tokenEnd > s.tokenStart) ranges.push([s.tokenStart, s.tokenEnd]);
    next = Math.max(next, s.tokenEnd);
  }
  if (next < tokens.length) ranges.push([next, tokens.length]);
  return ranges;
}

/**
 * The trained tagger as an EntityRecognizer: the whole article is one document (so the second
 * pass sees every sentence), and each predicted span of tokens becomes a Mention of the text.
 */
export class PerceptronRecognizer implements EntityRecognizer {
  readonly name = 'perceptron';
  constructor(private readonly model: NerModel) {}

  recognize(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Mention[] {
    const ranges = sentenceRanges(tokens, sentences);
    const words = ranges.map(([a, b]) => tokens.slice(a, b).map((t) => t.text));
    const tags = this.model.tagDocument(words);
    const mentions: Mention[] = [];
    ranges.forEach(([a], si) => {
      const sentWords = words[si]!;
      for (const span of bilouToSpans(tags[si]!)) {
        if (span.type === 'PER' && isCreditLike(sentWords, span.start, span.end)) continue;
        const first = tokens[a + span.start]!, last = tokens[a + span.end - 1]!;
        mentions.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), type: span.type });
      }
    });
    return mentions;
  }
}

/**
 * A person name in a shouting credit or caption line ("REUTERS/YOSRI ALJAMAL", "AFP PHOTO / ...")
 * is a by-line, not someone the story is about: every word of the span is upper case and a
 * slash or an agency word sits right before it.
 */
function isCreditLike(words: readonly string[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (hasLetter(words[i]!) && !isAllCaps(words[i]!)) return false;
  const prev = start > 0 ? words[start - 1]! : '';
  return prev === '/' || /^(?:REUTERS|AFP|AP|PHOTO|GETTY|IMAGES|EPA|TASS|XINHUA|ANADOLU|SPUTNIK)$/.test(prev);
}
