import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from './_fixture.js';

test('the syntax layer: UD tokens with the root, its subject and object, and the infinitive of the clause it governs', () => {
  const f = fixture('Israel urged Russia to expel the delegation.', { Israel: 'LOC', Russia: 'LOC' });
  const [s] = f.syntax;
  const words = s!.tokens.map((t) => f.text.slice(t.start, t.end));
  const row = (w: string) => { const t = s!.tokens[words.indexOf(w)]!; return [t.pos, t.lemma, t.head === -1 ? null : words[t.head], t.dep]; };
  assert.deepEqual(row('urged'), ['VERB', 'urge', null, 'root']);
  assert.deepEqual(row('Israel'), ['PROPN', 'israel', 'urged', 'nsubj']);
  assert.deepEqual(row('Russia'), ['PROPN', 'russia', 'urged', 'obj']);
  assert.deepEqual(row('to'), ['PART', 'to', 'expel', 'mark']);
  assert.deepEqual(row('.'), ['PUNCT', '.', null, 'dep']);
  assert.deepEqual(s!.predicates.map((p) => [p.lemma, p.group.infinitive]), [['urge', false], ['expel', true]]);
  assert.equal(s!.headline, false);
});

test('a headline is flagged: capitals there say nothing about names', () => {
  assert.equal(fixture('Russia Expels Israeli Diplomats After Protest', {}).syntax[0]!.headline, true);
});
