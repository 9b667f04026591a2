import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultDbPath } from './path.js';

test('the default store is in the XDG data folder, else ~/.local/share', () => {
  assert.equal(defaultDbPath({ XDG_DATA_HOME: '/data' }, '/home/ann'), '/data/corroborate/corroborate.db');
  assert.equal(defaultDbPath({}, '/home/ann'), '/home/ann/.local/share/corroborate/corroborate.db');
  assert.equal(defaultDbPath({ XDG_DATA_HOME: 'relative/ignored' }, '/home/ann'), '/home/ann/.local/share/corroborate/corroborate.db');
});
