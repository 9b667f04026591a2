import type { Mention } from '../../core/model.js';
import { type Countries, seatCountry } from './countries.js';
import { nameForm } from './names.js';

// Titles and roles from the words around a name: before it ("Kremlin spokesman Dmitry Peskov",
// "Iran’s Deputy Foreign Minister Ali Bagheri Kani") and in an apposition after it ("Moussa Abu
// Marzouk, a senior Hamas official,"). The role is the title's words; the affiliation is the named
// organisation or country the title belongs to; the country its ISO code when one is known.

/** Nouns a title ends with. */
const HEADS = new Set(('president minister premier chancellor secretary spokesman spokeswoman spokesperson official officer leader chief head ' +
  'chairman chairwoman chair director ambassador envoy diplomat representative representatives delegate negotiator member founder co-founder ' +
  'commander general colonel lieutenant captain admiral governor mayor senator congressman congresswoman lawmaker legislator mp judge ' +
  'prosecutor attorney lawyer king queen prince princess emir sheikh ayatollah cleric imam pope bishop archbishop cardinal rabbi monarch sultan ' +
  'adviser advisor aide analyst expert researcher professor correspondent reporter journalist editor columnist economist ceo executive owner ' +
  'candidate activist politician speaker mufti secretary-general director-general vice-president counterpart deputy officials ' +
  'group movement organization organisation party faction militia agency outlet newspaper broadcaster network ministry government authority ' +
  'council company firm channel').split(' '));
/** Words that qualify a title ("deputy foreign", "international relations", "news"). */
const MODIFIERS = new Set(('deputy vice acting interim former ex first prime foreign defence defense interior finance economy economic justice health ' +
  'education energy trade culture information intelligence security military political special international relations affairs national state ' +
  'supreme assistant associate executive managing permanent presidential ministry army police party parliamentary opposition spiritual ' +
  'religious militant armed islamist news media public chief general bureau politburo press communications regional local federal central ' +
  'human rights humanitarian aid peace crown foreign-ministry spy navy naval air force forces revolutionary guards guard council agency ' +
  'government cabinet white house secretary-general').split(' '));
/** Qualifiers that say how important, not what: dropped from the role. */
const DROPPED = new Set('senior top high-ranking highranking veteran longtime long-time noted prominent leading influential powerful key'.split(' '));
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Heads that name an organisation or a group, not one person. */
const GROUP_HEADS = new Set(('representatives officials group movement organization organisation party faction militia agency outlet newspaper ' +
  'broadcaster network ministry government authority council company firm channel').split(' '));

/** The last word of `text` that titles one person ("spokesman", "minister"), if any. */
export function personTitleIn(text: string): string | undefined {
  const ws = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  for (let i = ws.length - 1; i >= 0; i--) if (HEADS.has(ws[i]!) && !GROUP_HEADS.has(ws[i]!)) return ws[i];
  return undefined;
}
const LINKS = new Set(['of', 'for', 'to', 'at', 'in', 'on']);

export interface RoleInfo {
  roles: string[];
  /** Name of the organisation or country the title belongs to ("Kremlin", "Iran", "Hamas"). */
  affiliation?: string;
  /** ISO alpha-2 of that affiliation, when it has one. */
  country?: string;
}

interface Word { text: string; lower: string; start: number; end: number }

function words(text: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.-]*|['’]s?|,/gu)) {
    const w = m[0].replace(/\.$/, '');
    out.push({ text: w, lower: w.toLowerCase(), start: offset + m.index!, end: offset + m.index! + w.length });
  }
  return out;
}

/** What a mention standing next to a title says about affiliation: a country, a demonym, a seat of government or an organisation. */
export function affiliationOf(m: Mention, countries: Countries): { affiliation: string; country?: string } | undefined {
  const form = nameForm(m.text);
  const demonym = countries.byDemonym(form);
  if (demonym) return { affiliation: countries.name(demonym), country: demonym };
  if (m.type === 'PER') return undefined;
  const country = countries.byName(form, m.type);
  if (country) return { affiliation: countries.name(country), country };
  const seat = seatCountry(form);
  if (seat) return { affiliation: form, country: seat };
  if (m.type === 'ORG') {
    const lead = countries.byDemonym(form.split(/\s+/)[0] ?? '');
    return lead ? { affiliation: form, country: lead } : { affiliation: form };
  }
  return undefined;
}

/**
 * Roles, affiliation and country of the mention `target` from its sentence: a title right before it
 * and an apposition right after it. `mentions` are the article's mentions, sorted by start.
 */
export function rolesAround(text: string, target: Mention, mentions: readonly Mention[], countries: Countries): RoleInfo {
  const info: RoleInfo = { roles: [] };
  before(text, target, mentions, countries, info);
  after(text, target, mentions, countries, info);
  return info;
}

function mentionEndingAt(mentions: readonly Mention[], end: number, text: string): Mention | undefined {
  // A possessive may sit between the mention and the title: "Iran’s Deputy Foreign Minister".
  for (const m of mentions) if (m.end <= end && /^(?:['’]s?)?\s*$/u.test(text.slice(m.end, end)) && m.end >= end - 3) return m;
  return undefined;
}

function mentionAt(mentions: readonly Mention[], start: number): Mention | undefined {
  return mentions.find((m) => m.start <= start && start < m.end);
}

function before(text: string, target: Mention, mentions: readonly Mention[], countries: Countries, info: RoleInfo): void {
  // A tagger may keep the title inside the mention ("President Vladimir Putin").
  const inner = words(target.text, target.start);
  let k = 0;
  while (k < inner.length - 1 && (HEADS.has(inner[k]!.lower) || MODIFIERS.has(inner[k]!.lower))) k++;
  if (k > 0 && HEADS.has(inner[k - 1]!.lower)) addRole(info, inner.slice(0, k));
  const from = Math.max(0, target.start - 160);
  let clause = text.slice(from, target.start);
  const cut = Math.max(clause.lastIndexOf('\n'), ...['. ', '! ', '? ', ';', ':', '“', '"', '(', ')'].map((p) => clause.lastIndexOf(p)));
  const base = cut >= 0 ? from + cut + 1 : from;
  clause = text.slice(base, target.start);
  const ws = words(clause, base);
  let i = ws.length - 1;
  if (ws[i]?.text === ',') i--;                        // "Hamas senior member, Abu Marzouk"
  const title: Word[] = [];
  while (i >= 0 && !mentionAt(mentions, ws[i]!.start) && (HEADS.has(ws[i]!.lower) || MODIFIERS.has(ws[i]!.lower) || DROPPED.has(ws[i]!.lower))) {
    title.unshift(ws[i]!);
    i--;
  }
  const lastTitle = [...title].reverse().find((w) => HEADS.has(w.lower));
  if (!lastTitle && !info.roles.length) return;
  // The title ends with its head: drop modifiers left dangling after it (all of them when it has none).
  while (title.length && title[title.length - 1] !== lastTitle) title.pop();
  if (title.length) addRole(info, title);
  // Before the title: the organisation or country it belongs to, possibly past an adjective ("Ukraine’s Jewish President").
  let end = title[0]?.start ?? target.start;
  for (let hops = 0; hops < 2; hops++) {
    const m = mentionEndingAt(mentions, end, text);
    if (!m) return;
    const aff = affiliationOf(m, countries);
    if (aff) { setAffiliation(info, aff); return; }
    if (m.type !== 'MISC') return;
    end = m.start;
  }
}

function after(text: string, target: Mention, mentions: readonly Mention[], countries: Countries, info: RoleInfo): void {
  const rest = text.slice(target.end, target.end + 160);
  const open = /^(?:['’]s?)?\s*,\s*/u.exec(rest);
  if (!open) return;
  const start = target.end + open[0].length;
  const close = /[,.;:\n()“”"]|\s(?:who|which|that|said|says|told|and)\s/u.exec(text.slice(start, start + 140));
  const end = start + (close ? close.index : 0);
  if (end <= start) return;
  const ws = words(text.slice(start, end), start);
  if (!ws.length || ws.length > 12) return;
  const title: Word[] = [];
  let aff: { affiliation: string; country?: string } | undefined;
  let sawHead = false, unknown = 0;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    const m = mentionAt(mentions, w.start);
    if (m) {
      if (m.start !== w.start) continue;              // the rest of a multi-word mention
      const a = affiliationOf(m, countries);
      if (!a) return;                                  // another person: not an apposition about this one
      aff ??= a;
      continue;
    }
    if (/^['’]s?$/.test(w.text)) continue;
    // "the group’s": an unnamed possessor works as a determiner, not as the title.
    if (DETERMINERS.has(w.lower) || /^['’]s?$/.test(ws[k + 1]?.text ?? '')) continue;
    if (LINKS.has(w.lower)) { if (!sawHead) return; continue; }
    if (HEADS.has(w.lower) && !sawHead) { title.push(w); sawHead = true; continue; }
    if (sawHead) continue;                             // "of the organization": words after the head name no title
    if (MODIFIERS.has(w.lower) || DROPPED.has(w.lower)) { title.push(w); continue; }
    // A few plain words may belong to the title ("international relations chief"), never many.
    if (/^\p{Ll}/u.test(w.text) && ++unknown <= 2) { title.push(w); continue; }
    return;
  }
  if (!sawHead) return;
  addRole(info, title);
  if (aff) setAffiliation(info, aff);
}

function addRole(info: RoleInfo, title: readonly Word[]): void {
  const role = title.map((w) => w.lower).filter((w) => !DROPPED.has(w)).join(' ');
  if (role && !info.roles.includes(role)) info.roles.push(role);
}

function setAffiliation(info: RoleInfo, aff: { affiliation: string; country?: string }): void {
  info.affiliation ??= aff.affiliation;
  if (aff.country) info.country ??= aff.country;
}
