// The US states (and DC) as local news writes them in datelines and after a town: the full name,
// the AP style abbreviation ("Wash.", "Calif.") and the postal code. A state is a first-level
// division: two reports whose towns lie in different states report different events.

/** [state, AP abbreviation (none for the short names AP spells out), postal code]; centres follow in CENTRE. */
const STATES: readonly (readonly [string, string | null, string])[] = [
  ['Alabama', 'Ala.', 'AL'], ['Alaska', null, 'AK'], ['Arizona', 'Ariz.', 'AZ'], ['Arkansas', 'Ark.', 'AR'],
  ['California', 'Calif.', 'CA'], ['Colorado', 'Colo.', 'CO'], ['Connecticut', 'Conn.', 'CT'], ['Delaware', 'Del.', 'DE'],
  ['District of Columbia', 'D.C.', 'DC'], ['Florida', 'Fla.', 'FL'], ['Georgia', 'Ga.', 'GA'], ['Hawaii', null, 'HI'],
  ['Idaho', null, 'ID'], ['Illinois', 'Ill.', 'IL'], ['Indiana', 'Ind.', 'IN'], ['Iowa', null, 'IA'], ['Kansas', 'Kan.', 'KS'],
  ['Kentucky', 'Ky.', 'KY'], ['Louisiana', 'La.', 'LA'], ['Maine', null, 'ME'], ['Maryland', 'Md.', 'MD'],
  ['Massachusetts', 'Mass.', 'MA'], ['Michigan', 'Mich.', 'MI'], ['Minnesota', 'Minn.', 'MN'], ['Mississippi', 'Miss.', 'MS'],
  ['Missouri', 'Mo.', 'MO'], ['Montana', 'Mont.', 'MT'], ['Nebraska', 'Neb.', 'NE'], ['Nevada', 'Nev.', 'NV'],
  ['New Hampshire', 'N.H.', 'NH'], ['New Jersey', 'N.J.', 'NJ'], ['New Mexico', 'N.M.', 'NM'], ['New York', 'N.Y.', 'NY'],
  ['North Carolina', 'N.C.', 'NC'], ['North Dakota', 'N.D.', 'ND'], ['Ohio', null, 'OH'], ['Oklahoma', 'Okla.', 'OK'],
  ['Oregon', 'Ore.', 'OR'], ['Pennsylvania', 'Pa.', 'PA'], ['Rhode Island', 'R.I.', 'RI'], ['South Carolina', 'S.C.', 'SC'],
  ['South Dakota', 'S.D.', 'SD'], ['Tennessee', 'Tenn.', 'TN'], ['Texas', null, 'TX'], ['Utah', null, 'UT'],
  ['Vermont', 'Vt.', 'VT'], ['Virginia', 'Va.', 'VA'], ['Washington', 'Wash.', 'WA'], ['West Virginia', 'W.Va.', 'WV'],
  ['Wisconsin', 'Wis.', 'WI'], ['Wyoming', 'Wyo.', 'WY'],
];

/** Postal code of a state by its name, AP abbreviation or postal code (as written, case kept for codes). */
const CODE = new Map<string, string>();
for (const [name, ap, code] of STATES) {
  CODE.set(name.toLowerCase(), code);
  if (ap) { CODE.set(ap.toLowerCase(), code); CODE.set(ap.toLowerCase().replace(/\.$/, ''), code); }
  CODE.set(code, code);
}

/** The state's postal code, or undefined: "Wash." and "Washington" give WA; a postal code only in capitals. */
export function usState(written: string): string | undefined {
  const t = written.trim();
  if (/^[A-Z]{2}$/.test(t)) return CODE.get(t);
  return CODE.get(t.toLowerCase());
}

/** A pattern matching any state as written after a town ("Puyallup, Wash."), longest names first. */
export const STATE_PATTERN = [...new Set(STATES.flatMap(([name, ap, code]) => [name, ...(ap ? [ap] : []), code]))]
  .sort((a, b) => b.length - a.length).map((s) => s.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|');

/** A point near the middle of each state (rounded): towns of one name in several states are told apart by it. */
const CENTRE: Readonly<Record<string, readonly [number, number]>> = {
  AL: [32.8, -86.8], AK: [64.2, -152.5], AZ: [34.3, -111.7], AR: [34.9, -92.4], CA: [37.2, -119.5], CO: [39.0, -105.5], CT: [41.6, -72.7], DE: [39.0, -75.5], DC: [38.9, -77.0], FL: [28.6, -82.4], GA: [32.7, -83.4], HI: [20.8, -156.3], ID: [44.4, -114.6], IL: [40.0, -89.2], IN: [39.9, -86.3], IA: [42.1, -93.5], KS: [38.5, -98.4], KY: [37.5, -85.3], LA: [31.1, -92.0], ME: [45.4, -69.2], MD: [39.0, -76.8], MA: [42.3, -71.8], MI: [44.3, -85.4], MN: [46.3, -94.3], MS: [32.7, -89.7], MO: [38.4, -92.5], MT: [47.0, -109.6], NE: [41.5, -99.8], NV: [39.3, -116.6], NH: [43.7, -71.6], NJ: [40.2, -74.7], NM: [34.4, -106.1], NY: [42.9, -75.5], NC: [35.6, -79.4], ND: [47.5, -100.5], OH: [40.3, -82.8], OK: [35.6, -97.5], OR: [43.9, -120.6], PA: [40.9, -77.8], RI: [41.7, -71.5], SC: [33.9, -80.9], SD: [44.4, -100.2], TN: [35.9, -86.4], TX: [31.5, -99.3], UT: [39.3, -111.7], VT: [44.1, -72.7], VA: [37.5, -78.9], WA: [47.4, -120.5], WV: [38.6, -80.6], WI: [44.6, -89.9], WY: [43.0, -107.6],
};

/** The state's middle, for its postal code. */
export function stateCentre(code: string): { lat: number; lon: number } | undefined {
  const c = CENTRE[code];
  return c && { lat: c[0], lon: c[1] };
}
