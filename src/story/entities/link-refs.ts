import type { AnalyzedArticle, ArgRef, Entity, EntityId, Mention } from '../../core/model.js';
import { sharedCountries } from './countries.js';
import { comparePersonNames, nameForm, nameKey, parseName } from './names.js';
import { personTitleIn } from './roles.js';

// Quote speakers and event actors, targets and places point at story entities. A ref whose span
// overlaps a mention takes that mention's entity (the last one: the head of an English noun phrase,
// "Kremlin spokesman Dmitry Peskov"); a ref that titles a person of a named body ("the Kremlin
// spokesman", "Hamas' international relations chief") takes the person of the article holding that
// title, if one does; otherwise a ref whose words are an entity's name takes that entity.

/** Fills `entity` (and `country`, when the entity has one) on the article's quote and event refs. */
export function linkRefs<A extends AnalyzedArticle>(article: A, entities: readonly Entity[]): A {
  if (!article.quotes?.length && !article.events?.length) return article;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const mentions = (article.mentions ?? []).filter((m) => m.entity).sort((a, b) => a.start - b.start);
  const here = new Set(mentions.map((m) => m.entity!));
  const link = (ref: ArgRef | undefined): ArgRef | undefined => (ref ? linkRef(ref, mentions, entities, byId, here) : ref);
  const out = { ...article };
  if (article.quotes) out.quotes = article.quotes.map((q) => withRefs(q, { speaker: link(q.speaker) }));
  if (article.events) out.events = article.events.map((e) => withRefs(e, { actor: link(e.actor), target: link(e.target), place: link(e.place) }));
  return out;
}

function withRefs<T extends object>(record: T, refs: Record<string, ArgRef | undefined>): T {
  const out = { ...record } as Record<string, unknown>;
  for (const [k, v] of Object.entries(refs)) if (v) out[k] = v;
  return out as T;
}

function linkRef(ref: ArgRef, mentions: readonly Mention[], entities: readonly Entity[], byId: ReadonlyMap<EntityId, Entity>, here: ReadonlySet<EntityId>): ArgRef {
  if (ref.entity) return ref;
  const entity = byMention(ref, mentions, entities, byId, here) ?? byName(ref.text, entities) ?? byTitle(ref.text, undefined, entities, here);
  if (!entity) return ref;
  const out: ArgRef = { ...ref, entity: entity.id };
  if (!out.country && entity.country) out.country = entity.country;
  return out;
}

function byMention(ref: ArgRef, mentions: readonly Mention[], entities: readonly Entity[], byId: ReadonlyMap<EntityId, Entity>, here: ReadonlySet<EntityId>): Entity | undefined {
  const inside = mentions.filter((m) => m.start < ref.end && ref.start < m.end);
  // A place the ref locates itself in ("leaders in Moscow") is not its head, unless nothing else is named.
  const core = inside.filter((m) => !/\b(?:in|at|on|near|from)\s+(?:the\s+)?$/i.test(ref.text.slice(0, Math.max(0, m.start - ref.start))));
  const head = (core.length ? core : inside).at(-1);
  if (!head) return undefined;
  const entity = byId.get(head.entity!);
  if (!entity || entity.type === 'PER') return entity;
  // "the Kremlin spokesman": the words after the name title a person of that body.
  const title = personTitleIn(ref.text.slice(Math.max(0, head.end - ref.start)));
  if (title) return byTitle(title, entity, entities, here);
  // "Russian officials": a demonym stands for its country when the story names it.
  if (entity.type === 'MISC' && entity.country) return countryEntity(entity.country, entities) ?? entity;
  return entity;
}

/** The story's entity for the country itself (named as the country tables name it), not a place in it. */
function countryEntity(code: string, entities: readonly Entity[]): Entity | undefined {
  const name = sharedCountries().name(code);
  return entities.find((e) => e.type === 'LOC' && e.country === code && e.name === name);
}

/** The one person of this article holding `title` (of `body`, when given). */
function byTitle(text: string, body: Entity | undefined, entities: readonly Entity[], here: ReadonlySet<EntityId>): Entity | undefined {
  const title = personTitleIn(text);
  if (!title) return undefined;
  const bodyKey = body && nameKey(body.name);
  const holders = entities.filter((e) => e.type === 'PER' && here.has(e.id) && (e.roles ?? []).some((r) => r.split(' ').includes(title))
    && (!body || (e.affiliation !== undefined && nameKey(e.affiliation) === bodyKey) || (!!e.country && e.country === body.country && body.type !== 'PER')));
  return holders.length === 1 ? holders[0] : undefined;
}

/** An entity one of whose spellings the ref's words are, or a person the words name in short. */
function byName(text: string, entities: readonly Entity[]): Entity | undefined {
  const key = nameKey(text);
  if (!key) return undefined;
  const exact = entities.filter((e) => e.aliases.some((a) => nameKey(a.text) === key));
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return undefined;
  const parsed = parseName(nameForm(text));
  if (!parsed.core.length || parsed.core.length > 4) return undefined;
  const people = entities.filter((e) => e.type === 'PER' && ['same', 'shorter'].includes(comparePersonNames(parsed, parseName(e.name)).relation));
  return people.length === 1 ? people[0] : undefined;
}
