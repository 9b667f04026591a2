// PLOVER event types and modes as CAMEO codes, for GDELT's Event table.
//
// PLOVER_TO_CAMEO is derived from CAMEO2PLOVER-2021.txt of the PLOVER project (Philip Schrodt et al.,
// https://github.com/openeventdata/PLOVER), licensed CC BY-SA 4.0, read in reverse by
// ./reverse-cameo.ts (the most general code per type and type/mode). This derived table is itself
// shared under CC BY-SA 4.0. The Goldstein-like weights are ours: approximations, per CAMEO root and
// base code, of the Goldstein (1992) conflict–cooperation scale as CAMEO-coded data use it.

import { ploverCategory } from '../../analyze/events/ontology.js';

export const PLOVER_TO_CAMEO: Readonly<Record<string, string>> = {
  'ACCUSE/allege': '114', 'ACCUSE/disapprove': '110', 'ACCUSE/investigate': '090',
  'AGREE': '030', 'AID': '070',
  'ASSAULT': '180', 'ASSAULT/abduct': '181', 'ASSAULT/assassinate': '185', 'ASSAULT/beat': '182', 'ASSAULT/cleansing': '201',
  'ASSAULT/explosives': '1832', 'ASSAULT/firearms': '193', 'ASSAULT/heavy-weapons': '194', 'ASSAULT/massacre': '200',
  'ASSAULT/pro_autocracy': '175', 'ASSAULT/seize': '1712', 'ASSAULT/sexual': '1821', 'ASSAULT/suicide-attack': '183',
  'ASSAULT/torture': '1822', 'ASSAULT/unconventional': '204',
  'COERCE': '170', 'COERCE/arrest': '173', 'COERCE/ban': '1722', 'COERCE/curfew': '1723', 'COERCE/deport': '174',
  'COERCE/martial-law': '1724', 'COERCE/restrict': '163', 'COERCE/seize': '171',
  'CONCEDE': '080',
  'CONSULT': '040', 'CONSULT/phone': '041', 'CONSULT/third-party': '044', 'CONSULT/visit': '042',
  'COOPERATE': '060',
  'MOBILIZE': '150', 'MOBILIZE/police': '151', 'MOBILIZE/troops': '152',
  'PROTEST': '140', 'PROTEST/boycott': '143', 'PROTEST/demo': '141', 'PROTEST/hunger': '142', 'PROTEST/obstruct': '144',
  'PROTEST/riot': '145',
  'REJECT': '120', 'REJECT/assist': '121', 'REJECT/change': '123', 'REJECT/meet': '125', 'REJECT/yield': '128',
  'REQUEST': '100', 'REQUEST/assist': '101', 'REQUEST/change': '104', 'REQUEST/meet': '106', 'REQUEST/yield': '1051',
  'RETREAT': '084', 'RETREAT/access': '086', 'RETREAT/ceasefire': '0871', 'RETREAT/disarm': '087', 'RETREAT/ease': '085',
  'RETREAT/release': '0841', 'RETREAT/return': '0842', 'RETREAT/withdraw': '0872',
  'SANCTION': '160', 'SANCTION/discontinue': '162', 'SANCTION/expel': '166', 'SANCTION/withdraw': '161',
  'SUPPORT': '050',
  'THREATEN': '130', 'THREATEN/ban': '132', 'THREATEN/expel': '136', 'THREATEN/political': '1321', 'THREATEN/relations': '133',
  'THREATEN/restrict': '1312', 'THREATEN/territory': '1382', 'THREATEN/violence': '137',
};

/** Types the file lists only with modes: the mode that stands for the bare type (our choice). */
const BARE_TYPE_MODE: Readonly<Record<string, string>> = { ACCUSE: 'disapprove' };

export interface CameoCode {
  /** Full code as GDELT writes it: 3 or 4 digits ('042', '0871'). */
  code: string;
  base: string;
  root: string;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
}

/**
 * The CAMEO code of a PLOVER event after the manual's auxiliary-mode rule (a negated cooperation is a
 * refusal, a hedged one an intention; a negated conflict is no event: undefined), its mode when the
 * table has it, else its type's general code. Undefined for a type that is not PLOVER.
 */
export function cameoOf(event: { type: string; mode?: string; negated: boolean; hedged: boolean }): CameoCode | undefined {
  const type = ploverCategory(event)?.toUpperCase();
  if (!type) return undefined;
  // A mode belongs to its type: when the rule changed the type, the mode no longer applies.
  const mode = type === event.type.toUpperCase() ? event.mode?.trim().toLowerCase() : undefined;
  const code = (mode && PLOVER_TO_CAMEO[`${type}/${mode}`]) ?? PLOVER_TO_CAMEO[type]
    ?? (BARE_TYPE_MODE[type] ? PLOVER_TO_CAMEO[`${type}/${BARE_TYPE_MODE[type]}`] : undefined);
  return code ? describe(code) : undefined;
}

export function describe(code: string): CameoCode {
  const base = code.slice(0, 3), root = code.slice(0, 2);
  return { code, base, root, quadClass: quadClass(root), goldstein: GOLDSTEIN_BASE[base] ?? GOLDSTEIN_ROOT[root] ?? 0 };
}

/** GDELT's four classes over the CAMEO roots: 01–05, 06–08, 09–13, 14–20. */
function quadClass(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

const GOLDSTEIN_ROOT: Readonly<Record<string, number>> = {
  '01': 0, '02': 3, '03': 4, '04': 1, '05': 3.5, '06': 6, '07': 7, '08': 5, '09': -2, '10': -5,
  '11': -2, '12': -4, '13': -6, '14': -6.5, '15': -7.2, '16': -4, '17': -7, '18': -9, '19': -10, '20': -10,
};
const GOLDSTEIN_BASE: Readonly<Record<string, number>> = {
  '042': 1.9, '043': 2.8, '044': 2.5, '045': 5, '046': 7, '051': 3.4, '053': 3.8, '054': 6, '055': 7, '056': 7, '057': 8,
  '061': 6.4, '062': 7.4, '063': 7.4, '064': 7, '071': 7.4, '072': 8.3, '073': 7.4, '074': 8.5,
  '084': 7, '085': 7, '086': 9, '087': 9, '102': -4, '103': -4, '104': -4, '105': -4,
  '128': -5, '129': -5, '130': -4.4, '131': -5.8, '132': -5.8, '133': -5.8, '134': -5.8, '135': -5.8,
  '136': -7, '137': -7, '138': -7, '139': -7, '144': -7.5, '145': -7.5,
  '162': -5.6, '163': -8, '164': -7, '165': -7, '166': -7, '171': -9.2, '172': -5, '173': -5, '174': -5, '175': -9,
  '182': -9.5, '183': -10, '184': -8, '185': -8, '186': -10, '191': -9.5, '192': -9.5, '196': -9.5,
};

/** CAMEO actor type codes for the sector nouns event extraction reports ("officials", "police"). */
const SECTOR_TYPES: Readonly<Record<string, string>> = Object.fromEntries(
  `GOV:official,officer,government,authority,authorities,administration,ministry,minister,president,leader,spokesman,
  spokeswoman,spokesperson,envoy,ambassador,diplomat,delegation,delegate,representative,negotiator,regime,junta,cabinet,
  embassy,consulate,premier,chancellor,governor,mayor,king,queen,prince,emir,ruler,state,department,directorate,bureau,secretary
  MIL:military,army,navy,troop,troops,soldier,force,forces,airforce,general,commander,warship,warplane,tank,drone,unit,squad,peacekeeper
  COP:police,policeman,policemen
  REB:rebel,guerrilla,guerilla,insurgent,fighter,gunman,militant,militia,militiaman,separatist,jihadist,extremist,terrorist
  OPP:opposition,dissident
  PTY:party
  JUD:court,judge,prosecutor
  LEG:parliament,lawmaker,legislator,congress,senate,legislature,assembly
  MED:journalist,newspaper,media,reporter
  BUS:company,firm,business,businessman
  CVL:citizen,civilian,resident,villager,people,population,community,crowd,youth
  REF:refugee,migrant
  EDU:student,teacher,university
  HLH:doctor,hospital,nurse
  LAB:worker,union,employee
  AGR:farmer
  REL:cleric,imam,bishop,priest
  SPY:intelligence
  ACT:activist,protester,protestor,demonstrator`
    .replace(/,\s*\n\s*/g, ',').split(/\n/).flatMap((line) => { const [code, words] = line.trim().split(':') as [string, string]; return words.split(',').filter(Boolean).map((w) => [w.trim(), code]); }),
);

/** The CAMEO type code of a sector noun (singular or plural), if we know one. */
export function sectorType(sector: string | undefined): string | undefined {
  if (!sector) return undefined;
  const w = sector.trim().toLowerCase();
  return SECTOR_TYPES[w] ?? SECTOR_TYPES[w.replace(/(ies)$/, 'y').replace(/(s)$/, '')] ?? SECTOR_TYPES[w.replace(/men$/, 'man')];
}
