import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../core/model.js';
import { loadCountries } from './countries.js';
import { rolesAround } from './roles.js';

const countries = loadCountries();

/** Mentions of the given names (first occurrence each) in a sentence we wrote. */
function mentionsIn(text: string, names: [string, EntityType][]): Mention[] {
  return names.map(([name, type]) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, name);
    return { start, end: start + name.length, text: name, type };
  }).sort((a, b) => a.start - b.start);
}

function rolesOf(text: string, target: string, names: [string, EntityType][]) {
  const ms = mentionsIn(text, names);
  return rolesAround(text, ms.find((m) => m.text === target)!, ms, countries);
}

test('a title before the name, with the body it belongs to', () => {
  const text = 'Kremlin spokesman Dmitry Peskov told reporters the talks went well.';
  assert.deepEqual(rolesOf(text, 'Dmitry Peskov', [['Kremlin', 'ORG'], ['Dmitry Peskov', 'PER']]),
    { roles: ['spokesman'], affiliation: 'Kremlin', country: 'RU' });
});

test('a possessive country before the title', () => {
  const text = 'On Friday, Iran’s Deputy Foreign Minister Ali Bagheri Kani arrived in the capital.';
  assert.deepEqual(rolesOf(text, 'Ali Bagheri Kani', [['Iran', 'LOC'], ['Ali Bagheri Kani', 'PER']]),
    { roles: ['deputy foreign minister'], affiliation: 'Iran', country: 'IR' });
});

test('a demonym before the title, past an adjective', () => {
  const text = 'She met the Russian President Vladimir Putin, then Ukraine’s Jewish President Volodymyr Zelensky.';
  const names: [string, EntityType][] = [['Russian', 'MISC'], ['Vladimir Putin', 'PER'], ['Ukraine', 'LOC'], ['Jewish', 'MISC'], ['Volodymyr Zelensky', 'PER']];
  assert.deepEqual(rolesOf(text, 'Vladimir Putin', names), { roles: ['president'], affiliation: 'Russia', country: 'RU' });
  assert.deepEqual(rolesOf(text, 'Volodymyr Zelensky', names), { roles: ['president'], affiliation: 'Ukraine', country: 'UA' });
});

test('an apposition after the name: role and affiliation, importance words dropped', () => {
  const text = 'The talks were led by Moussa Abu Marzouk, a senior Hamas official, who arrived on Thursday.';
  assert.deepEqual(rolesOf(text, 'Moussa Abu Marzouk', [['Moussa Abu Marzouk', 'PER'], ['Hamas', 'ORG']]),
    { roles: ['official'], affiliation: 'Hamas' });
  const other = 'A letter came from Omar Haddad, the group’s international relations chief, last week.';
  assert.deepEqual(rolesOf(other, 'Omar Haddad', [['Omar Haddad', 'PER']]), { roles: ['international relations chief'] });
});

test('a list is not an apposition, and a title belongs to the nearest name only', () => {
  const text = 'Officials from Russia, Iran and Turkey met in Geneva.';
  assert.deepEqual(rolesOf(text, 'Russia', [['Russia', 'LOC'], ['Iran', 'LOC'], ['Turkey', 'LOC'], ['Geneva', 'LOC']]), { roles: [] });
  const two = 'Prime Minister Ana Diaz spoke with Tom Reyes, a lawyer.';
  assert.deepEqual(rolesOf(two, 'Ana Diaz', [['Ana Diaz', 'PER'], ['Tom Reyes', 'PER']]), { roles: ['prime minister'] });
  assert.deepEqual(rolesOf(two, 'Tom Reyes', [['Ana Diaz', 'PER'], ['Tom Reyes', 'PER']]), { roles: ['lawyer'] });
});

test('a title the tagger kept inside the mention', () => {
  const text = 'Yesterday President Vladimir Putin spoke.';
  assert.deepEqual(rolesOf(text, 'President Vladimir Putin', [['President Vladimir Putin', 'PER']]), { roles: ['president'] });
});
