// Output formats, by name: the one place a format is named.
import { csvExporter } from './csv.js';
import { incidentsCsvExporter } from './csv-incidents.js';
import { factsCsvExporter } from './csv-facts.js';
import { gdeltEvents } from './gdelt/events.js';
import { gdeltGkg } from './gdelt/gkg.js';
import { jsonExporter, jsonlExporter } from './json.js';
import { EXPORT_FORMATS, type ExportFormat, type Exporter } from './types.js';

export { EXPORT_FORMATS, type ExportFormat, type Exporter, type ExportInput } from './types.js';
export { INCIDENT_COLUMNS } from './csv-incidents.js';
export { FACT_COLUMNS } from './csv-facts.js';
export { articleRecord } from './json.js';
export { EVENT_COLUMNS } from './gdelt/events.js';
export { GKG_COLUMNS } from './gdelt/gkg.js';

export const exporters: Readonly<Record<ExportFormat, Exporter>> = {
  json: jsonExporter, jsonl: jsonlExporter, csv: csvExporter, 'gdelt-events': gdeltEvents, 'gdelt-gkg': gdeltGkg,
};

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** The tables a CSV export can write, one per file: articles (the default), facts (one row per fact) or incidents (one row per story). */
export const CSV_TABLES = ['articles', 'facts', 'incidents'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export const csvTables: Readonly<Record<CsvTable, Exporter>> = { articles: csvExporter, facts: factsCsvExporter, incidents: incidentsCsvExporter };

export function isCsvTable(name: string): name is CsvTable {
  return (CSV_TABLES as readonly string[]).includes(name);
}

/** The exporter of a format; for csv, of one table (articles unless another is named). */
export function exporterFor(format: ExportFormat, table?: CsvTable): Exporter {
  return format === 'csv' ? csvTables[table ?? 'articles'] : exporters[format];
}
