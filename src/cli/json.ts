import type { AnalyzedArticle, Diagnostic, Story } from '../core/model.js';
import { articleRecords } from '../export/json.js';
import { findNearCopies } from '../analyze/copies/near-copies.js';

/**
 * The `--json` record of DESIGN.md: articles with their segments and layers (see articleRecord), and
 * stories, whose `links` tie mentions, speakers and participants to the story's entities, and the
 * near-copies among the articles (each linked to its original: one source, whatever story it is in).
 */
export function toJson(articles: readonly AnalyzedArticle[], stories: readonly Story[], diagnostics: readonly Diagnostic[]) {
  return { articles: articleRecords(articles, stories), stories, nearCopies: findNearCopies(articles), diagnostics };
}
