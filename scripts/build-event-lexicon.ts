// Builds models/event-lexicon.json, the CAMEO half of the event lexicon (src/analyze/syntax/cameo.ts),
// from PETRARCH2's CAMEO verb dictionary and the CAMEO-to-PLOVER table. Deterministic (sorted keys,
// no dates); CI never runs it: the file is committed, and ../shared may be absent at run time.
//   node dist/scripts/build-event-lexicon.js [--dictionary FILE] [--plover FILE] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { EventLexicon, PloverCode } from '../src/analyze/syntax/cameo.js';
import { readCameoDictionary } from './events/cameo-dictionary.js';
import { ploverOf, readCameoPlover } from './events/cameo-plover.js';

const { values } = parseArgs({
  options: {
    dictionary: { type: 'string', default: '../shared/data/petrarch2/dictionaries/CAMEO.2.0.txt' },
    plover: { type: 'string', default: '../shared/data/plover/CAMEO2PLOVER-2021.txt' },
    out: { type: 'string', default: 'models/event-lexicon.json' },
  },
});

const dictionary = readCameoDictionary(readFileSync(values.dictionary!, 'utf8'));
const table = readCameoPlover(readFileSync(values.plover!, 'utf8'));

// only the codes the verbs use, each with its PLOVER reading (null: PLOVER codes no event)
const used = new Set<string>();
for (const v of Object.values(dictionary.verbs)) {
  if (v.code) used.add(v.code);
  for (const p of v.patterns) if (p.code) used.add(p.code);
}
const codes: Record<string, PloverCode | null> = {};
for (const c of [...used].sort()) codes[c] = ploverOf(table, c);

// only the synonym sets the patterns use
const usedSets = new Set<string>();
for (const v of Object.values(dictionary.verbs)) {
  for (const p of v.patterns) {
    for (const np of [p.subj, p.obj, ...(p.pp ?? []).map((x) => x[1])]) {
      for (const w of (np ?? '').split(' ')) if (w.startsWith('&')) usedSets.add(w.slice(1));
    }
  }
}
const sets: Record<string, string[]> = {};
for (const s of [...usedSets].sort()) sets[s] = dictionary.sets[s] ?? [];

const lexicon: EventLexicon = {
  about: 'Built by scripts/build-event-lexicon.ts from PETRARCH2 CAMEO.2.0.txt (MIT, Open Event Data Alliance) '
    + 'and CAMEO2PLOVER-2021.txt; see models/README.md.',
  codes,
  sets,
  verbs: dictionary.verbs,
};

// one verb per line: readable and diff-friendly
const lines = Object.entries(lexicon.verbs).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
const out = `{\n  "about": ${JSON.stringify(lexicon.about)},\n`
  + `  "codes": {\n${Object.entries(codes).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n  },\n`
  + `  "sets": {\n${Object.entries(sets).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n  },\n`
  + `  "verbs": {\n${lines.join(',\n')}\n  }\n}\n`;
writeFileSync(values.out!, out);
const patterns = Object.values(lexicon.verbs).reduce((n, v) => n + v.patterns.length, 0);
console.log(`wrote ${values.out}: ${Object.keys(lexicon.verbs).length} verbs, ${patterns} patterns, ${Object.keys(codes).length} codes, ${Object.keys(sets).length} sets`);
console.log(`left out: ${JSON.stringify(dictionary.skipped)}`);
