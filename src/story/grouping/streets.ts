// The streets a report puts its event on: "the 1700 block of Godman Street", "on Hill and Lake Road",
// "near West Florissant Avenue". Two reports of one town that name streets and share none are most
// often two incidents (GVA dev, pairs within the grouped stories: 86 of 99 pairs naming streets with
// none in common report different shootings, against 108 of 455 pairs of one shooting).

/** "the 900 block of North Rockton Ave.": the street after a block number. */
const BLOCK = /\b\d{1,5}\s+block\s+of\s+((?:[NSEW]\.?\s+)?(?:[A-Z0-9][\p{L}\d'’.-]*\s+){0,3}[A-Z0-9][\p{L}\d'’.-]*)/gu;
/** "on Godman Street", "at 14th Ave.": a capitalised name and a street word. */
const NAMED = /\b(?:on|at|along|near|off|in)\s+((?:[NSEW]\.?\s+)?(?:[A-Z0-9][\p{L}\d'’.-]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.|Boulevard|Blvd\.?|Lane|Ln\.?|Way|Court|Ct\.|Place|Pl\.|Parkway|Pkwy\.?|Highway|Hwy\.?|Circle|Terrace|Trail|Pike))\b/gu;
/** Words that name the kind of street or its side, not which street. */
const NOT_NAME = /^(?:street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|way|court|ct|place|pl|parkway|pkwy|highway|hwy|circle|terrace|trail|pike|north|south|east|west|n|s|e|w|block)$/;
/** A block number may run into the next words: a street name stops at a street word, or after its first two words. */
const STREET_WORD = /^(?:street|st\.?|avenue|ave\.?|road|rd\.?|drive|dr\.?|boulevard|blvd\.?|lane|ln\.?|way|court|ct\.?|place|pl\.?|parkway|pkwy\.?|highway|hwy\.?|circle|terrace|trail|pike)$/i;

/** The streets of the text, each as the words that name it (lower case, without "Street", "North" ...). */
export function streetsIn(text: string): string[] {
  const out = new Set<string>();
  const add = (words: string[]) => {
    const key = words.map((w) => w.toLowerCase().replace(/[.'’]/g, '')).filter((w) => w && !NOT_NAME.test(w)).join(' ');
    if (key) out.add(key);
  };
  for (const m of text.matchAll(BLOCK)) {
    const words = m[1]!.split(/\s+/);
    const end = words.findIndex((w) => STREET_WORD.test(w));
    add(end >= 0 ? words.slice(0, end) : words.slice(0, /^[NSEW]\.?$/.test(words[0]!) ? 3 : 2));
  }
  for (const m of text.matchAll(NAMED)) add(m[1]!.split(/\s+/));
  return [...out];
}
