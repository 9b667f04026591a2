import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../tokens/tokenize.js';
import { udForms } from './wordform.js';

const forms = (text: string) => udForms(tokenize(text).map((t) => t.text));

test('our tokens as UD writes them: straight quotes, "n\'t" split after the verb', () => {
  assert.deepEqual(forms('They don’t know.'), ['They', 'do', "n't", 'know', '.']);
  assert.deepEqual(forms("It can't last."), ['It', 'ca', "n't", 'last', '.']);
  assert.deepEqual(forms('“Israel’s army” in the U.S.'), ['"', 'Israel', "'s", 'army', '"', 'in', 'the', 'U.S.']);
  assert.deepEqual(forms('Hamas’ leaders'), ['Hamas', "'", 'leaders']);
});
