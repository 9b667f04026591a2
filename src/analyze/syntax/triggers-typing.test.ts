import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventTyping, LexiconPolicy } from './cameo.js';
import { fixture } from './_fixture.js';
import { loadSyntaxModelSync } from './load.js';
import { DEFAULT_TYPING, loadEventLexiconSync } from './load-lexicon.js';
import { parseSentences } from './parse.js';

// Predicates typed on the trained parse with the committed CAMEO lexicon, under each policy.
const model = loadSyntaxModelSync();
const lexicon = loadEventLexiconSync();

function typed(text: string, policy: LexiconPolicy, over: Partial<EventTyping> = {}): string[] {
  const f = fixture(text, {});
  const typing: EventTyping = { lexicon: lexicon!, ...DEFAULT_TYPING, policy, ...over };
  return parseSentences(f.text, f.tokens, f.sentences, f.mentions, model, typing)
    .flatMap((s) => s.predicates.filter((p) => p.entry?.type).map((p) => `${f.text.slice(f.tokens[p.first]!.start, f.tokens[p.last]!.end)}:${p.entry!.type}`));
}

test('hand+veto: a CAMEO pattern on the object says "killed himself" is no assault; other killings stay', (t) => {
  if (!model || !lexicon) { t.skip('models/syntax.bin or models/event-lexicon.json is absent'); return; }
  assert.deepEqual(typed('The gunman killed himself.', 'hand'), ['killed:ASSAULT']);
  assert.deepEqual(typed('The gunman killed himself.', 'hand+veto'), []);
  assert.deepEqual(typed('The gunman killed two villagers.', 'hand+veto'), ['killed:ASSAULT']);
  // a statement PLOVER leaves uncoded (CAMEO 018) is no veto: only the dictionary's "no event" is
  assert.deepEqual(typed('Putin offered condolences to the families.', 'hand+veto'), ['offered condolences:SUPPORT']);
});

test('hand-first: CAMEO types a verb the hand lexicon lacks, from its object ("took him into custody")', (t) => {
  if (!model || !lexicon) { t.skip('models/syntax.bin or models/event-lexicon.json is absent'); return; }
  assert.deepEqual(typed('Deputies took the teenager into custody.', 'hand'), []);
  assert.deepEqual(typed('Deputies took the teenager into custody.', 'hand-first'), ['took:COERCE']);
  // without defaults, a verb alone ("the victim died") is no CAMEO event
  assert.deepEqual(typed('The victim died.', 'hand-first'), []);
});

test('governing verbs keep their hand entry under every policy ("urged ... to")', (t) => {
  if (!model || !lexicon) { t.skip('models/syntax.bin or models/event-lexicon.json is absent'); return; }
  for (const policy of ['hand', 'hand+veto', 'hand-first', 'cameo-first', 'cameo'] as const) {
    assert.deepEqual(typed('Officials urged the rebels to release the hostages.', policy).slice(0, 1), ['urged:REQUEST'], policy);
  }
});

test('a hand pattern\'s object found on the parse, however far from the verb ("provide ~ aid"); a particle stays the next word', (t) => {
  if (!model || !lexicon) { t.skip('models/syntax.bin or models/event-lexicon.json is absent'); return; }
  const text = 'The agency will provide nearly 25,000 tons of emergency food aid to the refugees.';
  assert.deepEqual(typed(text, 'hand', { argsOnParse: 'window' }), []);
  assert.deepEqual(typed(text, 'hand', { argsOnParse: 'parse' }), ['provide nearly 25,000 tons of emergency food:AID']);
  assert.deepEqual(typed('The union called off the strike.', 'hand', { argsOnParse: 'parse' }), ['called off the strike:CONCEDE']);
});
