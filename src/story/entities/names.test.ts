import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePersonNames, isAcronymOf, nameForm, nameKey, parseName, personNameBlocks, sameOrgName, tokenSimilarity, unqualified } from './names.js';
import { seededRandom } from '../../core/random.js';
import { isSuffixShortForm, sameBodyName } from './body-names.js';

const rel = (a: string, b: string) => comparePersonNames(parseName(a), parseName(b)).relation;

test('romanisation variants of one name are the same person', () => {
  for (const [a, b] of [
    ['Mahmoud Abbas', 'Mahmud Abbas'],            // ou / u
    ['Ali Bagheri Kani', 'Ali Baghiri Kani'],     // e / i
    ['Ali Bagheri Kani', 'Ali Bagger Kani'],      // gh / g, doubled consonant, final vowel
    ['Mikhail Bogdanov', 'Mihail Bogdanov'],      // kh / h
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Muammar Qaddafi', 'Muammar Kaddafi'],       // q / k
    ['Moussa Abu Marzouk', 'Mousa Abu Marzuq'],
    ['Bashar al-Assad', 'Bashar Assad'],          // article particle
    ['Ali Bagheri Kani', 'Bagheri Kani Ali'],     // token order
    ['Dmitry Peskov', 'Dmitri Peskov'],
  ] as const) assert.equal(rel(a, b), 'same', `${a} / ${b}`);
});

test('short forms carry the surname, with or without particles', () => {
  assert.equal(rel('Abu Marzouk', 'Moussa Abu Marzouk'), 'shorter');
  assert.equal(rel('Aba Marzouk', 'Moussa Abu Marzouk'), 'shorter');   // Abu / Aba: one particle in two cases
  assert.equal(rel('Marzouk', 'Moussa Abu Marzouk'), 'shorter');
  assert.equal(rel('Putin', 'Vladimir Putin'), 'shorter');
  assert.equal(rel('Vladimir Putin', 'Putin'), 'longer');
  assert.equal(rel('President Putin', 'Vladimir Putin'), 'shorter');   // the title is not a name part
  assert.equal(rel('Kim', 'Kim Jong-un'), 'shorter');                   // family name first
  assert.equal(rel('Fred LaRue', 'Frederick Cheney LaRue'), 'shorter'); // nickname of the given name
});

test('a given name alone is flagged, never a plain short form', () => {
  const c = comparePersonNames(parseName('Vladimir'), parseName('Vladimir Putin'));
  assert.equal(c.relation, 'shorter');
  assert.equal(c.givenOnly, true);
  assert.equal(comparePersonNames(parseName('Putin'), parseName('Vladimir Putin')).givenOnly, undefined);
});

test('two people who share one name part stay apart', () => {
  for (const [a, b] of [
    ['Vladimir Putin', 'Volodymyr Zelensky'],      // Vladimir / Volodymyr: one name, two romanisations
    ['Moussa Abu Marzouk', 'Mahmoud Abbas'],
    ['Ali Bagheri Kani', 'Ali Khamenei'],
    ['Maria Zakharova', 'Maria Ivanova'],
    ['Dmitry Peskov', 'Dmitry Medvedev'],
    ['Mikhail Bogdanov', 'Ali Bagheri Kani'],
    ['Hamad Khan', 'Hamid Khan'],                  // a / i: two names, not two spellings
    ['Mo Cheeks', 'Maurice Cheeks'],
    ['George W. Bush', 'George H. W. Bush'],       // the middle initials tell father from son
  ] as const) assert.equal(rel(a, b), 'different', `${a} / ${b}`);
});

test('token similarity weighs vowels lightly and consonants heavily', () => {
  const t = (s: string) => parseName(s).tokens[0]!;
  assert.ok(tokenSimilarity(t('Mahmoud'), t('Mahmud')) > 0.9);
  assert.ok(tokenSimilarity(t('Vladimir'), t('Volodymyr')) > 0);
  assert.equal(tokenSimilarity(t('Iran'), t('Iraq')), 0);
  assert.equal(tokenSimilarity(t('Gaza'), t('Giza')), 0);
  assert.equal(tokenSimilarity(t('Peskov'), t('Pesmov')), 0);
});

test('name forms drop articles, prepositions and possessives, not names', () => {
  assert.equal(nameForm("Putin's"), 'Putin');
  assert.equal(nameForm('Abbas’'), 'Abbas');
  assert.equal(nameForm('the Kremlin'), 'Kremlin');
  assert.equal(nameForm('in the Gaza Strip'), 'Gaza Strip');
  assert.equal(nameForm('To Lam'), 'To Lam');
  assert.equal(nameKey('The Wall Street Journal'), 'wall street journal');
  assert.equal(unqualified('Wasilla, Alaska'), 'Wasilla');
  assert.equal(unqualified('the Betty Ford Center in Rancho Mirage'), 'Betty Ford Center');
});

test('organisations: acronyms, variant spellings, short forms', () => {
  assert.ok(isAcronymOf('UN', 'United Nations'));
  assert.ok(isAcronymOf('U.N.', 'United Nations'));
  assert.ok(isAcronymOf('IDF', 'Israel Defense Forces'));
  assert.ok(isAcronymOf('THR', 'The Hollywood Reporter'));
  assert.ok(!isAcronymOf('AP', 'at Promises'));
  assert.ok(sameOrgName('Hezbollah', 'Hizbollah'));
  assert.ok(!sameOrgName('Hamas', 'Fatah'));
  assert.ok(!sameOrgName('Russian Foreign Ministry', 'Israeli Foreign Ministry'));
  assert.ok(isSuffixShortForm('Saints', 'New Orleans Saints'));
  assert.ok(!isSuffixShortForm('Foreign Ministry', 'Russian Foreign Ministry'));  // every country has one
  const notPlace = () => false;
  assert.ok(sameBodyName('Betty Ford', 'Betty Ford Center', notPlace));
  assert.ok(sameBodyName('Betty Ford Center', 'Betty Ford Clinic', notPlace));
  assert.ok(!sameBodyName('Paris', 'Paris Hospital', (n) => n === 'paris'));
  assert.ok(!sameBodyName('Kodak Theatre', 'Kodak Hospital', notPlace));
});

test('person names that compare as one person share a block key (blocking loses no match)', () => {
  const rand = seededRandom(16);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  // Names built to collide: shared consonants with other vowels, h and doubled letters, initials,
  // particles, nicknames (Fred / Frederick), honorifics and surname-first forms.
  const parts = ['Mahmoud', 'Mahmud', 'Mohammed', 'Abbas', 'Abas', 'Bagheri', 'Baghiri', 'Fred', 'Frederick', 'Ali', 'Ale', 'Ola',
    'Kim', 'Jong-un', 'Qaddafi', 'Kaddafi', 'Zelensky', 'Zelenskyy', 'Hamad', 'Hamid', 'Ahmad', 'Ahmed', 'Umm', 'Oum', 'J.', 'H.', 'W', 'Mo', 'Maurice'];
  const lead = ['', '', '', 'Abu ', 'al-', 'President ', 'Sheikh ', 'bin '];
  const names = Array.from({ length: 400 }, () => {
    const n = 1 + Math.floor(rand() * 3);
    return pick(lead) + Array.from({ length: n }, () => pick(parts)).join(' ');
  });
  const parsed = names.map((n) => ({ n, p: parseName(n), blocks: new Set(personNameBlocks(parseName(n))) }));
  let matches = 0;
  for (const a of parsed) for (const b of parsed) {
    if (comparePersonNames(a.p, b.p).relation === 'different') continue;
    matches++;
    assert.ok([...a.blocks].some((k) => b.blocks.has(k)), `${a.n} / ${b.n} match but share no block key`);
  }
  assert.ok(matches > 1000, `the generated names match often enough to test something (${matches})`);
});
