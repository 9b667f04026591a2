import type { AnalyzedArticle, Story } from '../core/model.js';
import { citer } from '../render/cite.js';
import { FIGURE_ORDER, incidentRecord, type IncidentField, type IncidentRecord, type IncidentVersion } from '../render/incident.js';
import { csvLine } from './csv.js';
import type { Exporter, ExportInput } from './types.js';

// The incidents table: one row per story with its incident record, the row the Gun Violence Archive
// and ACLED code by hand, for a spreadsheet (RFC 4180 like the articles table). A field shows what the
// brief shows (render/incident.ts: a value no sentence supports stays blank); each figure category has
// fixed columns (value, qualifier, status, sources, the other versions of a conflict), so every
// export has the same columns whatever its stories say.

const figureColumns = (category: string) => [category, `${category}_qualifier`, `${category}_status`, `${category}_sources`, `${category}_others`];

export const INCIDENT_COLUMNS = [
  'story_id', 'story_title', 'articles', 'sources', 'type',
  'date', 'date_status', 'date_sources', 'date_others',
  'place', 'place_status', 'place_sources', 'lat', 'lon', 'admin1', 'country',
  ...FIGURE_ORDER.flatMap(figureColumns),
  'participants',
] as const;

export const incidentsCsvExporter: Exporter = {
  format: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  extension: 'incidents.csv',
  description: 'CSV, one row per story with its incident record (RFC 4180, header row)',
  *write(input: ExportInput) {
    yield csvLine(INCIDENT_COLUMNS);
    const byId = new Map<string, AnalyzedArticle>(input.articles.map((a) => [a.id, a]));
    const cite = citer((id) => byId.get(id)?.source.name ?? id);
    for (const story of input.stories) yield csvLine(row(story, incidentRecord(story.incident, cite), byId));
  },
};

function row(story: Story, record: IncidentRecord | undefined, byId: ReadonlyMap<string, AnalyzedArticle>): (string | number)[] {
  const sources = new Set(story.articles.map((id) => byId.get(id)?.source.name).filter((n) => n !== undefined));
  const field = (name: string) => record?.fields.find((f) => f.field === name);
  const date = field('date'), place = field('place');
  return [
    story.id, story.title, story.articles.length, sources.size, record?.type ?? '',
    ...(date ? [best(date).value, date.status, best(date).sources.length, others(date)] : blank(4)),
    ...(place ? [best(place).value, place.status, best(place).sources.length, place.geo?.lat ?? '', place.geo?.lon ?? '', place.geo?.admin1 ?? '', place.geo?.country ?? ''] : blank(7)),
    ...FIGURE_ORDER.flatMap((category) => {
      const f = field(category);
      return f ? [best(f).value, best(f).qualifier ?? '', f.status, best(f).sources.length, others(f)] : blank(5);
    }),
    (record?.participants ?? []).map((p) => `${p.role}: ${p.name}${p.age !== undefined ? ` (${p.age})` : ''}`).join('; '),
  ];
}

const best = (f: IncidentField): IncidentVersion => f.versions[0]!;
const blank = (n: number): string[] => Array<string>(n).fill('');
/** The other versions of a conflict: "4 (1 source); at least 5 (2 sources)". */
const others = (f: IncidentField) => f.versions.slice(1).map((v) => `${v.label} (${v.sources.length} ${v.sources.length === 1 ? 'source' : 'sources'})`).join('; ');
