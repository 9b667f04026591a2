// Output formats, by name: the one place a format is named.
import { csvExporter } from './csv.js';
import { gdeltEvents } from './gdelt/events.js';
import { gdeltGkg } from './gdelt/gkg.js';
import { jsonExporter, jsonlExporter } from './json.js';
import { EXPORT_FORMATS, type ExportFormat, type Exporter } from './types.js';

export { EXPORT_FORMATS, type ExportFormat, type Exporter, type ExportInput } from './types.js';
export { articleRecord } from './json.js';
export { EVENT_COLUMNS } from './gdelt/events.js';
export { GKG_COLUMNS } from './gdelt/gkg.js';

export const exporters: Readonly<Record<ExportFormat, Exporter>> = {
  json: jsonExporter, jsonl: jsonlExporter, csv: csvExporter, 'gdelt-events': gdeltEvents, 'gdelt-gkg': gdeltGkg,
};

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}
