import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadEventLexiconSync } from '../syntax/load-lexicon.js';
import { PLOVER_MODES, PLOVER_TYPES, type PloverType } from './ontology.js';

test('every CAMEO code of the committed event lexicon reads as a PLOVER type and mode, or as no event', (t) => {
  const lexicon = loadEventLexiconSync();
  if (!lexicon) { t.skip('models/event-lexicon.json is absent: run npm run train:events'); return; }
  for (const [code, p] of Object.entries(lexicon.codes)) {
    if (p === null) continue;
    assert.ok((PLOVER_TYPES as readonly string[]).includes(p.type), `${code}: ${p.type}`);
    if (p.mode) assert.ok(PLOVER_MODES[p.type as PloverType]?.includes(p.mode), `${code}: ${p.type} ${p.mode}`);
  }
});
