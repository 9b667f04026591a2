import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeOf, readCameoDictionary, readPattern } from './cameo-dictionary.js';
import { ploverOf, readCameoPlover } from './cameo-plover.js';

// The dictionary format, on lines written for the test (the real file is never in the repository).

test('a pattern: the object after the verb, prepositional phrases, multi-word nouns, alternatives and sets', () => {
  assert.deepEqual(readPattern(' * AID   [070]  '), { code: '070', obj: 'aid' });
  assert.deepEqual(readPattern(' * {HUMANITARIAN AID} (TO $)  [073]'), { code: '073', obj: 'humanitarian aid', pp: [['to']] });
  assert.deepEqual(readPattern(' * (IN AIR ATTACK/RAID)  [195]'), { code: '195', pp: [['in', 'air attack/raid']] });
  assert.deepEqual(readPattern(' &WEAPON *  [183]'), { code: '183', subj: '&weapon' });
  assert.deepEqual(readPattern(' * OFF &WEAPON  [183]'), { code: '183', prt: 'off', obj: '&weapon' });
  assert.deepEqual(readPattern(' * HIMSELF  [---]'), { code: null, obj: 'himself' });
  // a stretch of text the parse cannot check is left out, with the reason
  assert.equal(readPattern(' * WHEN A SMALL &AIRCRAFT CRASHED  [---]'), 'unreadable object');
});

test('codes: the event side of "A:B"; no event for "---" or a target side only', () => {
  assert.equal(codeOf('042:043'), '042');
  assert.equal(codeOf('080!'), '080');
  assert.equal(codeOf('---'), null);
  assert.equal(codeOf(':173'), null);
});

test('a dictionary: synonym sets, verb blocks with their default and own codes, patterns kept for the verb they were written for', () => {
  const d = readCameoDictionary([
    '&WEAPON', '+GUN', '+ROCKET_', '',
    '---  KILL   [190]  ---', '+SHOOT_DOWN {+SHOT_DOWN}', 'KILL', 'MURDER [186]',
    '- * HIMSELF   [---]   # KILL', '- &WEAPON *   [183]   # OTHER', '',
    '---  REFUSE   [---]  ---', 'REJECT', 'DECLINE [120]', '- * &PROPOSAL  [125]  # REJECT',
  ].join('\n'));
  assert.deepEqual(d.sets, { weapon: ['gun', 'rocket'] });
  assert.deepEqual(Object.keys(d.verbs), ['decline', 'kill', 'murder', 'reject', 'shoot down']);
  assert.equal(d.verbs.murder!.code, '186');
  assert.equal(d.verbs.reject!.code, null);
  assert.equal(d.verbs.decline!.code, '120');
  assert.deepEqual(d.verbs.kill!.patterns, [{ code: null, obj: 'himself' }, { code: '183', subj: '&weapon' }]);
  // "# OTHER" names no verb of the block: the pattern is the whole block's
  assert.deepEqual(d.verbs.murder!.patterns, [{ code: '183', subj: '&weapon' }]);
  assert.deepEqual(d.verbs.decline!.patterns, []);
});

test('CAMEO to PLOVER: the nearest listed prefix; statements and appeals are no PLOVER event; modes only PLOVER knows', () => {
  const table = readCameoPlover(['08: CONCEDE', '08: RETREAT', '084: RETREAT,   ,  # Return', '0841: RETREAT, release,   legal # x',
    '17: COERCE', '171: COERCE, seize, human_security', '1712: ASSAULT, seize, human_security', '18: ASSAULT', '183: ASSAULT,  suicide-attack,  #'].join('\n'));
  assert.deepEqual(ploverOf(table, '0841'), { type: 'RETREAT', mode: 'release' });
  assert.deepEqual(ploverOf(table, '0843'), { type: 'RETREAT' });
  assert.deepEqual(ploverOf(table, '081'), { type: 'CONCEDE' });
  assert.deepEqual(ploverOf(table, '1711'), { type: 'COERCE', mode: 'seize' });
  assert.deepEqual(ploverOf(table, '1712'), { type: 'ASSAULT' });   // "seize" is no ASSAULT mode
  assert.deepEqual(ploverOf(table, '1831'), { type: 'ASSAULT', mode: 'suicide-attack' });
  assert.equal(ploverOf(table, '010'), null);
  assert.equal(ploverOf(table, '0233'), null);
});
