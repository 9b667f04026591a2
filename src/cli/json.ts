import type { AnalyzedArticle, Diagnostic, Story } from '../core/model.js';
import { articleRecords } from '../export/json.js';

/**
 * The `--json` record of DESIGN.md: articles with their segments and layers (see articleRecord), and
 * stories, whose `links` tie mentions, speakers and participants to the story's entities.
 */
export function toJson(articles: readonly AnalyzedArticle[], stories: readonly Story[], diagnostics: readonly Diagnostic[]) {
  return { articles: articleRecords(articles, stories), stories, diagnostics };
}
