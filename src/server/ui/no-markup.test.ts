import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// The UI builds the page from text nodes only: no module may turn a string into markup or code.

test('no UI module parses strings as HTML or code', () => {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const modules = readdirSync(dir).filter((f) => f.endsWith('.js') && !f.endsWith('.test.js'));
  assert.ok(modules.length >= 5, 'the compiled UI modules are beside this test');
  for (const file of modules) {
    const code = readFileSync(`${dir}/${file}`, 'utf8');
    assert.doesNotMatch(code, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\(|new Function\(|srcdoc/, file);
  }
});
