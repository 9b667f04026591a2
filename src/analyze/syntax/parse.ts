import type { Mention, Sentence, SentenceSyntax, SyntaxToken, Token } from '../../core/model.js';
import type { SyntaxAnalyzer } from '../../core/stage.js';
import type { EventTyping } from './cameo.js';
import { isHeadline } from '../sentences/headline.js';
import { findPhrases, viewSentence } from './args.js';
import { verbGroup } from './clause.js';
import { findPredicates } from './triggers.js';
import { lemmaMemo, type Lemmas } from './lemma.js';
import { udTokens } from './ud.js';

// The layer's UD tokens come from the trained tagger and parser when one is loaded, else from the
// rules (ud.ts). Phrases and predicates are read with rules either way (phrases from the entity
// mentions and word classes, predicates from the trigger lexicon, verb groups from the words before
// them): the quotes and events stages read those, and rebuilding them on the parse is a later step.

/** The syntax of every sentence of an article, in the order of `sentences`. */
export function parseSentences(text: string, tokens: readonly Token[], sentences: readonly Sentence[], mentions: readonly Mention[], analyzer?: SyntaxAnalyzer, typing?: EventTyping): SentenceSyntax[] {
  const lemmas = lemmaMemo(); // one memo for the article: its words recur from sentence to sentence
  return sentences.map((sentence) => parseSentence(text, tokens, sentence, mentions, analyzer, typing, lemmas));
}

/** `typing`: the CAMEO lexicon and policy, read on the parse (without a parse, the hand lexicon alone finds predicates). */
export function parseSentence(text: string, tokens: readonly Token[], sentence: Sentence, mentions: readonly Mention[], analyzer?: SyntaxAnalyzer, typing?: EventTyping, lemmas: Lemmas = lemmaMemo()): SentenceSyntax {
  const headline = isHeadline(tokens, sentence);
  const phrases = findPhrases(text, tokens, sentence, mentions, headline, lemmas);
  const view = viewSentence(text, tokens, sentence, mentions, { phrases, headline });
  const parsed = analyzer ? parsedTokens(tokens, sentence, analyzer) : undefined;
  const predicates = findPredicates(view, parsed && typing ? { tokens: parsed, typing } : undefined, lemmas).map((p) => ({ ...p, group: verbGroup(view, p) }));
  return { tokens: parsed ?? udTokens(view, predicates), phrases, predicates, headline };
}

/** The sentence's tokens as the trained model tags and parses them (offsets are our tokens'). */
export function parsedTokens(tokens: readonly Token[], sentence: Sentence, analyzer: SyntaxAnalyzer): SyntaxToken[] {
  const own = tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  return analyzer.analyze(own.map((t) => t.text)).map((w, i) => ({ start: own[i]!.start, end: own[i]!.end, ...w }));
}
