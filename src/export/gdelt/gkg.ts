import type { AnalyzedArticle, CountCategory, Mention, Quantity, Story } from '../../core/model.js';
import type { Exporter, ExportInput } from '../types.js';
import { cell, documentUrl, gdeltStamp, inner, num } from './format.js';
import { gkgV1Location, gkgV2Location, placeOfMention, type Place } from './geo.js';
import { storiesWithArticles } from './stories.js';
import { readStory } from '../../story/reading.js';
import { toneOf } from './tone.js';

// GDELT Global Knowledge Graph 2.1: one row per article, 27 tab-separated columns, no header, in the
// codebook's order. Delimiters follow GDELT's own files: blocks split by ';' (counts, themes and
// amounts also end with one), fields by '#' (counts, locations, dates) or ',' (names, themes,
// amounts, tone), quotations as '#'-separated `offset|length|verb|quote` blocks. Offsets are
// character offsets into the article text, as ours are.

export const GKG_COLUMNS: readonly string[] = [
  'GKGRECORDID', 'V2.1DATE', 'V2SOURCECOLLECTIONIDENTIFIER', 'V2SOURCECOMMONNAME', 'V2DOCUMENTIDENTIFIER',
  'V1COUNTS', 'V2.1COUNTS', 'V1THEMES', 'V2ENHANCEDTHEMES', 'V1LOCATIONS', 'V2ENHANCEDLOCATIONS',
  'V1PERSONS', 'V2ENHANCEDPERSONS', 'V1ORGANIZATIONS', 'V2ENHANCEDORGANIZATIONS', 'V1.5TONE', 'V2.1ENHANCEDDATES',
  'V2GCAM', 'V2.1SHARINGIMAGE', 'V2.1RELATEDIMAGES', 'V2.1SOCIALIMAGEEMBEDS', 'V2.1SOCIALVIDEOEMBEDS',
  'V2.1QUOTATIONS', 'V2.1ALLNAMES', 'V2.1AMOUNTS', 'V2.1TRANSLATIONINFO', 'V2EXTRASXML',
];

/** GKG themes for our count categories (those GDELT's theme list has). */
const COUNT_THEMES: Readonly<Partial<Record<CountCategory, string>>> = {
  KILL: 'KILL', WOUND: 'WOUND', KIDNAP: 'KIDNAP', ARREST: 'ARREST', PROTEST: 'PROTEST', SEIZE: 'SEIZE',
  EVACUATE: 'EVACUATION', DISPLACED: 'REFUGEES',
};
/** How far from a count a location may be to be its place (GDELT pairs a count with the nearest location). */
const COUNT_PLACE_WINDOW = 200;

export const gdeltGkg: Exporter = {
  format: 'gdelt-gkg',
  mediaType: 'text/tab-separated-values; charset=utf-8',
  extension: 'gkg.csv',
  description: 'GDELT Global Knowledge Graph 2.1 (27 tab-separated columns, no header)',
  *write(input: ExportInput) {
    for (const row of gkgRows(input)) yield `${row.map(cell).join('\t')}\n`;
  },
};

export function* gkgRows(input: ExportInput): Generator<string[]> {
  let n = 0;
  for (const { story, articles } of storiesWithArticles(input))
    for (const article of articles) yield gkgRow(article, story, input.added?.get(article.id), n++);
}

interface Located { mention: Mention; place: Place }

function gkgRow(a: AnalyzedArticle, story: Story | undefined, added: string | undefined, n: number): string[] {
  const url = documentUrl(a);
  const host = url ? hostOf(url) : undefined;
  const stamp = gdeltStamp(added) ?? gdeltStamp(a.published) ?? '19700101000000';
  const mentions = (a.mentions ?? []).slice().sort((x, y) => x.start - y.start);
  const reading = readStory(story ?? {});
  const entityName = (m: Mention) => reading.entity(a.id, m, 'mention')?.name || m.text;
  const located: Located[] = mentions.filter((m) => m.type === 'LOC')
    .map((m) => ({ mention: m, place: placeOfMention(m.text, reading.entityId(a.id, m, 'mention'), story) }))
    .filter((x): x is Located => x.place !== undefined);
  const counts = (a.quantities ?? []).filter((q) => q.category);
  const tone = toneOf(a);
  return [
    `${stamp}-${n}`,
    gdeltStamp(a.published) ?? stamp,
    host ? '1' : '2',
    host ?? a.source.name,
    host && url ? url : citation(a),
    counts.map((q) => `${countBlock(q, nearestPlace(q, located, a))};`).join(''),
    counts.map((q) => `${countBlock(q, nearestPlace(q, located, a))}#${q.start};`).join(''),
    unique(counts.map((q) => COUNT_THEMES[q.category!]).filter((t): t is string => !!t)).map((t) => `${t};`).join(''),
    counts.filter((q) => COUNT_THEMES[q.category!]).map((q) => `${COUNT_THEMES[q.category!]},${q.start};`).join(''),
    uniqueBy(located, (x) => x.place.fullName).map((x) => gkgV1Location(x.place)).join(';'),
    located.map((x) => gkgV2Location(x.place, x.mention.start)).join(';'),
    unique(mentions.filter((m) => m.type === 'PER').map((m) => inner(entityName(m), ',;').toLowerCase())).join(';'),
    mentions.filter((m) => m.type === 'PER').map((m) => `${inner(m.text, ',;')},${m.start}`).join(';'),
    unique(mentions.filter((m) => m.type === 'ORG').map((m) => inner(entityName(m), ',;').toLowerCase())).join(';'),
    mentions.filter((m) => m.type === 'ORG').map((m) => `${inner(m.text, ',;')},${m.start}`).join(';'),
    [tone.tone, tone.positive, tone.negative, tone.polarity, tone.activity, tone.selfGroup].map((x) => num(x, 6)).concat(String(tone.words)).join(','),
    reading.dates(a).map((d) => dateBlock(d.value, d.start)).filter(Boolean).join(';'),
    `wc:${tone.words}`,
    '', '', '', '',
    (a.quotes ?? []).map((q) => `${q.start}|${q.end - q.start}||${inner(q.text, '|#')}`).join('#'),
    mentions.map((m) => `${inner(m.text, ',;')},${m.start}`).join(';'),
    (a.quantities ?? []).map((q) => `${num(q.value, 6)},${inner(q.subject ?? q.unit ?? '', ',;')},${q.start};`).join(''),
    '',
    extrasXml(a),
  ];
}

/** `CountType#Number#ObjectType#LocationType#LocationFullName#LocationCountryCode#ADM1Code#Lat#Long#FeatureID`. */
function countBlock(q: Quantity, place: Place | undefined): string {
  const where = place
    ? [place.type, inner(place.fullName, '#;'), place.country, place.adm1, num(place.lat), num(place.lon), inner(place.featureId, '#;')]
    : [0, '', '', '', '', '', ''];
  return [q.category, num(q.value, 0), inner(q.subject, '#;'), ...where].join('#');
}

/** The place of a count: the nearest location in its sentence, else the nearest within a short window. */
function nearestPlace(q: Quantity, located: readonly Located[], a: AnalyzedArticle): Place | undefined {
  const sentence = sentenceAround(a, q.start);
  const inSentence = located.filter((x) => x.mention.start >= sentence.start && x.mention.end <= sentence.end);
  let best: Located | undefined, bestDistance = COUNT_PLACE_WINDOW + 1;
  for (const x of inSentence.length ? inSentence : located) {
    const d = x.mention.start >= q.end ? x.mention.start - q.end : Math.max(0, q.start - x.mention.end);
    if (d < bestDistance) { best = x; bestDistance = d; }
  }
  return best?.place;
}

function sentenceAround(a: AnalyzedArticle, pos: number): { start: number; end: number } {
  const s = a.sentences?.find((x) => x.start <= pos && pos < x.end);
  if (s) return s;
  // No sentence layer: the text between the sentence stops around the position.
  const before = a.text.slice(0, pos).search(/[.!?]\s[^.!?]*$/);
  const after = a.text.slice(pos).search(/[.!?](\s|$)/);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? a.text.length : pos + after + 1 };
}

/** `Resolution#Month#Day#Year#Offset`; resolution 4 a full date, 2 a month and year, 1 a year. */
function dateBlock(value: string, offset: number): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!y) return '';
  const resolution = d ? 4 : m ? 2 : 1;
  return [resolution, m ?? 0, d ?? 0, y, offset].join('#');
}

function hostOf(url: string): string | undefined {
  try { return new URL(url).hostname.replace(/^www\./, '') || undefined; } catch { return undefined; } // not a URL: cited instead
}

function citation(a: AnalyzedArticle): string {
  return [a.source.name, a.title, a.published, a.origin].filter(Boolean).map((x) => cell(x)).join(', ');
}

function extrasXml(a: AnalyzedArticle): string {
  const parts: string[] = [];
  if (a.title) parts.push(`<PAGE_TITLE>${xml(a.title)}</PAGE_TITLE>`);
  if (a.author) parts.push(`<PAGE_AUTHORS>${xml(a.author)}</PAGE_AUTHORS>`);
  const stamp = a.published && /T\d/.test(a.published) ? gdeltStamp(a.published) : undefined;
  if (stamp) parts.push(`<PAGE_PRECISEPUBTIMESTAMP>${stamp}</PAGE_PRECISEPUBTIMESTAMP>`);
  return parts.join('');
}

const xml = (s: string) => cell(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unique = (xs: readonly string[]) => [...new Set(xs.filter(Boolean))];
function uniqueBy<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}
