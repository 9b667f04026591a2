// The PLOVER event ontology (../shared/data/plover: PLOVER_MANUAL.tex, draft 2.0): 16 event types,
// their modes, and the manual's rule for reducing a category plus an auxiliary mode (future,
// hypothetical, negation) to a single category.

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const PLOVER_MODES: Readonly<Partial<Record<PloverType, readonly string[]>>> = {
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold', 'misinformation', 'cyber'],
  ASSAULT: ['abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive', 'firearms', 'explosives', 'suicide-attack',
    'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional'],
};

/** Labels of PLOVER 0.5b1 (older gold data) and the 2.0 category each became (../shared/data/README.md). */
export const OLD_LABELS: Readonly<Record<string, { type: PloverType; mode?: string }>> = {
  DEMAND: { type: 'REQUEST' },
  DISAPPROVE: { type: 'ACCUSE' },
  FIGHT: { type: 'ASSAULT' },
  INVESTIGATE: { type: 'ACCUSE', mode: 'investigate' },
};

/** A gold label in today's vocabulary; undefined for a label that is not PLOVER. */
export function currentLabel(label: string): PloverType | undefined {
  const up = label.trim().toUpperCase();
  const old = OLD_LABELS[up];
  if (old) return old.type;
  return (PLOVER_TYPES as readonly string[]).includes(up) ? (up as PloverType) : undefined;
}

const COOPERATIVE = new Set<string>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'AGREE', 'CONCEDE', 'RETREAT']);
const MATERIAL_CONFLICT = new Set<string>(['PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);

export const isCooperative = (type: string) => COOPERATIVE.has(type);
export const isMaterialConflict = (type: string) => MATERIAL_CONFLICT.has(type);

/**
 * The single PLOVER category of a coded event, after the manual's "Auxiliary modes" rule: the coder
 * returns one category, never a category plus an auxiliary. Future or hypothetical cooperation is an
 * intention (AGREE); future material conflict is a threat (THREATEN); a negated cooperative act is a
 * refusal (REJECT); a negated conflict is no event (undefined). Our Event records keep the category of
 * the act as written plus its flags (Abbas "is expected to visit" stays CONSULT, hedged), so this is
 * where the two views meet.
 */
export function ploverCategory(e: { type: string; hedged: boolean; negated: boolean }): string | undefined {
  if (e.negated) return isCooperative(e.type) ? 'REJECT' : undefined;
  if (!e.hedged) return e.type;
  // A future release or withdrawal is also a promise: the manual codes announced withdrawals as CONCEDE,
  // the PLOVER gold records as AGREE; we follow the records.
  if (e.type === 'CONSULT' || e.type === 'SUPPORT' || e.type === 'COOPERATE' || e.type === 'AID' || e.type === 'RETREAT') return 'AGREE';
  if (isMaterialConflict(e.type)) return 'THREATEN';
  return e.type;
}
