import type { Mention, Sentence, SentenceSyntax, Token } from '../../core/model.js';
import { isHeadline } from '../sentences/headline.js';
import { findPhrases, viewSentence } from './args.js';
import { verbGroup } from './clause.js';
import { findPredicates } from './triggers.js';
import { udTokens } from './ud.js';

// Today's parser: no trained model yet, so the layer is read with rules (phrases from the entity
// mentions and word classes, predicates from the trigger lexicon, verb groups from the words before
// them). The next issue puts a tagger and a dependency parser behind the same layer.

/** The syntax of every sentence of an article, in the order of `sentences`. */
export function parseSentences(text: string, tokens: readonly Token[], sentences: readonly Sentence[], mentions: readonly Mention[]): SentenceSyntax[] {
  return sentences.map((sentence) => parseSentence(text, tokens, sentence, mentions));
}

export function parseSentence(text: string, tokens: readonly Token[], sentence: Sentence, mentions: readonly Mention[]): SentenceSyntax {
  const headline = isHeadline(tokens, sentence);
  const phrases = findPhrases(text, tokens, sentence, mentions, headline);
  const view = viewSentence(text, tokens, sentence, mentions, { phrases, headline });
  const predicates = findPredicates(view).map((p) => ({ ...p, group: verbGroup(view, p) }));
  return { tokens: udTokens(view, predicates), phrases, predicates, headline };
}
