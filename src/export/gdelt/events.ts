import type { AnalyzedArticle, ArgRef, ArticleId, Event, Story } from '../../core/model.js';
import { readStory, type StoryReading } from '../../story/reading.js';
import { sourceOf } from '../../story/derivation/sources.js';
import type { Exporter, ExportInput } from '../types.js';
import { cameoOf, sectorType, type CameoCode } from './cameo.js';
import { cameoCountry } from './countries.js';
import { cell, documentUrl, fractionDate, gdeltDay, gdeltStamp, num, numericId } from './format.js';
import { eventGeoColumns, placeOfCountry, placeOfEntity, placeOfMention, type Place } from './geo.js';
import { storiesWithArticles } from './stories.js';
import { toneOf } from './tone.js';

// GDELT 2.0 Event table: one row per distinct event of a story (its mentions across the story's
// articles counted in NumMentions / NumSources / NumArticles), 61 tab-separated columns, no header,
// in the codebook's order.

const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];
export const EVENT_COLUMNS: readonly string[] = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`), ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`), ...GEO.map((c) => `Actor2Geo_${c}`), ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
];

interface Mentioned { article: AnalyzedArticle; event: Event }

export const gdeltEvents: Exporter = {
  format: 'gdelt-events',
  mediaType: 'text/tab-separated-values; charset=utf-8',
  extension: 'export.CSV',
  description: 'GDELT 2.0 Event table (61 tab-separated columns, no header)',
  *write(input: ExportInput) {
    for (const row of eventRows(input)) yield `${row.map(cell).join('\t')}\n`;
  },
};

export function* eventRows(input: ExportInput): Generator<string[]> {
  for (const { story, articles } of storiesWithArticles(input)) {
    const groups = new Map<string, { cameo: CameoCode; mentions: Mentioned[] }>();
    const reading = readStory(story ?? {});
    for (const article of articles)
      for (const event of article.events ?? []) {
        // Precision first: an event whose actor the report does not name is not coded (the brief quotes its sentence).
        if (!event.actor || event.actorBasis) continue;
        const cameo = cameoOf(event);
        if (!cameo) continue;
        const argKey = (arg: ArgRef | undefined) => participantKey(arg, article.id, reading);
        const key = [cameo.code, argKey(event.actor), argKey(event.target), reading.eventDate(article.id, event).date ?? ''].join('|');
        const group = groups.get(key) ?? { cameo, mentions: [] };
        group.mentions.push({ article, event });
        groups.set(key, group);
      }
    for (const [key, { cameo, mentions }] of groups) yield eventRow(`${story?.id ?? ''}|${key}`, cameo, mentions, story, reading, input);
  }
}

/** What makes two mentions the same participant: the story entity, else its country and sector, else its words. */
function participantKey(arg: ArgRef | undefined, article: ArticleId, reading: StoryReading): string {
  if (!arg) return '';
  const entity = reading.entity(article, arg, 'participant');
  if (entity) return entity.id;
  if (arg.country || arg.sector) return `${arg.country ?? ''}:${arg.sector ?? ''}`;
  return arg.text.toLowerCase();
}

function eventRow(key: string, cameo: CameoCode, mentions: Mentioned[], story: Story | undefined, reading: StoryReading, input: ExportInput): string[] {
  const { article, event } = mentions[0]!;
  const added = input.added?.get(article.id);
  // When it happened, else when it was reported; never when it was stored (DATEADDED says that): an undated event has no Day.
  const day = gdeltDay(reading.eventDate(article.id, event).date) ?? gdeltDay(article.published);
  const articles = [...new Map(mentions.map((m) => [m.article.id, m.article])).values()];
  // NumSources: outlets, where a copy or rewrite (Story.derivation) counts as the outlet it copies
  const root = sourceOf(story?.derivation ?? []), byId = new Map(articles.map((a) => [a.id as string, a]));
  const sources = new Set(articles.map((a) => { const r = root(a.id); return r === a.id ? a.source.name : byId.get(r)?.source.name ?? `copy of ${r}`; }));
  const tone = articles.reduce((sum, a) => sum + toneOf(a).tone, 0) / articles.length;
  const actor1Place = actorPlace(event.actor, article.id, reading), actor2Place = actorPlace(event.target, article.id, reading);
  const actionPlace = (event.place && placeOfMention(event.place.text, reading.entityId(article.id, event.place, 'participant'), story))
    ?? placeOfCountry(reading.country(article.id, event.place)) ?? actor1Place ?? actor2Place;
  return [
    numericId(key), day ?? '', day?.slice(0, 6) ?? '', day?.slice(0, 4) ?? '', day ? fractionDate(day) : '',
    ...actorColumns(event.actor, article.id, reading), ...actorColumns(event.target, article.id, reading),
    isLead(article, event) ? '1' : '0', cameo.code, cameo.base, cameo.root, String(cameo.quadClass), num(cameo.goldstein, 1),
    String(mentions.length), String(sources.size), String(articles.length), num(tone),
    ...eventGeoColumns(actor1Place), ...eventGeoColumns(actor2Place), ...eventGeoColumns(actionPlace),
    gdeltStamp(added) ?? gdeltStamp(article.published) ?? '', documentUrl(article) ?? article.origin,
  ];
}

/** The 10 actor columns: CAMEO code (country + type), name, country, known group, ethnic, 2 religions, 3 types. */
function actorColumns(arg: ArgRef | undefined, article: ArticleId, reading: StoryReading): string[] {
  if (!arg) return ['', '', '', '', '', '', '', '', '', ''];
  const entity = reading.entity(article, arg, 'participant');
  const country = cameoCountry(reading.country(article, arg) ?? entity?.geo?.country) ?? '';
  const type = sectorType(arg.sector) ?? '';
  const name = (entity?.name ?? arg.text).toUpperCase();
  return [`${country}${type}`, name, country, '', '', '', '', type, '', ''];
}

function actorPlace(arg: ArgRef | undefined, article: ArticleId, reading: StoryReading): Place | undefined {
  if (!arg) return undefined;
  const entity = reading.entity(article, arg, 'participant');
  return placeOfEntity(entity?.geo ? entity : undefined) ?? placeOfCountry(reading.country(article, arg) ?? entity?.geo?.country);
}

/** GDELT's IsRootEvent: the event is told in the lead (the title or the first body paragraph). */
function isLead(article: AnalyzedArticle, event: Event): boolean {
  const firstBody = article.segments.find((s) => s.kind === 'body');
  return firstBody ? event.start < firstBody.end : false;
}
