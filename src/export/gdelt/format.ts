import { createHash } from 'node:crypto';
import type { Article } from '../../core/model.js';

// Field formatting shared by the GDELT Event and GKG writers. GDELT files are tab-separated with
// no quoting, and their fields nest further delimiters (';' '#' ',' '|' ':'), so every value we
// write is first cleared of the delimiters of the level it sits in.

/** A top-level field: no tabs or line breaks. */
export function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  return String(value).replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

/** A value nested inside delimited blocks: the given delimiters become spaces, whitespace collapses. */
export function inner(value: string | undefined, delimiters: string): string {
  if (!value) return '';
  const set = new Set([...delimiters, '\t', '\r', '\n', '\u2028', '\u2029']);
  return [...value].map((c) => (set.has(c) ? ' ' : c)).join('').replace(/\s+/g, ' ').trim();
}

/** A number without exponent or trailing zeros, at most `digits` decimals. */
export function num(n: number | undefined, digits = 4): string {
  if (n === undefined || !Number.isFinite(n)) return '';
  return String(Number(n.toFixed(digits)));
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** `YYYYMMDD` of a value that starts with a full date, else undefined. */
export function gdeltDay(value: string | undefined): string | undefined {
  const m = value ? DAY.exec(value) : null;
  return m ? `${m[1]}${m[2]}${m[3]}` : undefined;
}

/** `YYYYMMDDHHMMSS` (UTC) of an ISO date or timestamp; a bare date is midnight. */
export function gdeltStamp(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value.replace(/-/g, '')}000000`;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return gdeltDay(value) && `${gdeltDay(value)}000000`;
  return new Date(t).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** GDELT's FractionDate: the year plus the part of it gone by on that day, 4 decimals. */
export function fractionDate(day: string): string {
  const y = Number(day.slice(0, 4)), m = Number(day.slice(4, 6)), d = Number(day.slice(6, 8));
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  const days = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / 86_400_000;
  return (y + dayOfYear / days).toFixed(4);
}

/** A stable positive integer id (48 bits) for a key: GDELT ids are numeric. */
export function numericId(key: string): string {
  return String(parseInt(createHash('sha256').update(key).digest('hex').slice(0, 12), 16));
}

/** The article's own address: its canonical URL, else where it was read from when that is a URL. */
export function documentUrl(a: Article): string | undefined {
  if (a.canonicalUrl) return a.canonicalUrl;
  return /^https?:\/\//i.test(a.origin) ? a.origin.replace(/#.*$/, '') : undefined;
}
