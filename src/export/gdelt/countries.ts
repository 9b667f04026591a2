import { alpha3, countryName as shortName } from '../../core/countries.js';

// GDELT writes two country vocabularies: actors carry CAMEO country codes (ISO 3166-1 alpha-3 for
// states), geography carries FIPS 10-4 codes. Our model speaks ISO alpha-2. The FIPS table is world
// knowledge (FIPS 10-4 as GDELT uses it), written out for every ISO code whose territory has one.

const ISO_TO_FIPS: Readonly<Record<string, string>> = Object.fromEntries(
  `AD:AN AE:AE AF:AF AG:AC AI:AV AL:AL AM:AM AO:AO AQ:AY AR:AR AS:AQ AT:AU AU:AS AW:AA AZ:AJ BA:BK BB:BB BD:BG BE:BE
  BF:UV BG:BU BH:BA BI:BY BJ:BN BL:TB BM:BD BN:BX BO:BL BR:BR BS:BF BT:BT BV:BV BW:BC BY:BO BZ:BH CA:CA CC:CK CD:CG
  CF:CT CG:CF CH:SZ CI:IV CK:CW CL:CI CM:CM CN:CH CO:CO CR:CS CU:CU CV:CV CW:UC CX:KT CY:CY CZ:EZ DE:GM DJ:DJ DK:DA
  DM:DO DO:DR DZ:AG EC:EC EE:EN EG:EG EH:WI ER:ER ES:SP ET:ET FI:FI FJ:FJ FK:FK FM:FM FO:FO FR:FR GA:GB GB:UK GD:GJ
  GE:GG GF:FG GG:GK GH:GH GI:GI GL:GL GM:GA GN:GV GP:GP GQ:EK GR:GR GS:SX GT:GT GU:GQ GW:PU GY:GY HK:HK HM:HM HN:HO
  HR:HR HT:HA HU:HU ID:ID IE:EI IL:IS IM:IM IN:IN IO:IO IQ:IZ IR:IR IS:IC IT:IT JE:JE JM:JM JO:JO JP:JA KE:KE KG:KG
  KH:CB KI:KR KM:CN KN:SC KP:KN KR:KS KW:KU KY:CJ KZ:KZ LA:LA LB:LE LC:ST LI:LS LK:CE LR:LI LS:LT LT:LH LU:LU LV:LG
  LY:LY MA:MO MC:MN MD:MD ME:MJ MF:RN MG:MA MH:RM MK:MK ML:ML MM:BM MN:MG MO:MC MP:CQ MQ:MB MR:MR MS:MH MT:MT MU:MP
  MV:MV MW:MI MX:MX MY:MY MZ:MZ NA:WA NC:NC NE:NG NF:NF NG:NI NI:NU NL:NL NO:NO NP:NP NR:NR NU:NE NZ:NZ OM:MU PA:PM
  PE:PE PF:FP PG:PP PH:RP PK:PK PL:PL PM:SB PN:PC PR:RQ PS:WE PT:PO PW:PS PY:PA QA:QA RE:RE RO:RO RS:RI RU:RS RW:RW
  SA:SA SB:BP SC:SE SD:SU SE:SW SG:SN SH:SH SI:SI SJ:SV SK:LO SL:SL SM:SM SN:SG SO:SO SR:NS SS:OD ST:TP SV:ES SX:NN
  SY:SY SZ:WZ TC:TK TD:CD TF:FS TG:TO TH:TH TJ:TI TK:TL TL:TT TM:TX TN:TS TO:TN TR:TU TT:TD TV:TV TW:TW TZ:TZ UA:UP
  UG:UG US:US UY:UY UZ:UZ VA:VT VC:VC VE:VE VG:VI VI:VQ VN:VM VU:NH WF:WF WS:WS XK:KV YE:YM YT:MF ZA:SF ZM:ZA ZW:ZI`
    .split(/\s+/).filter(Boolean).map((p) => p.split(':') as [string, string]),
);

/** Gaza has its own FIPS code; the rest of Palestine is the West Bank (WE). */
const GAZA = { south: 31.2, north: 31.6, west: 34.2, east: 34.6 };

/** The FIPS 10-4 code of an ISO alpha-2 country, using the coordinates where one ISO code covers two. */
export function fipsOf(iso2: string | undefined, at?: { lat: number; lon: number }): string | undefined {
  if (!iso2) return undefined;
  const code = iso2.toUpperCase();
  if (code === 'PS' && at && at.lat >= GAZA.south && at.lat <= GAZA.north && at.lon >= GAZA.west && at.lon <= GAZA.east) return 'GZ';
  return ISO_TO_FIPS[code];
}

/** CAMEO's country code for an actor: ISO alpha-3 (Kosovo, which ISO has not coded, is CAMEO's KSV). */
export function cameoCountry(iso2: string | undefined): string | undefined {
  if (!iso2) return undefined;
  const code = iso2.toUpperCase();
  if (code === 'XK') return 'KSV';
  return alpha3(code);
}

/** The English short name of an ISO alpha-2 country. */
export function countryName(iso2: string | undefined): string | undefined {
  if (!iso2) return undefined;
  return shortName(iso2);
}
