import type { AnalyzedArticle, Story } from '../core/model.js';
import { readStory } from '../story/reading.js';
import type { Exporter, ExportInput } from './types.js';

/**
 * An article as DESIGN.md's `--json` record has it: every layer present (empty when none was found),
 * tokens, sentences and syntax left out (views any reader rebuilds from the text). Given its story, its dates
 * and event dates are shown as the story reads them (Story.dates, Story.eventDates: what the brief
 * says); links to story entities stay in the story (Story.links).
 */
export function articleRecord(article: Readonly<AnalyzedArticle>, story?: Story) {
  const { tokens: _t, sentences: _s, syntax: _x, ...rest } = article;
  const record = { mentions: [], dates: [], quantities: [], quotes: [], events: [], ...rest };
  if (!story) return record;
  const reading = readStory(story);
  return {
    ...record,
    dates: reading.dates(article),
    events: record.events.map((e) => {
      const { date, dateBasis } = reading.eventDate(article.id, e);
      if (date === e.date && dateBasis === e.dateBasis) return e;
      const { date: _d, dateBasis: _b, ...own } = e;
      return { ...own, ...(date ? { date } : {}), ...(dateBasis ? { dateBasis } : {}) };
    }),
  };
}

/** The article records of a set of stories' articles (see articleRecord). */
export function articleRecords(articles: readonly Readonly<AnalyzedArticle>[], stories: readonly Story[]) {
  const storyOf = new Map<string, Story>();
  for (const s of stories) for (const id of s.articles) storyOf.set(id, s);
  return articles.map((a) => articleRecord(a, storyOf.get(a.id)));
}

/** `{ articles, stories }`, the shape `corroborate analyze --json` prints. */
export const jsonExporter: Exporter = {
  format: 'json',
  mediaType: 'application/json; charset=utf-8',
  extension: 'json',
  description: 'one JSON document { articles, stories }, as analyze --json prints it',
  *write(input: ExportInput) {
    yield `${JSON.stringify({ articles: articleRecords(input.articles, input.stories), stories: input.stories }, null, 2)}\n`;
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
    for (const article of articleRecords(input.articles, input.stories)) yield `${JSON.stringify({ article })}\n`;
  },
};
