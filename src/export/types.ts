import type { AnalyzedArticle, Story } from '../core/model.js';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'gdelt-events', 'gdelt-gkg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What every exporter reads: stories and their articles (with story entities on their mentions). */
export interface ExportInput {
  stories: readonly Story[];
  articles: readonly AnalyzedArticle[];
  /** When each article entered the store (ISO timestamp, by article id): GDELT's DATEADDED. */
  added?: ReadonlyMap<string, string>;
}

/** One output format. `write` yields the file in chunks (whole lines), so large exports can stream. */
export interface Exporter {
  readonly format: ExportFormat;
  readonly mediaType: string;
  /** File name extension, without the dot. */
  readonly extension: string;
  readonly description: string;
  write(input: ExportInput): Iterable<string>;
}
