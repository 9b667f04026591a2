import type { Claim, FactStatus, Geo, Incident, IncidentFigureCategory, IncidentRole, Qualifier } from '../core/model.js';
import type { Citation } from './cite.js';

// The incident record as the brief shows it: what happened (the type), when, where, each figure and
// the participants, every value with the sources behind it and the sentences it rests on. Decided
// once here, so the terminal brief, report.html, the web UI and the CSV incidents table agree.
//
// Precision first: a value that no sentence supports is not shown (there is nothing to check it
// against), a field without any such value is left out, and a record with nothing left is no record.

/** One version of a field: the value, who states it and the sentences it rests on. */
export interface IncidentVersion {
  value: number | string;
  /** Figures only, and only when not exact ("at least"). */
  qualifier?: Exclude<Qualifier, 'exact'>;
  /** The value as a reader sees it: "at least 4", "2031-05-11", "Harlow Springs". */
  label: string;
  /** The reports behind it, one name per article, in claim order. */
  sources: string[];
  claims: Citation[];
}

export type IncidentFieldName = 'date' | 'place' | IncidentFigureCategory;

export interface IncidentField {
  field: IncidentFieldName;
  /** What a reader calls it: "when", "where", or the figure's category ("killed"). */
  name: string;
  status: FactStatus;
  /** The best-supported version (the record's value) first; for a conflict, then every other version. */
  versions: IncidentVersion[];
  /** The fact (FactLine.id) a figure is, when there is one. */
  fact?: string;
  /** Where the place is (place only, when geocoded). */
  geo?: Geo;
}

export interface IncidentPerson {
  role: IncidentRole;
  name: string;
  age?: number;
  sources: string[];
  claims: Citation[];
}

export interface IncidentRecord {
  /** PLOVER type of the main event. */
  type: string;
  /** The reports tell the incident on days of these different years (first, last). */
  years?: [number, number];
  /** When, where, then the figures in FIGURE_ORDER. */
  fields: IncidentField[];
  /** Grouped by role in ROLE_ORDER, the record's order within a role. */
  participants: IncidentPerson[];
}

/** Figures in the order a reader (and a spreadsheet) expects them: the human toll first. */
export const FIGURE_ORDER = ['killed', 'injured', 'missing', 'kidnapped', 'arrested', 'displaced', 'evacuated', 'affected'] as const satisfies readonly IncidentFigureCategory[];
// A category added to the model without a place here fails to compile.
const _everyCategoryOrdered: Exclude<IncidentFigureCategory, (typeof FIGURE_ORDER)[number]> extends never ? true : never = true;
void _everyCategoryOrdered;

export const ROLE_ORDER = ['victim', 'perpetrator', 'suspect', 'official', 'witness', 'actor', 'target'] as const satisfies readonly IncidentRole[];

export function incidentRecord(incident: Incident | undefined, cite: (c: Claim) => Citation): IncidentRecord | undefined {
  if (!incident) return undefined;
  const version = (value: number | string, claims: readonly Claim[], qualifier?: Qualifier): IncidentVersion | undefined => {
    if (claims.length === 0) return undefined;
    const cited = claims.map(cite);
    const q = qualifier && qualifier !== 'exact' ? qualifier : undefined;
    return { value, ...(q ? { qualifier: q } : {}), label: `${q ? `${q} ` : ''}${value}`, sources: sourcesOf(cited), claims: cited };
  };
  const fields: IncidentField[] = [];
  const push = (field: Omit<IncidentField, 'versions' | 'name'>, versions: (IncidentVersion | undefined)[]) => {
    const shown = versions.filter((v): v is IncidentVersion => v !== undefined);
    const name = field.field === 'date' ? 'when' : field.field === 'place' ? 'where' : field.field;
    if (shown.length) fields.push({ ...field, name, versions: shown });
  };

  const { date, place } = incident;
  if (date?.value) push({ field: 'date', status: date.status }, byStatedValue(date.value, date.claims).map(([v, claims]) => version(v, claims)));
  if (place?.name.trim()) {
    push({ field: 'place', status: place.status, ...(place.geo ? { geo: place.geo } : {}) },
      byStatedValue(place.name, place.claims).map(([v, claims]) => version(v, claims)));
  }
  const rank = (category: string) => { const i = (FIGURE_ORDER as readonly string[]).indexOf(category); return i < 0 ? FIGURE_ORDER.length : i; };
  for (const f of [...incident.figures].sort((a, b) => rank(a.category) - rank(b.category))) {
    push({ field: f.category, status: f.status, ...(f.fact ? { fact: f.fact } : {}) },
      [version(f.value, f.claims, f.qualifier), ...(f.alternatives ?? []).map((a) => version(a.value, a.claims, a.qualifier))]);
  }

  const roleRank = (role: string) => (ROLE_ORDER as readonly string[]).indexOf(role);
  const participants = incident.participants
    .filter((p) => p.name.trim() && p.claims.length > 0)
    .sort((a, b) => roleRank(a.role) - roleRank(b.role))
    .map((p): IncidentPerson => {
      const claims = p.claims.map(cite);
      return { role: p.role, name: p.name, ...(p.age !== undefined ? { age: p.age } : {}), sources: sourcesOf(claims), claims };
    });

  // A record is the row an incident archive codes: what happened to people, when and where. Figures and
  // participants are counted only for acts of force and stories that lead with harm; without any, the
  // record would be a verb's reading (type accuracy about 0.63 on unseen text: "REQUEST" for a
  // celebrity's rehab, "ASSAULT" for a match report) with a date and a town from anywhere in the text
  // ("Van" for Van Der Beek, "Uk" a Siberian village): the story's own sentences say more.
  const counted = participants.length > 0 || fields.some((f) => f.field !== 'date' && f.field !== 'place');
  if (!counted) return undefined;
  return { type: incident.type, ...(incident.years ? { years: incident.years } : {}), fields, participants };
}

/**
 * A date's or a place's claims split by the value each states (a claim may carry the value it read),
 * the record's value first; claims that state none support the record's value.
 */
function byStatedValue(value: string, claims: readonly Claim[]): [string, Claim[]][] {
  const groups = new Map<string, Claim[]>([[value, []]]);
  for (const c of claims) {
    const stated = c.value === undefined ? value : String(c.value);
    groups.set(stated, [...(groups.get(stated) ?? []), c]);
  }
  return [...groups];
}

/** One source name per article, in claim order. */
function sourcesOf(claims: readonly Citation[]): string[] {
  const seen = new Map<string, string>();
  for (const c of claims) if (!seen.has(c.article)) seen.set(c.article, c.source);
  return [...seen.values()];
}

/** "1 source", "2 sources: Valley Courier, Evening Post": the sources of a version, named. */
export function sourcesNote(v: { sources: readonly string[] }): string {
  return `${v.sources.length} ${v.sources.length === 1 ? 'source' : 'sources'}: ${v.sources.join(', ')}`;
}

/** Where a geocoded place lies, for a reader: "Ohio, US · 40.21, -82.71". */
export function geoNote(geo: Geo): string {
  return `${geo.admin1 ? `${geo.admin1}, ` : ''}${geo.country} · ${geo.lat.toFixed(2)}, ${geo.lon.toFixed(2)}`;
}

/** "later report" when every claim of a version comes from a report later than the others. */
export function isLater(v: IncidentVersion): boolean {
  return v.claims.length > 0 && v.claims.every((c) => c.later);
}

/** Every claim the record cites (renderers mark these sentences in the article texts). */
export function incidentCitations(record: IncidentRecord | undefined): Citation[] {
  if (!record) return [];
  return [...record.fields.flatMap((f) => f.versions.flatMap((v) => v.claims)), ...record.participants.flatMap((p) => p.claims)];
}
