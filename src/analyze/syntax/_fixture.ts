import type { EntityType, Mention, Segment, Sentence, SentenceSyntax, Token } from '../../core/model.js';
import type { SyntaxAnalyzer } from '../../core/stage.js';
import { splitSentences } from '../sentences/sentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { parseSentences } from './parse.js';

// For tests: an article of our own sentences with the entity mentions we say it has, so that the
// quote and event tests do not depend on which recogniser the pipeline runs.

export interface Fixture {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  segments: Segment[];
  syntax: SentenceSyntax[];
}

/** `names` maps each name to its type; every occurrence of it (as whole words) becomes a mention. `analyzer`: the
 * trained tagger and parser (loadSyntaxModelSync), else the rules fill the syntax layer's tokens. */
export function fixture(text: string, names: Readonly<Record<string, EntityType>>, segments?: Segment[], analyzer?: SyntaxAnalyzer): Fixture {
  const segs = segments ?? [{ start: 0, end: text.length, kind: 'body' }];
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, segs);
  const mentions: Mention[] = [];
  for (const [name, type] of Object.entries(names).sort((a, b) => b[0].length - a[0].length)) {
    const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index, end = start + name.length;
      if (mentions.some((x) => x.start < end && start < x.end)) continue;
      mentions.push({ start, end, text: name, type });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { text, tokens, sentences, mentions, segments: segs, syntax: parseSentences(text, tokens, sentences, mentions, analyzer) };
}
