import { SPEECH_VERBS } from '../syntax/lexicon.js';
import type { DepTree } from '../syntax/tree.js';

// Verbs that report what someone said, by lemma, in the classes the quotes stage treats apart.
// These are word classes of English (verbs of saying, of naming, of asking), not examples.

/** Verbs that report speech with or without "that" ("said the delegation had met"). The other verbs
 * of saying in the lexicon also have senses that are not speech ("maintain contacts", "evidence
 * suggests") and report speech only with "that". */
const SAYING = new Set(['say', 'tell', 'claim', 'insist', 'argue', 'warn', 'declare', 'state', 'stress', 'assert', 'deny', 'admit',
  'contend', 'add', 'write', 'tweet', 'reply']);
/** Verbs that attribute words in quote marks besides those: "“...,” she recalled", "he joked". */
const ATTRIBUTING = new Set([...SAYING, 'report', 'announce', 'confirm', 'explain', 'note', 'acknowledge', 'reiterate', 'conclude', 'ask',
  'recall', 'caution', 'quip', 'joke', 'exclaim', 'shout', 'scream', 'whisper', 'yell', 'post', 'respond', 'remark', 'comment', 'observe']);
/** Verbs that name what someone called something: "calling their invitation “deplorable”". */
export const NAMING = new Set(['call', 'describe', 'brand', 'label', 'dub', 'term']);
/** Verbs of asking: their "to ..." clause is what was asked. */
export const ASKING = new Set(['urge', 'ask', 'call', 'press', 'appeal', 'implore', 'demand', 'tell', 'request', 'order', 'encourage']);

export type ReportingUse = 'quote' | 'clause' | 'that-clause' | 'request';

/** Can the verb at `k` attribute words used as `use`: words in quote marks, a reported clause (with or without "that"), an asked act? */
export function reports(tree: DepTree, k: number, use: ReportingUse): boolean {
  const pos = tree.pos(k);
  if (pos !== 'VERB' && !(pos === 'AUX' && tree.lemma(k) === 'say')) return false;
  const lemma = tree.lemma(k);
  switch (use) {
    case 'quote': return ATTRIBUTING.has(lemma) || NAMING.has(lemma) || ASKING.has(lemma) || SPEECH_VERBS.has(lemma);
    case 'clause': return SAYING.has(lemma);
    case 'that-clause': return SAYING.has(lemma) || SPEECH_VERBS.has(lemma) || ATTRIBUTING.has(lemma);
    case 'request': return ASKING.has(lemma);
  }
}
