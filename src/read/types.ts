import type { Segment, Source } from '../core/model.js';
import type { Report } from '../core/report.js';

/** One decoded input handed to a reader. */
export interface Input {
  /** File path, URL or `-` for standard input. */
  origin: string;
  /** The decoded text of the whole input. */
  content: string;
  /** Largest record (JSONL line, feed item) a batch reader reads; larger ones are reported and skipped. */
  maxArticleBytes?: number;
}

/**
 * What a reader knows about one article before cleaning and analysis.
 * `hints` are segments the reader is sure of from structure (HTML figcaption, a dateline line);
 * cleaning keeps them and classifies the rest of the text.
 */
export interface Draft {
  origin: string;
  source: Source;
  text: string;
  title?: string;
  published?: string;
  author?: string;
  canonicalUrl?: string;
  hints?: Segment[];
}

export type Format = 'text' | 'html' | 'jsonl' | 'feed';

export interface Reader {
  readonly format: Format;
  /** Whether this reader takes the input, from its name and its first few kilobytes. */
  sniff(origin: string, head: string): boolean;
  read(input: Input, report: Report): Iterable<Draft>;
}
