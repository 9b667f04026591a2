import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sentence, Token } from '../../core/model.js';
import { DEFAULT_NER_MODEL, loadNerModel } from './index.js';
import { type DocumentTagger, PerceptronRecognizer, refine } from './recognizer.js';
import { O, tagOf } from './tags.js';

// A tiny tokenizer for the tests (the project's own lives in src/analyze/tokens/tokenize.ts): words with inner
// hyphens, possessive endings and single punctuation marks, like the real one.
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/['’]s\b|\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*|\p{N}+|\S/gu)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return out;
}
function oneSentence(text: string, toks: Token[]): Sentence[] {
  return [{ start: 0, end: text.length, text, tokenStart: 0, tokenEnd: toks.length }];
}

/** Tags every capitalised word as U-LOC, except words listed in `per`, which become one PER span. */
const stub = (per: string[] = []): DocumentTagger => ({
  tagDocument: (sentences) => sentences.map((words) => {
    const tags = words.map((w) => (/^\p{Lu}/u.test(w) && !per.includes(w) ? tagOf('U', 'LOC') : O));
    const idx = words.map((w, i) => (per.includes(w) ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 1) tags[idx[0]!] = tagOf('U', 'PER');
    else if (idx.length > 1) idx.forEach((i, k) => { tags[i] = tagOf(k === 0 ? 'B' : k === idx.length - 1 ? 'L' : 'I', 'PER'); });
    return Uint8Array.from(tags);
  }),
});

test('mentions point back into the text', () => {
  const text = 'Talks in  Oslo and\nLima ended.';
  const toks = tokens(text);
  const mentions = new PerceptronRecognizer(stub()).recognize(text, toks, oneSentence(text, toks));
  assert.deepEqual(mentions.map((m) => [m.text, m.type]), [['Talks', 'LOC'], ['Oslo', 'LOC'], ['Lima', 'LOC']]);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('tokens outside every sentence are still tagged', () => {
  const text = 'Oslo. Lima';
  const toks = tokens(text);
  const sentences: Sentence[] = [{ start: 0, end: 5, text: 'Oslo.', tokenStart: 0, tokenEnd: 2 }];
  const mentions = new PerceptronRecognizer(stub()).recognize(text, toks, sentences);
  assert.deepEqual(mentions.map((m) => m.text), ['Oslo', 'Lima']);
});

test('a possessive stays outside the mention', () => {
  const text = 'Norway’s minister spoke.';
  const toks = tokens(text);
  assert.deepEqual(toks.slice(0, 2).map((t) => t.text), ['Norway', '’s']);
  const mentions = new PerceptronRecognizer(stub()).recognize(text, toks, oneSentence(text, toks));
  assert.deepEqual(mentions.map((m) => m.text), ['Norway']);
});

test('photo and reporting credits do not become persons', () => {
  const caption = 'Crowds gather in Lima. REUTERS/Ann Example';
  const ct = tokens(caption);
  const m1 = new PerceptronRecognizer(stub(['Ann', 'Example'])).recognize(caption, ct, oneSentence(caption, ct));
  assert.ok(!m1.some((m) => m.type === 'PER'), JSON.stringify(m1));
  const credit = '(Reporting by Ann Example; Editing by Bo Sample)';
  const spans = refine(tokens(credit).map((t) => t.text), [{ start: 3, end: 5, type: 'PER' }]);
  assert.deepEqual(spans, []);
});

test('a leading "The" stays outside a name', () => {
  assert.deepEqual(refine(['The', 'Daily', 'Example', 'said'], [{ start: 0, end: 3, type: 'ORG' }]), [{ start: 1, end: 3, type: 'ORG' }]);
});

test('seats of government act as organisations; a demonym joins its ministry', () => {
  const words = ['the', 'Kremlin', 'and', 'the', 'Freedonian', 'Foreign', 'Ministry'];
  const spans = refine(words, [{ start: 1, end: 2, type: 'LOC' }, { start: 4, end: 5, type: 'MISC' }, { start: 5, end: 7, type: 'ORG' }]);
  assert.deepEqual(spans, [{ start: 1, end: 2, type: 'ORG' }, { start: 4, end: 7, type: 'ORG' }]);
});

const modelPath = fileURLToPath(DEFAULT_NER_MODEL);
const skip = existsSync(modelPath) ? false : `no trained model at ${modelPath}: run \`node dist/scripts/train-ner.js\``;

test('the trained model tags an obvious sentence', { skip }, async () => {
  const rec = new PerceptronRecognizer(await loadNerModel());
  const text = 'Prime Minister Jane Doe met officials of the United Nations in Paris on Monday, and Germany’s envoy later met Kim Jong-UN.';
  const toks = tokens(text);
  const mentions = rec.recognize(text, toks, oneSentence(text, toks));
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  const got = mentions.map((m) => `${m.text}/${m.type}`);
  for (const want of ['Jane Doe/PER', 'United Nations/ORG', 'Paris/LOC', 'Germany/LOC', 'Kim Jong-UN/PER']) {
    assert.ok(got.includes(want), `${want} not in ${got.join(', ')}`);
  }
  assert.ok(!got.some((g) => g.startsWith('Monday')), got.join(', '));
});

test('the trained model does not take a Title Case headline or a shouting credit for people', { skip }, async () => {
  const rec = new PerceptronRecognizer(await loadNerModel());
  const text = 'Leaders Hold Crisis Talks Over Grain Deal In Geneva\nFarmers protest outside the summit in Geneva, May 3, 2024. REUTERS/JOHN EXAMPLE';
  const toks = tokens(text);
  const sentences: Sentence[] = [
    { start: 0, end: 51, text: text.slice(0, 51), tokenStart: 0, tokenEnd: 9 },
    { start: 52, end: text.length, text: text.slice(52), tokenStart: 9, tokenEnd: toks.length },
  ];
  const mentions = rec.recognize(text, toks, sentences);
  assert.deepEqual(mentions.filter((m) => m.type === 'PER').map((m) => m.text), []);
  assert.ok(mentions.some((m) => m.text === 'Geneva' && m.type === 'LOC'));
});

test('"St." and the name after its period are one name, a place unless the name says otherwise', () => {
  // "St" "." "Louis" as the tokenizer gives them, tagged apart ("Louis" a person)
  assert.deepEqual(refine(['in', 'St', '.', 'Louis', 'on', 'Monday'], [{ start: 1, end: 2, type: 'LOC' }, { start: 3, end: 4, type: 'PER' }]), [{ start: 1, end: 4, type: 'LOC' }]);
  assert.deepEqual(refine(['to', 'St', '.', 'Luke', "'s", 'Hospital'], [{ start: 1, end: 2, type: 'LOC' }, { start: 3, end: 6, type: 'ORG' }]), [{ start: 1, end: 6, type: 'ORG' }]);
  // the abbreviation untagged, or the name after it
  assert.deepEqual(refine(['in', 'Mt', '.', 'Juliet', 'police'], [{ start: 3, end: 4, type: 'MISC' }]), [{ start: 1, end: 4, type: 'LOC' }]);
  assert.deepEqual(refine(['in', 'St', '.', 'Mary', 'Parish'], [{ start: 1, end: 2, type: 'LOC' }]), [{ start: 1, end: 5, type: 'LOC' }]);
  assert.deepEqual(refine(['in', 'Port', 'St', '.', 'Lucie', 'on'], [{ start: 1, end: 3, type: 'LOC' }, { start: 4, end: 5, type: 'PER' }]), [{ start: 1, end: 5, type: 'LOC' }]);
  // a name after a sentence's period is its own
  assert.deepEqual(refine(['in', 'Boston', '.', 'Louis', 'said'], [{ start: 1, end: 2, type: 'LOC' }, { start: 3, end: 4, type: 'PER' }]), [{ start: 1, end: 2, type: 'LOC' }, { start: 3, end: 4, type: 'PER' }]);
});

test('refine: a name ending in a road or a division of land is a place, whatever the tagger read', () => {
  assert.deepEqual(refine(['on', 'Fenwick', 'Road', 'in', 'Marbury', 'County'], [{ start: 1, end: 3, type: 'PER' }, { start: 4, end: 6, type: 'ORG' }]),
    [{ start: 1, end: 3, type: 'LOC' }, { start: 4, end: 6, type: 'LOC' }]);
  assert.deepEqual(refine(['on', 'Ned', 'Orme', 'St', '.'], [{ start: 1, end: 4, type: 'PER' }]), [{ start: 1, end: 4, type: 'LOC' }]);
  // a county's office stays an organisation
  assert.deepEqual(refine(['Marbury', 'County', 'Sheriff'], [{ start: 0, end: 3, type: 'ORG' }]), [{ start: 0, end: 3, type: 'ORG' }]);
});

test('refine: a name the tagger read as a person whose last word says it is a body of people is an organisation', () => {
  assert.deepEqual(refine(['at', 'Fenwick', 'Advisors', 'on', 'Monday'], [{ start: 1, end: 3, type: 'PER' }]), [{ start: 1, end: 3, type: 'ORG' }]);
  assert.deepEqual(refine(['Ola', 'Bank', 'said'], [{ start: 0, end: 2, type: 'ORG' }]), [{ start: 0, end: 2, type: 'ORG' }]);
});

test('refine: a credit ("Photo: Jane Roe") names no one in the story, neither its label nor the photographer', () => {
  assert.deepEqual(refine(['(', 'Photo', ':', 'Ola', 'Brenn', ')'], [{ start: 1, end: 2, type: 'PER' }, { start: 3, end: 5, type: 'PER' }]), []);
  assert.deepEqual(refine(['Police', 'said', ':', 'Ola', 'Brenn', 'left'], [{ start: 3, end: 5, type: 'PER' }]), [{ start: 3, end: 5, type: 'PER' }]);
});

test('refine: the studio a credit names and a gallery\'s controls are no names ("Photo: Brenn 12 Video Image 1 of 8")', () => {
  const words = ['Photo', ':', 'Brenn', '12', 'Video', 'Image', '1', 'of', '8', 'Ola', 'Brenn', 'spoke'];
  assert.deepEqual(refine(words, [{ start: 2, end: 3, type: 'ORG' }, { start: 4, end: 6, type: 'ORG' }, { start: 9, end: 11, type: 'PER' }]), [{ start: 9, end: 11, type: 'PER' }]);
  assert.deepEqual(refine(['the', 'Video', 'Music', 'Awards'], [{ start: 1, end: 4, type: 'MISC' }]), [{ start: 1, end: 4, type: 'MISC' }]);
});

test('refine: a name after a person\'s title is a person ("Lt. Mike Ireland"), unless its last word makes it a place or a body', () => {
  assert.deepEqual(refine(['Lt', '.', 'Mike', 'Ireland', 'said'], [{ start: 2, end: 4, type: 'LOC' }]), [{ start: 2, end: 4, type: 'PER' }]);
  assert.deepEqual(refine(['Sgt', 'Ireland', 'said'], [{ start: 1, end: 2, type: 'LOC' }]), [{ start: 1, end: 2, type: 'PER' }]);
  assert.deepEqual(refine(['Officer', 'Wayne', 'County'], [{ start: 1, end: 3, type: 'PER' }]), [{ start: 1, end: 3, type: 'LOC' }]);
  assert.deepEqual(refine(['in', 'Ireland', 'said'], [{ start: 1, end: 2, type: 'LOC' }]), [{ start: 1, end: 2, type: 'LOC' }]);
});

test('where capitals say nothing (a headline, a sentence\'s first word), a word the article writes in lower case is no name, unless a sure name holds it', () => {
  const lines = ['Authorities Say Shots Fired In Oslo', 'Authorities say shots were fired in Oslo, the authorities said.', 'The head of police spoke.', 'Head spoke.', 'Then Ann Head left, and then police left.'];
  const text = lines.join('\n');
  const toks = tokens(text);
  let at = 0;
  const sentences: Sentence[] = lines.map((line) => {
    const start = text.indexOf(line, at); at = start + line.length;
    return { start, end: at, text: line, tokenStart: toks.findIndex((t) => t.start >= start), tokenEnd: toks.filter((t) => t.end <= at).length };
  });
  const mentions = new PerceptronRecognizer(stub(['Ann', 'Head'])).recognize(text, toks, sentences);
  assert.deepEqual(mentions.map((m) => m.text), ['Oslo', 'Oslo', 'Head', 'Ann Head']);
});
