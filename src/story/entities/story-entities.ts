import type { Alias, AnalyzedArticle, ArticleId, Entity, EntityId, EntityLink, EntityType, Geo, Mention } from '../../core/model.js';
import { STORY_KINDS } from '../text.js';
import { segmentAt } from '../../core/spans.js';
import { type Countries, SEATS } from './countries.js';
import { countryGeo, geocodePlace, regionGeo } from './geocode.js';
import type { Gazetteer } from './gazetteer.js';
import { chainArticle, type LocalEntity } from './in-article.js';
import { isAcronym, keyDistance, nameForm, nameKey, parseName } from './names.js';
import { regionById, regionOf } from './regions.js';
import { resolveAcrossArticles } from './resolve.js';

/** The tables entity resolution reads (a StoryContext has them). */
export interface EntityTables {
  /** The city gazetteer, asked for only when the story has places. */
  gazetteer: () => Gazetteer;
  countries: Countries;
}

export interface StoryEntities {
  entities: Entity[];
  /** A link per mention of story text to its entity, in article order (of `articles`), then by position. */
  links: EntityLink[];
}

/**
 * One entity per real-world thing named in the story's articles: in-article chains first, then
 * resolution across articles, then names, types, roles, affiliations and coordinates. Mentions in
 * comments, credits and boilerplate are not the story's and get no entity. Entities come most
 * mentioned first, with ids `${storyKey}-E1`, `-E2`, ...
 */
export function resolveStoryEntities(articles: readonly Readonly<AnalyzedArticle>[], storyKey: string, tables: EntityTables): StoryEntities {
  const { countries, gazetteer: places } = tables;
  // "Paris" is a place, so "Paris Hospital" is not its long form; asked only of such pairs.
  const known = new Map<string, boolean>();
  const isKnownPlace = (name: string) => {
    let k = known.get(name);
    if (k === undefined) known.set(name, k = !!countries.byName(name, 'LOC') || !!regionOf(name) || places().lookup(name).some((p) => p.population >= 1000));
    return k;
  };
  const locals: LocalEntity[] = [];
  articles.forEach((a, i) => {
    const own = (a.mentions ?? []).filter((m) => { const s = segmentAt(a.segments, m); return !!s && STORY_KINDS.has(s.kind); }).sort((x, y) => x.start - y.start);
    locals.push(...chainArticle(a.text, a.id, i, own, countries, isKnownPlace));
  });
  const clusters = resolveAcrossArticles(locals, isKnownPlace);
  const storyCountries = countriesOf(clusters);

  const built = clusters.map((members) => ({ members, entity: buildEntity(members, countries, places, storyCountries) }));
  built.sort((x, y) => y.entity.count - x.entity.count || x.entity.name.localeCompare(y.entity.name));
  const idOf = new Map<Mention, EntityId>();
  const entities = built.map(({ members, entity }, i) => {
    entity.id = `${storyKey}-E${i + 1}` as EntityId;
    for (const l of members) for (const m of l.mentions) idOf.set(m, entity.id);
    return entity;
  });
  const links: EntityLink[] = [];
  for (const a of articles)
    for (const m of a.mentions ?? []) {
      const entity = idOf.get(m);
      if (entity) links.push({ article: a.id, start: m.start, end: m.end, kind: 'mention', entity });
    }
  return { entities, links };
}

/** The countries the story is about, from its countries, regions, demonyms and seats: what disambiguates its places. */
function countriesOf(clusters: readonly LocalEntity[][]): Set<string> {
  const out = new Set<string>();
  for (const c of clusters)
    for (const l of c) {
      const [kind, id] = (l.key ?? '').split(':');
      if (kind === 'country' || kind === 'demonym') out.add(id!);
      else if (kind === 'region') { const r = regionById(id!); if (r?.country) out.add(r.country); }
      else if (kind === 'seat') { const code = SEATS[id!]; if (code) out.add(code); }
    }
  return out;
}

function buildEntity(members: readonly LocalEntity[], countries: Countries, places: () => Gazetteer, storyCountries: ReadonlySet<string>): Entity {
  const all: { m: Mention; article: ArticleId }[] = members.flatMap((l) => l.mentions.map((m) => ({ m, article: l.article })));
  const aliases = aliasList(all);
  const tabled = members.find((l) => l.key && !l.key.startsWith('name:'))?.key;
  const [kind, id] = (tabled ?? '').split(':') as [string, string];
  const isPerson = members.some((l) => l.kind === 'person');
  const type: EntityType = isPerson ? 'PER' : kind === 'country' || kind === 'region' ? 'LOC' : kind === 'seat' ? 'ORG' : kind === 'demonym' ? 'MISC' : voteType(all.map((x) => x.m));
  const entity: Entity = { id: '' as EntityId, name: canonicalName(aliases, isPerson), type, aliases, count: all.length };

  const roles = tally(members.flatMap((l) => l.roles));
  if (roles.length) entity.roles = roles;
  const affiliation = tally(members.flatMap((l) => l.affiliations))[0];
  let country = tally(members.flatMap((l) => l.countries))[0];
  let geo: Geo | undefined;
  if (kind === 'country') {
    entity.name = countries.name(id);
    country = id;
    geo = countryGeo(id, countries, places());
  } else if (kind === 'region') {
    const region = regionById(id);
    if (region) { entity.name = region.names[0]!; geo = regionGeo(region); country = region.country; }
  } else if (kind === 'demonym' || kind === 'seat') {
    country = kind === 'demonym' ? id : SEATS[id];
    if (country) entity.affiliation = countries.name(country);
  } else if (type === 'LOC') {
    const found = geocodePlace(aliases.map((a) => a.text), places(), storyCountries);
    if (found) {
      geo = found.geo;
      country = found.geo.country;
      // A capital or seat speaking for its government: its country is an affiliation, not a merge.
      if (members.some((l) => l.metonymic)) entity.affiliation = countries.name(country);
    }
  }
  if (affiliation && !entity.affiliation) entity.affiliation = affiliation;
  if (geo) entity.geo = geo;
  if (country) entity.country = country;
  return entity;
}

/** Spellings as written (no leading "the", no possessive), most used first. */
function aliasList(all: readonly { m: Mention; article: ArticleId }[]): Alias[] {
  const by = new Map<string, { count: number; articles: ArticleId[] }>();
  for (const { m, article } of all) {
    const text = nameForm(m.text);
    const a = by.get(text) ?? { count: 0, articles: [] };
    a.count++;
    if (!a.articles.includes(article)) a.articles.push(article);
    by.set(text, a);
  }
  return [...by.entries()].map(([text, a]) => ({ text, count: a.count, articles: a.articles }))
    .sort((x, y) => y.count - x.count || y.text.length - x.text.length || x.text.localeCompare(y.text));
}

/**
 * A person's fullest, most used form; among equals, the spelling nearest to all the others (of "Ali
 * Bagheri Kani", "Ali Baghiri Kani" and "Ali Bagger Kani", the first). Other things: the most used
 * spelled-out form ("Palestinian Authority" over "PA").
 */
export function canonicalName(aliases: readonly Alias[], person: boolean): string {
  const size = (t: string) => (person ? parseName(t).core.length : nameKey(t).split(' ').length);
  // Spread among spellings of the same size: how far one spelling of the full name is from the others.
  const spread = (t: string) => aliases.reduce((s, a) => s + (size(a.text) === size(t) ? a.count * keyDistance(nameKey(t), nameKey(a.text)) : 0), 0);
  const shouted = (t: string) => (t.length > 5 && t === t.toUpperCase() ? 1 : 0);
  const byUse = (x: Alias, y: Alias) => y.articles.length - x.articles.length || y.count - x.count;
  // A person is named in full; a body or place by its most used spelled-out name (an acronym, or a tagger's over-long span, less so).
  const ranked = [...aliases].sort((x, y) => shouted(x.text) - shouted(y.text)
    || (person ? size(y.text) - size(x.text) || byUse(x, y) : Number(isAcronym(x.text)) - Number(isAcronym(y.text)) || byUse(x, y) || size(y.text) - size(x.text))
    || spread(x.text) - spread(y.text) || x.text.localeCompare(y.text));
  return ranked[0]?.text ?? '';
}

/** The mentions' type by vote; MISC counts half (a tagger's "don't know"). */
function voteType(mentions: readonly Mention[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const m of mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + (m.type === 'MISC' ? 0.5 : 1));
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'MISC';
}

/** Distinct values, most frequent first (ties: first seen). */
function tally(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
