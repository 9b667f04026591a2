import type { Source } from '../core/model.js';

// The outlet as a reader knows it. Readers name it from what the input says (feed, site metadata, a
// record's `source`, a URL, a credit line); a file's name never names an outlet (the seeds are hash
// names, ECB+ lines all sit in dev.jsonl). An article nothing names keeps an empty name here, and
// `unknownSource` (when its id is known) makes it an outlet of its own, shown as unknown.

/** The outlet's URL inside an archive's URL ("web.archive.org/web/2016.../http://www.example.com/..."), else the URL itself. */
export function outletUrl(url: string): string {
  const inner = /^https?:\/\/[^/]+\/.*?(https?:\/\/?[^/\s]+.*)$/i.exec(url.trim());
  // archive.org collapses "http://" to "http:/" inside its paths
  return inner ? inner[1]!.replace(/^(https?:)\/(?!\/)/i, '$1//') : url.trim();
}

/** The outlet's name from a URL: its host without "www.", looking through archive URLs; undefined when not a URL. */
export function sourceNameFromUrl(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url.trim())) return undefined;
  try {
    return new URL(outletUrl(url)).hostname.replace(/^www\d?\./i, '') || undefined;
  } catch {
    return undefined;
  }
}

// Credits that name the outlet, by their structure (no list of outlets):
// a wire dateline "MOSCOW (Reuters) -" or "(AP) —" opening a paragraph;
const WIRE_DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{M} .,'-]{0,60})?\((\p{Lu}[\p{L}&.]*(?:\s\p{Lu}[\p{L}&.]*){0,2})\)\s*[-–—]/u;
// a byline that ends with an agency's initials: "By Jane Doe, AP", "By Jane Doe | AFP" (a word there may be a
// city or "Staff Writer": only initials are taken);
const BYLINE_OUTLET = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*[,|–—]\s*(\p{Lu}{2,6})\s*$/u;
// a wire production credit whose reporting is credited to one name, not a person's first and last: "(Reporting by Reuters, ...".
const REPORTING_BY_ONE_NAME = /^[([]?\s*[Rr]eporting [Bb]y\s+(\p{Lu}[\p{L}&]+)\s*[,;.)\]]/u;
/** How far from the top a wire dateline or byline is looked for (non-blank lines). */
const OPENING_LINES = 6;

/** The outlet a credit or byline line names, if any: wire datelines and bylines near the top, production credits anywhere. */
export function sourceNameFromCredit(text: string): string | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const line of lines.slice(0, OPENING_LINES)) {
    const m = WIRE_DATELINE.exec(line) ?? BYLINE_OUTLET.exec(line);
    if (m) return m[1];
  }
  for (const line of lines) {
    const m = REPORTING_BY_ONE_NAME.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/** The source of an article nothing names: an outlet of its own (counted by its article id), marked unknown. */
export function unknownSource(articleId: string, url?: string): Source {
  return { name: `unknown source (${articleId.slice(0, 8)})`, unknown: true, ...(url ? { url } : {}) };
}
