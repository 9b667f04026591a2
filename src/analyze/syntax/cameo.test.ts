import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SyntaxToken, Upos } from '../../core/model.js';
import { compileLexicon, headsClause, ploverReading, readVerb, type EventLexicon, type EventTyping } from './cameo.js';
import { loadEventLexiconSync } from './load-lexicon.js';

// A tiny lexicon in the file's shape, read on parses written by hand (word POS lemma head dep).
const LEXICON: EventLexicon = {
  about: 'test',
  codes: { '190': { type: 'ASSAULT' }, '193': { type: 'ASSAULT', mode: 'firearms' }, '0841': { type: 'RETREAT', mode: 'release' }, '040': { type: 'CONSULT' }, '036': { type: 'AGREE' }, '010': null },
  sets: { weapon: ['gun', 'rifle'] },
  verbs: {
    kill: { code: '190', patterns: [{ code: null, obj: 'himself' }, { code: '193', pp: [['with', '&weapon']] }] },
    release: { code: null, patterns: [{ code: '0841', obj: 'prisoners' }, { code: '010', obj: 'statement' }] },
    meet: { code: '040', patterns: [{ code: '036', pp: [['for', 'talks']] }] },
    'meet with': { code: '040', patterns: [] },
    open: { code: null, patterns: [{ code: '190', obj: 'fire' }] },
  },
};
const lex = compileLexicon(LEXICON);
const typing = (over: Partial<EventTyping> = {}): EventTyping => ({ lexicon: lex, policy: 'cameo', appeals: false, parseGate: false, defaults: true, argsOnParse: 'window', ...over });

function parse(rows: string): { tokens: SyntaxToken[]; words: string[] } {
  const lines = rows.trim().split('\n').map((l) => l.trim().split(/\s+/));
  return { words: lines.map((l) => l[0]!), tokens: lines.map((l) => ({ start: 0, end: 0, pos: l[1] as Upos, lemma: l[2]!, head: Number(l[3]), dep: l[4]! })) };
}

test('a verb\'s default code, and a pattern on its object\'s lemma that says there is no act', () => {
  const a = parse('gunmen NOUN gunman 1 nsubj\nkilled VERB kill -1 root\nvillagers NOUN villager 1 obj');
  assert.deepEqual(ploverReading(readVerb(lex, a.tokens, a.words, 1), typing()), { type: 'ASSAULT' });
  const b = parse('he PRON he 1 nsubj\nkilled VERB kill -1 root\nhimself PRON himself 1 obj');
  assert.equal(ploverReading(readVerb(lex, b.tokens, b.words, 1), typing()), 'none');
});

test('an oblique with its case word and a synonym set ("killed ... with a rifle"); the passive subject is the object', () => {
  const a = parse('they PRON they 1 nsubj\nkilled VERB kill -1 root\ntwo NUM two 3 nummod\nmen NOUN man 1 obj\nwith ADP with 6 case\na DET a 6 det\nrifle NOUN rifle 1 obl');
  const r = readVerb(lex, a.tokens, a.words, 1)!;
  assert.deepEqual([r.code, r.byPattern, r.named], ['193', true, true]);
  const b = parse('prisoners NOUN prisoner 2 nsubj:pass\nwere AUX be 2 aux:pass\nreleased VERB release -1 root');
  assert.deepEqual(ploverReading(readVerb(lex, b.tokens, b.words, 2), typing()), { type: 'RETREAT', mode: 'release' });
});

test('a multi-word verb by the case word of its oblique; a verb the dictionary leaves uncoded has no opinion without a pattern', () => {
  const a = parse('she PRON she 1 nsubj\nmet VERB meet -1 root\nwith ADP with 3 case\nenvoys NOUN envoy 1 obl');
  assert.equal(readVerb(lex, a.tokens, a.words, 1)!.verb, 'meet with');
  const b = parse('they PRON they 1 nsubj\nreleased VERB release -1 root\na DET a 3 det\nvideo NOUN video 1 obj');
  assert.equal(ploverReading(readVerb(lex, b.tokens, b.words, 1), typing()), undefined);
  const c = parse('they PRON they 1 nsubj\nreleased VERB release -1 root\na DET a 3 det\nstatement NOUN statement 1 obj');
  assert.equal(ploverReading(readVerb(lex, c.tokens, c.words, 1), typing()), 'none');   // CAMEO 010: a statement
});

test('without defaults only a pattern naming an argument decides; cues keep or drop whole CAMEO categories', () => {
  const a = parse('gunmen NOUN gunman 1 nsubj\nkilled VERB kill -1 root\nvillagers NOUN villager 1 obj');
  assert.equal(ploverReading(readVerb(lex, a.tokens, a.words, 1), typing({ defaults: false })), undefined);
  const b = parse('someone PRON someone 1 nsubj\nopened VERB open -1 root\nfire NOUN fire 1 obj');
  assert.deepEqual(ploverReading(readVerb(lex, b.tokens, b.words, 1), typing({ defaults: false })), { type: 'ASSAULT' });
  assert.equal(ploverReading(readVerb(lex, b.tokens, b.words, 1), typing({ cues: new Set(['04']) })), undefined);
});

test('a verb heads a clause unless it is a marker or a modifier ("according to", "the defeated party")', () => {
  const t = (dep: string): SyntaxToken => ({ start: 0, end: 0, pos: 'VERB', lemma: 'x', head: 0, dep });
  assert.deepEqual(['root', 'advcl', 'acl:relcl', 'case', 'amod', 'acl'].map((d) => headsClause(t(d))), [true, true, true, false, false, false]);
});

test('the committed lexicon (models/event-lexicon.json) codes known verbs from their arguments', (t) => {
  const committed = loadEventLexiconSync();
  if (!committed) { t.skip('models/event-lexicon.json is absent: run npm run train:events'); return; }
  const a = parse('he PRON he 1 nsubj\nkilled VERB kill -1 root\nhimself PRON himself 1 obj');
  assert.equal(ploverReading(readVerb(committed, a.tokens, a.words, 1), typing({ lexicon: committed })), 'none');
  const b = parse('rebels NOUN rebel 1 nsubj\nkilled VERB kill -1 root\nsoldiers NOUN soldier 1 obj');
  assert.equal((ploverReading(readVerb(committed, b.tokens, b.words, 1), typing({ lexicon: committed })) as { type: string }).type, 'ASSAULT');
});
