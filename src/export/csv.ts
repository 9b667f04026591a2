import type { AnalyzedArticle, Story } from '../core/model.js';
import { readStory } from '../story/reading.js';
import { documentUrl } from './gdelt/format.js';
import type { Exporter, ExportInput } from './types.js';

// One row per article with its story, for spreadsheets: RFC 4180 (CRLF line ends, a header row,
// fields quoted when they hold a quote, comma or line break).

export const CSV_COLUMNS = [
  'story_id', 'story_title', 'article_id', 'source', 'published', 'title', 'url', 'origin', 'language',
  'characters', 'mentions', 'dates', 'quantities', 'quotes', 'events', 'main_entities',
] as const;

export const csvExporter: Exporter = {
  format: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  extension: 'csv',
  description: 'CSV, one row per article with its story (RFC 4180, header row)',
  *write(input: ExportInput) {
    yield csvLine(CSV_COLUMNS);
    const storyOf = new Map<string, Story>();
    for (const s of input.stories) for (const id of s.articles) storyOf.set(id, s);
    for (const a of input.articles) yield csvLine(row(a, storyOf.get(a.id)));
  },
};

function row(a: AnalyzedArticle, story: Story | undefined): (string | number)[] {
  const names = new Map<string, number>();
  const reading = readStory(story ?? {});
  for (const m of a.mentions ?? []) {
    const name = reading.entity(a.id, m, 'mention')?.name || m.text;
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  const main = [...names.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 5).map(([n]) => n);
  return [
    story?.id ?? '', story?.title ?? '', a.id, a.source.name, a.published ?? '', a.title ?? '', documentUrl(a) ?? '',
    a.origin, a.language, a.text.length, a.mentions?.length ?? 0, reading.dates(a).length, a.quantities?.length ?? 0,
    a.quotes?.length ?? 0, a.events?.length ?? 0, main.join('; '),
  ];
}

export function csvLine(fields: readonly (string | number)[]): string {
  return `${fields.map((f) => { const s = String(f); return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; }).join(',')}\r\n`;
}
