import { nameKey } from './entities/by-name.js';
import type { ArgRef, Entity, EntityId } from '../core/model.js';

/** Who an event participant stands for across a story's reports: a key equal for the same party. */
export interface Party { key: string }

/**
 * Who a participant stands for, so that reports align: a place or anything affiliated with a
 * country stands for that country ("the Israeli Foreign Ministry" and "Israel" both for IL),
 * else the entity itself, else its normalised words.
 */
export function partyResolver(entities: readonly Entity[]): (ref: ArgRef | undefined, entity: EntityId | undefined) => Party {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const countryOfName = new Map<string, string>();
  for (const e of entities) if (e.geo?.country && e.type === 'LOC') for (const a of e.aliases) countryOfName.set(nameKey(a.text), e.geo.country);
  // `entity`: the story entity the participant is linked to (Story.links).
  return (ref, entity) => {
    if (!ref) return { key: '' };
    const e = entity ? byId.get(entity) : undefined;
    if (e) {
      // People keep their own identity; organisations and places stand for their country.
      if (e.type !== 'PER' && (e.country ?? e.geo?.country)) return { key: `C:${e.country ?? e.geo!.country}` };
      return { key: `E:${e.id}` };
    }
    if (ref.country) return { key: `C:${ref.country}` };
    const k = nameKey(ref.text);
    return { key: countryOfName.has(k) ? `C:${countryOfName.get(k)}` : `T:${k}` };
  };
}
