import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printable } from './text.js';

test('printable removes escape sequences and control characters, keeping tab, newline and other text', () => {
  assert.equal(printable('Port \x1b[31mstrike\x1b[0m ends'), 'Port strike ends');
  assert.equal(printable('title\x1b]0;pwned\x07 here'), 'title here');
  assert.equal(printable('a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b'), 'alinkb');
  assert.equal(printable('clear\x1bc screen\r\x08\x7f\x9b2J'), 'clear screen');
  assert.equal(printable('tab\there\nnext line: Zoë’s café “ok”'), 'tab\there\nnext line: Zoë’s café “ok”');
});
