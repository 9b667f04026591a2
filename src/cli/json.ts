import type { AnalyzedArticle, Diagnostic, Story } from '../core/model.js';

/**
 * The `--json` record of DESIGN.md: articles with their segments and layers, and stories.
 * Tokens, sentences and syntax are left out: views any reader can rebuild from the text.
 */
export function toJson(articles: readonly AnalyzedArticle[], stories: readonly Story[], diagnostics: readonly Diagnostic[]) {
  return {
    articles: articles.map(({ tokens: _t, sentences: _s, syntax: _x, ...rest }) => ({
      mentions: [], dates: [], quantities: [], quotes: [], events: [],
      ...rest,
    })),
    stories,
    diagnostics,
  };
}
