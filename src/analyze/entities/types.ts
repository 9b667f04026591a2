import type { EntityType, Mention, Sentence, Token } from '../../core/model.js';

/**
 * The one interface every named-entity recogniser implements (heuristic, trained model, ...).
 * It sees the article text with its tokens and sentences and proposes typed mentions whose
 * offsets point into `text`. Implementations are pure: models arrive already loaded.
 */
export interface EntityRecognizer {
  readonly name: string;
  recognize(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Mention[];
}

export type { EntityType };
