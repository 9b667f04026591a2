import type { AnalyzedArticle, Claim, Fact, Story } from '../core/model.js';
import { csvLine } from './csv.js';
import type { Exporter, ExportInput } from './types.js';

// The facts table: one row per fact of every story, what the brief's "agreed / single source /
// conflict" lists hold, for a spreadsheet (RFC 4180 like the articles table). Every row carries its
// provenance: the claims as article id and character offsets, so a cell can be checked against the text.

export const FACT_COLUMNS = [
  'story_id', 'story_title', 'fact_id', 'kind', 'statement', 'status', 'date', 'support', 'sources', 'values', 'claims', 'verbatim',
] as const;

export const factsCsvExporter: Exporter = {
  format: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  extension: 'facts.csv',
  description: 'CSV, one row per fact of each story with its status, sources, values and claims (RFC 4180, header row)',
  *write(input: ExportInput) {
    yield csvLine(FACT_COLUMNS);
    const byId = new Map<string, AnalyzedArticle>(input.articles.map((a) => [a.id, a]));
    for (const story of input.stories) for (const fact of story.facts ?? []) yield csvLine(row(story, fact, byId));
  },
};

function row(story: Story, fact: Fact, byId: ReadonlyMap<string, AnalyzedArticle>): (string | number)[] {
  const sources = unique(fact.claims.map((c) => byId.get(c.article)?.source.name ?? c.article));
  return [
    story.id, story.title, fact.id, fact.kind, fact.statement, fact.status, fact.date ?? '', fact.support,
    sources.join('; '), values(fact.claims).join('; '), fact.claims.map((c) => `${c.article}:${c.start}-${c.end}`).join('; '),
    fact.verbatim ? 'yes' : '',
  ];
}

/** The values the claims give, each once, as written: "at least 19; 20". */
function values(claims: readonly Claim[]): string[] {
  return unique(claims.filter((c) => c.value !== undefined).map((c) => `${c.qualifier && c.qualifier !== 'exact' ? `${c.qualifier} ` : ''}${c.value}`));
}

const unique = (xs: readonly string[]) => [...new Set(xs)];
