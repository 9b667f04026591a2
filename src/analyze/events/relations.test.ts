import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SyntaxToken } from '../../core/model.js';
import { depTree } from '../syntax/tree.js';
import { roleReader } from './relations.js';

// Parses written by hand in CoNLL-U order (word, UPOS, head as a 1-based index or 0 for the root,
// relation, the lemma where it is not the word), so these tests read the relations alone, whatever the trained parser does.

type Row = [word: string, pos: string, head: number, dep: string, lemma?: string];

/** A reader over a hand-written parse; `offset` puts the sentence behind other tokens (article indexes). */
function read(rows: Row[], offset = 0) {
  const tokens: SyntaxToken[] = rows.map(([, pos, head, dep], i) => ({ start: i, end: i + 1, pos: pos as SyntaxToken['pos'], lemma: rows[i]![4] ?? rows[i]![0].toLowerCase(), head: head - 1, dep }));
  const tree = depTree({ tokens }, offset);
  const words = rows.map((r) => r[0].toLowerCase());
  const reader = roleReader(tree, (i) => words[i - offset] ?? '');
  const at = (w: string) => offset + words.indexOf(w.toLowerCase());
  const name = (i: number | undefined) => (i === undefined ? undefined : words[i - offset]);
  return { reader, tree, at, roles: (w: string) => { const r = reader.verbal(at(w)); return [name(r.actor), name(r.target)]; } };
}

test('subject and object; a passive takes its "by" agent as actor and its subject as target', () => {
  // "in Lyon" hangs on the subject: it is never the actor (offset 10: the sentence is not the article's first)
  const active = read([['Police', 'NOUN', 4, 'nsubj'], ['in', 'ADP', 3, 'case'], ['Lyon', 'PROPN', 1, 'nmod'], ['arrested', 'VERB', 0, 'root'], ['men', 'NOUN', 4, 'obj']], 10);
  assert.deepEqual(active.roles('arrested'), ['police', 'men']);
  assert.equal(active.tree.parsed, true);
  const passive = read([['He', 'PRON', 3, 'nsubj:pass'], ['was', 'AUX', 3, 'aux:pass'], ['arrested', 'VERB', 0, 'root'], ['by', 'ADP', 5, 'case'], ['police', 'NOUN', 3, 'obl:agent'],
    ['and', 'CCONJ', 7, 'cc'], ['charged', 'VERB', 3, 'conj']]);
  assert.deepEqual(passive.roles('arrested'), ['police', 'he']);
  assert.equal(passive.reader.passive(passive.at('charged')), true, 'a bare coordinated participle shares the passive');
  assert.deepEqual(passive.roles('charged'), [undefined, 'he']);
});

test('control: the asked party acts the "to" clause; a relative clause and a participle take their noun', () => {
  const urged = read([['Russia', 'PROPN', 2, 'nsubj'], ['urged', 'VERB', 0, 'root'], ['Iran', 'PROPN', 2, 'obj'], ['to', 'PART', 5, 'mark'], ['expel', 'VERB', 2, 'xcomp'], ['diplomats', 'NOUN', 5, 'obj']]);
  assert.deepEqual(urged.roles('expel'), ['iran', 'diplomats']);
  const tried = read([['Rebels', 'NOUN', 2, 'nsubj'], ['tried', 'VERB', 0, 'root'], ['to', 'PART', 4, 'mark'], ['storm', 'VERB', 2, 'xcomp'], ['town', 'NOUN', 4, 'obj']]);
  assert.deepEqual(tried.roles('storm'), ['rebels', 'town']);
  const gunman = read([['a', 'DET', 2, 'det'], ['gunman', 'NOUN', 0, 'root'], ['who', 'PRON', 4, 'nsubj'], ['shot', 'VERB', 2, 'acl:relcl'], ['two', 'NUM', 4, 'obj']]);
  assert.deepEqual(gunman.roles('shot'), ['gunman', 'two']);
  const killed = read([['men', 'NOUN', 0, 'root'], ['killed', 'VERB', 1, 'acl'], ['by', 'ADP', 4, 'case'], ['police', 'NOUN', 2, 'obl:agent']]);
  assert.deepEqual(killed.roles('killed'), ['police', 'men']);
});

test('an agent is "by" X: another preposition the parse labels agent is an ordinary oblique', () => {
  const called = read([['Israel', 'PROPN', 2, 'nsubj'], ['called', 'VERB', 0, 'root'], ['on', 'ADP', 4, 'case'], ['Russia', 'PROPN', 2, 'obl:agent']]);
  assert.deepEqual(called.roles('called'), ['israel', undefined]);
  assert.equal(called.reader.oblique(called.at('called'), new Set(['on'])), called.at('russia'));
});

test('"was shot" with the participle tagged a noun is still a passive: its subject is shot', () => {
  const { roles, reader, at } = read([['Knowlton', 'PROPN', 3, 'nsubj'], ['was', 'AUX', 3, 'cop', 'be'], ['shot', 'NOUN', 0, 'root']]);
  assert.equal(reader.passive(at('shot')), true);
  assert.deepEqual(roles('shot'), [undefined, 'knowlton']);
});

test('of two subjects, the nearest: a dateline before a dash is not the actor', () => {
  const { roles } = read([['COWARD', 'PROPN', 5, 'nsubj'], ['–', 'PUNCT', 5, 'punct'], ['a', 'DET', 4, 'det'], ['child', 'NOUN', 5, 'nsubj'], ['shot', 'VERB', 0, 'root']]);
  assert.deepEqual(roles('shot'), ['child', undefined]);
});

test('negation, denial and mood from the parse', () => {
  const not = read([['Arvelia', 'PROPN', 4, 'nsubj'], ['did', 'AUX', 4, 'aux'], ['not', 'PART', 4, 'advmod'], ['meet', 'VERB', 0, 'root']]);
  assert.equal(not.reader.negated(not.at('meet')), true);
  const didnt = read([['gunman', 'NOUN', 4, 'nsubj'], ['didn', 'AUX', 4, 'aux'], ['’t', 'PART', 4, 'advmod'], ['injure', 'VERB', 0, 'root']]);
  assert.equal(didnt.reader.negated(didnt.at('injure')), true, '"didn’t" cut in two still denies');
  const denied = read([['forces', 'NOUN', 2, 'nsubj'], ['denied', 'VERB', 0, 'root', 'deny'], ['they', 'PRON', 4, 'nsubj'], ['carried', 'VERB', 2, 'ccomp'], ['strike', 'NOUN', 4, 'obj']]);
  assert.equal(denied.reader.negated(denied.at('carried')), true, 'what a denial governs is denied');
  assert.equal(denied.reader.negated(denied.at('strike')), true, 'and so is the act its verb carries out');
  assert.equal(denied.reader.negated(denied.at('denied')), false);
  const may = read([['Israel', 'PROPN', 3, 'nsubj'], ['may', 'AUX', 3, 'aux'], ['strike', 'VERB', 0, 'root']]);
  assert.equal(may.reader.hedged(may.at('strike')), true);
  assert.equal(not.reader.hedged(not.at('meet')), false);
});

test('a charge aims at the subject of its content clause', () => {
  const { reader, at } = read([['Israel', 'PROPN', 2, 'nsubj'], ['accused', 'VERB', 0, 'root'], ['that', 'SCONJ', 5, 'mark'], ['Russia', 'PROPN', 5, 'nsubj'], ['armed', 'VERB', 2, 'ccomp'], ['Hamas', 'PROPN', 5, 'obj']]);
  assert.equal(reader.contentSubject(at('accused')), at('russia'));
  assert.equal(reader.thatClause(at('accused')), at('armed'));
});

test('the tree: a relation matches its subtypes, never a passive subject for an active one', () => {
  const { tree, at } = read([['He', 'PRON', 3, 'nsubj:pass'], ['was', 'AUX', 3, 'aux:pass'], ['shot', 'VERB', 0, 'root'], ['on', 'ADP', 5, 'case'], ['Monday', 'PROPN', 3, 'obl:tmod']], 7);
  assert.equal(tree.child(at('shot'), 'nsubj'), undefined);
  assert.equal(tree.child(at('shot'), 'nsubj:pass'), at('he'));
  assert.equal(tree.child(at('shot'), 'obl'), at('monday'));
  assert.equal(tree.caseOf(at('monday')), 'on');
  assert.equal(tree.head(at('shot')), -1);
  assert.equal(tree.head(at('he')), at('shot'));
  const rules = depTree({ tokens: [{ start: 0, end: 1, pos: 'X', lemma: 'a', head: -1, dep: 'dep' }, { start: 2, end: 3, pos: 'X', lemma: 'b', head: -1, dep: 'dep' }, { start: 4, end: 5, pos: 'X', lemma: 'c', head: -1, dep: 'dep' }] }, 0);
  assert.equal(rules.parsed, false, 'the rules attach few tokens: no parse');
});

test('a headline drops the passive\'s auxiliary: "Driver Charged In Fatal Crash" charges the driver', () => {
  const rows: Row[] = [['Driver', 'NOUN', 2, 'nsubj'], ['Charged', 'VERB', 0, 'root'], ['In', 'ADP', 4, 'case'], ['Crash', 'NOUN', 2, 'obl']];
  const headline = roleReader(depTree({ tokens: rows.map(([, pos, head, dep], i) => ({ start: i, end: i + 1, pos: pos as SyntaxToken['pos'], lemma: rows[i]![0].toLowerCase(), head: head - 1, dep })) }, 0),
    (i) => rows[i]?.[0].toLowerCase() ?? '', true);
  assert.equal(headline.passive(1), true);
  assert.deepEqual(headline.verbal(1), { target: 0 });
  assert.equal(read(rows).reader.passive(1), false, 'in running text the same words are active');
});

test('voice the parse mislabels: "be" before a participle, an elided auxiliary in a coordination', () => {
  const she = read([['Where', 'ADV', 4, 'advmod'], ['is', 'AUX', 4, 'aux', 'be'], ['she', 'PRON', 4, 'nsubj'], ['shot', 'VERB', 0, 'root']]);
  assert.deepEqual(she.roles('shot'), [undefined, 'she']);
  const gapped = read([['houses', 'NOUN', 3, 'nsubj:pass'], ['were', 'AUX', 3, 'aux:pass'], ['damaged', 'VERB', 0, 'root'], ['and', 'CCONJ', 6, 'cc'],
    ['villagers', 'NOUN', 6, 'nsubj'], ['injured', 'VERB', 3, 'conj']]);
  assert.deepEqual(gapped.roles('injured'), [undefined, 'villagers']);
  const dateline = read([['KOIN', 'PROPN', 5, 'nsubj'], ['—', 'PUNCT', 5, 'punct'], ['a', 'DET', 4, 'det'], ['suspect', 'NOUN', 5, 'dep'], ['barricaded', 'VERB', 0, 'root']]);
  assert.deepEqual(dateline.roles('barricaded'), [undefined, undefined], 'a dateline before a dash is not the subject');
});

test('a coordinated verb shares its head\'s subject only when the coordination is written', () => {
  const and = read([['Rebels', 'NOUN', 2, 'nsubj'], ['seized', 'VERB', 0, 'root'], ['town', 'NOUN', 2, 'obj'], ['and', 'CCONJ', 5, 'cc'], ['burned', 'VERB', 2, 'conj'], ['houses', 'NOUN', 5, 'obj']]);
  assert.deepEqual(and.roles('burned'), ['rebels', 'houses']);
  const misread = read([['Police', 'NOUN', 2, 'nsubj'], ['say', 'VERB', 0, 'root'], ['man', 'NOUN', 2, 'obj'], ['told', 'VERB', 2, 'conj'], ['driver', 'NOUN', 4, 'iobj']]);
  assert.deepEqual(misread.roles('told'), [undefined, 'driver'], 'who told is not the police');
});

test('a ditransitive gives to its indirect object; a quantity that took the object\'s place leaves it as an oblique', () => {
  const give = read([['Finland', 'PROPN', 2, 'nsubj'], ['gave', 'VERB', 0, 'root', 'give'], ['Tanzania', 'PROPN', 2, 'iobj'], ['a', 'DET', 5, 'det'], ['grant', 'NOUN', 2, 'obj']]);
  assert.deepEqual(give.roles('gave'), ['finland', 'tanzania']);
  const more = read([['Soldiers', 'NOUN', 2, 'nsubj'], ['arrested', 'VERB', 0, 'root'], ['more', 'ADV', 2, 'obj'], ['than', 'ADP', 3, 'fixed'], ['100', 'NUM', 6, 'nummod'],
    ['Palestinians', 'PROPN', 2, 'obl'], ['on', 'ADP', 8, 'case'], ['Saturday', 'PROPN', 2, 'obl']]);
  assert.equal(more.reader.quantifiedObject(more.at('arrested')), more.at('palestinians'));
  const upTo = read([['Rebels', 'NOUN', 2, 'nsubj'], ['kidnapped', 'VERB', 0, 'root'], ['up', 'ADP', 2, 'compound:prt'], ['to', 'ADP', 6, 'case'], ['16', 'NUM', 6, 'nummod'],
    ['advisers', 'NOUN', 2, 'obl']]);
  assert.equal(upTo.reader.quantifiedObject(upTo.at('kidnapped')), upTo.at('advisers'));
  // an ordinary "to" oblique with a number is no object: "sent aid to 16 villages"
  const sent = read([['They', 'PRON', 2, 'nsubj'], ['sent', 'VERB', 0, 'root'], ['aid', 'NOUN', 2, 'obj'], ['to', 'ADP', 6, 'case'], ['16', 'NUM', 6, 'nummod'], ['villages', 'NOUN', 2, 'obl']]);
  assert.equal(sent.reader.quantifiedObject(sent.at('sent')), undefined);
});

test('an idiom with a preposition ("at last") is no oblique participant', () => {
  const conceded = read([['Santos', 'PROPN', 2, 'nsubj'], ['conceded', 'VERB', 0, 'root', 'concede'], ['at', 'ADP', 4, 'case'], ['last', 'ADJ', 2, 'obl'],
    ['to', 'ADP', 6, 'case'], ['demands', 'NOUN', 2, 'obl', 'demand']]);
  assert.equal(conceded.reader.oblique(conceded.at('conceded'), new Set(['at', 'to'])), conceded.at('demands'));
  const monday = read([['Parliament', 'NOUN', 2, 'nsubj'], ['threatened', 'VERB', 0, 'root', 'threaten'], ['on', 'ADP', 4, 'case'], ['Monday', 'PROPN', 2, 'obl']]);
  assert.equal(monday.reader.oblique(monday.at('threatened'), new Set(['on'])), undefined, '"on Monday" is when, not whom');
});
