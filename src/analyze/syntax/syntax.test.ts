import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from './_fixture.js';
import { loadSyntaxModelSync } from './load.js';
import { parseSentences } from './parse.js';

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

test('a loaded tagger and parser fill the UD tokens; phrases and predicates stay as the rules read them', () => {
  const f = fixture('Israel’s army didn’t expel the U.S. envoy.', { Israel: 'LOC', 'U.S.': 'LOC' });
  const seen: string[][] = [];
  // a stand-in for the trained model: every word hangs on the first, tagged X
  const analyzer = {
    name: 'stand-in',
    analyze: (words: readonly string[]) => { seen.push([...words]); return words.map((w, i) => ({ pos: 'X' as const, lemma: w.toLowerCase(), head: i === 0 ? -1 : 0, dep: i === 0 ? 'root' : 'dep' })); },
  };
  const [s] = parseSentences(f.text, f.tokens, f.sentences, f.mentions, analyzer);
  assert.deepEqual(seen, [['Israel', '’s', 'army', 'did', 'n’t', 'expel', 'the', 'U.S.', 'envoy', '.']]);
  assert.deepEqual(s!.tokens.map((t) => f.text.slice(t.start, t.end)), seen[0]);
  assert.deepEqual(s!.tokens.map((t) => t.head), [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(s!.phrases, f.syntax[0]!.phrases);
  assert.deepEqual(s!.predicates, f.syntax[0]!.predicates);
});

test('the trained model on our tokens: possessive, contraction, abbreviation and curly quotes', (t) => {
  const model = loadSyntaxModelSync();
  if (!model) { t.skip('models/syntax.bin is absent: run npm run train:syntax'); return; }
  const f = fixture('“We don’t negotiate,” said Israel’s envoy to the U.S. on Monday.', { Israel: 'LOC', 'U.S.': 'LOC' });
  const [s] = parseSentences(f.text, f.tokens, f.sentences, f.mentions, model);
  const words = s!.tokens.map((w) => f.text.slice(w.start, w.end));
  const row = (w: string) => { const k = words.indexOf(w); const x = s!.tokens[k]!; return [x.pos, x.lemma, x.head < 0 ? 'ROOT' : words[x.head], x.dep]; };
  assert.deepEqual(row('said'), ['VERB', 'say', 'ROOT', 'root']);
  assert.deepEqual(row('envoy'), ['NOUN', 'envoy', 'said', 'nsubj']);
  assert.deepEqual(row('’s'), ['PART', "'s", 'Israel', 'case']);
  assert.deepEqual(row('n’t'), ['PART', 'not', 'negotiate', 'advmod']);
  assert.deepEqual(row('do').slice(0, 2), ['AUX', 'do']);
  assert.deepEqual(row('negotiate').slice(2), ['said', 'ccomp']);
});
