import type { AnalyzedArticle } from '../core/model.js';
import type { Exporter, ExportInput } from './types.js';

/**
 * An article as DESIGN.md's `--json` record has it: every layer present (empty when none was found),
 * tokens, sentences and syntax left out (views any reader rebuilds from the text).
 */
export function articleRecord({ tokens: _t, sentences: _s, syntax: _x, ...rest }: AnalyzedArticle) {
  return { mentions: [], dates: [], quantities: [], quotes: [], events: [], ...rest };
}

/** `{ articles, stories }`, the shape `corroborate analyze --json` prints. */
export const jsonExporter: Exporter = {
  format: 'json',
  mediaType: 'application/json; charset=utf-8',
  extension: 'json',
  description: 'one JSON document { articles, stories }, as analyze --json prints it',
  *write(input: ExportInput) {
    yield `${JSON.stringify({ articles: input.articles.map(articleRecord), stories: input.stories }, null, 2)}\n`;
  },
};

/** One record per line: `{"story": {...}}` lines, then `{"article": {...}}` lines. */
export const jsonlExporter: Exporter = {
  format: 'jsonl',
  mediaType: 'application/x-ndjson; charset=utf-8',
  extension: 'jsonl',
  description: 'JSON Lines: one {"story": ...} or {"article": ...} per line',
  *write(input: ExportInput) {
    for (const story of input.stories) yield `${JSON.stringify({ story })}\n`;
    for (const article of input.articles) yield `${JSON.stringify({ article: articleRecord(article) })}\n`;
  },
};
