import type { ArgRef } from '../../core/model.js';
import { countryOf } from '../syntax/countries.js';
import type { Predicate } from '../syntax/triggers.js';
import { POSSESSIVE_PRONOUNS } from '../syntax/words.js';
import type { SentenceContext } from './context.js';

// Acts that fall on an area rather than on anyone named: a curfew imposed on a town, aid suspended in
// a city, troops withdrawn from a country. PLOVER codes the place as their target; so do we, but only
// where the parse shows that what the verb acts on is no participant.

/** Types whose act may fall on an area rather than on anyone: restrictions, their easing, withdrawals. */
const AREA_ACTS = new Set<string>(['COERCE', 'SANCTION', 'CONCEDE', 'RETREAT']);
/** "a curfew in Cizre", "troops from Lebanon". */
const AREA_PREPS = new Set(['in', 'from']);

/**
 * The place an act on an area falls on: a curfew imposed or lifted, measures eased, aid suspended,
 * settlements evacuated, troops withdrawn. Only where what the verb acts on is no participant: a
 * thing the act's own words name ("imposed a curfew", "suspended aid deliveries"), the actor's own
 * ("its troops") or an activity ("ban voting"); then the place it is "in" or withdrawn "from" is what
 * undergoes it. "Police seized guns in Pontiac" names no such act: Pontiac is only where.
 * `h`: the predicate's head token; `object`: its object token; `participant(t)`: token t names one.
 */
export function areaOf(ctx: SentenceContext, p: Predicate, h: number, object: number | undefined, participant: (t: number) => boolean): ArgRef | undefined {
  if (object === undefined || !AREA_ACTS.has(p.entry?.type ?? '')) return undefined;
  const { tree } = ctx.parse;
  // the act's words name the object or its modifier: "imposed a curfew", "eased emergency (measures)"
  let inAct = false;
  for (let k = p.first; k <= p.last; k++) if (k === object || tree.head(k) === object) inAct = true;
  const owned = tree.children(object).some((c) => tree.dep(c) === 'nmod:poss' && POSSESSIVE_PRONOUNS.has(ctx.word(c)));
  // "ban voting in East Jerusalem": an activity named by a gerund is no participant either
  const activity = tree.pos(object) === 'NOUN' && /ing$/.test(ctx.word(object)) && !participant(object);
  if (!inAct && !owned && !activity) return undefined;
  const scopes = [...tree.children(object).filter((c) => /^nmod(?::|$)/.test(tree.dep(c))), ...tree.children(h).filter((c) => /^obl(?::|$)/.test(tree.dep(c)))];
  for (const c of scopes) {
    if (!AREA_PREPS.has(tree.caseOf(c) ?? '')) continue;
    const place = placeNamed(ctx, c);
    if (place) return place;
  }
  return undefined;
}

/**
 * The place a nominal names: itself, or the name its kind is given ("the town of Cizre", "Montenegro
 * province"). Read from the place mentions, not the phrases: a phrase may have taken the place into a
 * group ("inspectors from Iraq").
 */
function placeNamed(ctx: SentenceContext, c: number): ArgRef | undefined {
  const { tree } = ctx.parse;
  const placeAt = (k: number): ArgRef | undefined => {
    const t = ctx.view.tokens[k]!;
    const m = ctx.mentions.find((x) => x.type === 'LOC' && x.start <= t.start && x.end >= t.end);
    if (!m) return undefined;
    const ref: ArgRef = { start: m.start, end: m.end, text: m.text };
    const country = countryOf(m.text);
    if (country) ref.country = country;
    return ref;
  };
  const own = placeAt(c);
  if (own) return own;
  const named = tree.children(c).find((m) => tree.dep(m) === 'compound' || tree.dep(m) === 'flat' || (tree.dep(m) === 'nmod' && tree.caseOf(m) === 'of'));
  return named === undefined ? undefined : placeAt(named);
}
