import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../syntax/_fixture.js';
import type { Diagnostic, Quote, Segment } from '../../core/model.js';
import { reporter } from '../../core/report.js';
import { extractQuotes } from './extract.js';
import { findQuoteMarks } from './marks.js';
import { loadSyntaxModelSync } from '../syntax/load.js';

// Sentences written for these tests, with the names they mention given as entity mentions.

const NAMES = {
  'Talia Morn': 'PER', 'Oskar Vell': 'PER', 'Arvelia': 'LOC', 'Borsk': 'LOC', 'Ministry of Ports': 'ORG', 'Harbour Council': 'ORG', 'Lena Dorr': 'PER',
} as const;

// Quotes are read on the parse: the trained model committed in models/.
const model = loadSyntaxModelSync();

function quotes(text: string, segments?: Segment[]): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const out = extractQuotes(fixture(text, NAMES, segments, model), reporter(diagnostics, 'quotes'));
  for (const q of out) {
    assert.equal(text.slice(q.start, q.end), q.text, 'a quote is its span');
    if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text, 'a speaker is its span');
  }
  return { quotes: out, diagnostics };
}
const brief = (q: Quote) => [q.text, q.speaker?.text, q.direct];

test('quote marks: curly, straight, and an apostrophe that is not a closing mark', () => {
  const text = 'He said “we will stay” and then "we will go". It’s the ‘last’ word.';
  const marks = findQuoteMarks(text, 0, text.length).map((m) => text.slice(m.inner.start, m.inner.end));
  assert.deepEqual(marks, ['we will stay', 'we will go', 'last']);
});

test('a quote within a quote stays part of the outer one', () => {
  const text = '"All of a sudden I hear ‘bang, bang’ and shouting," a neighbour said.';
  const marks = findQuoteMarks(text, 0, text.length).map((m) => text.slice(m.inner.start, m.inner.end));
  assert.deepEqual(marks, ['All of a sudden I hear ‘bang, bang’ and shouting,']);
});

test('a direct quote with its speaker after it, and one before it', () => {
  const out = quotes('“The harbour will reopen on Monday,” Talia Morn said. Oskar Vell said: "We have heard this before."').quotes;
  assert.deepEqual(out.map(brief), [
    ['The harbour will reopen on Monday,', 'Talia Morn', true],
    ['We have heard this before.', 'Oskar Vell', true],
  ]);
});

test('a partial quote inside a sentence, and the reported clause around it', () => {
  const out = quotes('Arvelia urged Borsk to close the port, calling the decision “reckless”. Talia Morn said the council would treat the plan “with great care” from now on.').quotes;
  assert.deepEqual(out.map(brief), [
    ['reckless', 'Arvelia', true],
    ['with great care', 'Talia Morn', true],
    ['to close the port', 'Arvelia', false],
    ['the council would treat the plan “with great care” from now on', 'Talia Morn', false],
  ]);
});

test('reported speech: said that, a report after the clause, according to, stating that', () => {
  const out = quotes('The Ministry of Ports said on Friday that the ferries would run again. '
    + 'Trade with Borsk has fallen by half, the Harbour Council said in a statement. '
    + 'According to Lena Dorr, the docks were empty for a week. '
    + 'Norwegian officials criticized the plan, stating that it ignored the fishermen.').quotes;
  assert.deepEqual(out.map(brief), [
    ['the ferries would run again', 'Ministry of Ports', false],
    ['Trade with Borsk has fallen by half', 'Harbour Council', false],
    ['the docks were empty for a week', 'Lena Dorr', false],
    ['it ignored the fishermen', 'Norwegian officials', false],
  ]);
});

test('"he also declared" is the last person quoted; "the spokesman" the last person with that role', () => {
  const out = quotes('Harbour Council spokesman Oskar Vell said the port was safe. The harbour was quiet. '
    + 'However, he also declared that repairs would take a month. The spokesman added that no ship was damaged.').quotes;
  assert.deepEqual(out.map((q) => q.speaker?.text), ['Oskar Vell', 'Oskar Vell', 'Oskar Vell']);
});

test('"he said" after another person is named could be either: the quote keeps no speaker', () => {
  const out = quotes('Oskar Vell said the port was safe. Talia Morn disagreed. He said repairs would take a month.').quotes;
  assert.deepEqual(out.map((q) => q.speaker?.text), ['Oskar Vell', undefined]);
});

test('scare quotes with no one saying them are not quotations', () => {
  const { quotes: out, diagnostics } = quotes('The so-called “peace plan” was published on Monday.');
  assert.equal(out.length, 0);
  assert.ok(diagnostics.some((d) => d.rule === 'quote-scare'));
});

test('verbs of saying in other senses report nothing', () => {
  const out = quotes('Arvelia maintains close ties with Borsk, signaling its commitment to trade.').quotes;
  assert.deepEqual(out, []);
});

test('no quotations from readers\' comments', () => {
  const text = 'Talia Morn said the port was safe.\n\nOskar Vell said “this is all lies” in my opinion.';
  const out = quotes(text, [{ start: 0, end: 36, kind: 'body' }, { start: 36, end: text.length, kind: 'comment' }]).quotes;
  assert.deepEqual(out.map(brief), [['the port was safe', 'Talia Morn', false]]);
});

test('a quoted name or title that no verb of saying reports is the article\'s own: no quotation', () => {
  const { quotes: out, diagnostics } = quotes('The “Northern Front” declared a “republic” in Borsk last year. Critics watched the film “Salt and Iron” again.');
  assert.deepEqual(out, []);
  assert.equal(diagnostics.filter((d) => d.rule === 'quote-scare').length, 3);
});

test('a quoted phrase inside what someone is said to have said is theirs', () => {
  const out = quotes('Oskar Vell said the ferry was treated as a “total loss” by the insurers.').quotes;
  assert.deepEqual(out.map(brief)[0], ['total loss', 'Oskar Vell', true]);
});

test('the speaker after the quote, the inverted "said X", and a role in apposition', () => {
  const out = quotes('The harbour will stay closed until Monday, said Lena Dorr, a spokeswoman for the council. '
    + '“It was a long night,” said the mayor’s deputy, Oskar Vell.').quotes;
  assert.deepEqual(out.map(brief), [
    ['It was a long night,', 'Oskar Vell', true],
    ['The harbour will stay closed until Monday', 'Lena Dorr', false],
  ]);
});

test('"according to" a source with no name keeps the phrase as written', () => {
  const out = quotes('According to a harbour official, the ferry sank in ten minutes.').quotes;
  assert.deepEqual(out.map(brief), [['the ferry sank in ten minutes', 'a harbour official', false]]);
});

test('a pronoun speaker never stands for a name inside the quote', () => {
  const out = quotes('Lena Dorr said the port was safe. “Talia Morn has done a great job for the harbour,” she said.').quotes;
  assert.deepEqual(out.map((q) => q.speaker?.text), ['Lena Dorr', 'Lena Dorr']);
});

test('a nickname inside a name is no quotation, even in reported speech', () => {
  const { quotes: out, diagnostics } = quotes('Oskar Vell said Talia “Iron Lady” Morn had closed the port.');
  assert.deepEqual(out.map(brief), [['Talia “Iron Lady” Morn had closed the port', 'Oskar Vell', false]]);
  assert.ok(diagnostics.some((d) => d.rule === 'quote-nickname'));
});

test('a question reported ("would not say where") or a report denied ("did not say that") is no quotation', () => {
  const out = quotes('The Ministry of Ports would not say where the ferries were held. '
    + 'Lena Dorr did not say that the docks were closed. '
    + 'Talia Morn said that the docks were empty.').quotes;
  assert.deepEqual(out.map(brief), [['the docks were empty', 'Talia Morn', false]]);
});

test('a name given in the passive ("Talia Morn, dubbed the “Iron Mayor”") is not her words; an active naming is', () => {
  const out = quotes('Talia Morn, dubbed the “Iron Mayor” for her budgets, was never known to back down. '
    + 'Lena Dorr, speaking on Monday, called the plan “deplorable”.').quotes;
  assert.deepEqual(out.map(brief), [['deplorable', 'Lena Dorr', true]]);
});

test('"said Sgt. Talia Morn": the speaker is the person the abbreviated title comes before, not the title', () => {
  const got = quotes('The ferry left the harbour late, said Sgt. Talia Morn.').quotes.map(brief);
  assert.deepEqual(got, [['The ferry left the harbour late', 'Talia Morn', false]]);
});

test('a reported clause that opens on its verb lost its subject to the parse: no quote ("The fire, Talia Morn said, broke out at night")', () => {
  assert.deepEqual(quotes('The fire, Talia Morn said, broke out Friday night while the crew was working.').quotes.map(brief), []);
  assert.deepEqual(quotes('Talia Morn said the fire broke out Friday night.').quotes.map(brief), [['the fire broke out Friday night', 'Talia Morn', false]]);
});

test('"the group" is the organisation the article set beside that noun, not the last one it named', () => {
  const out = quotes('The group, Harbour Council, wrote to the port last week. The Ministry of Ports signed a deal on Sunday. '
    + 'The group said that workers were told by the Ministry of Ports to sign by Monday.').quotes;
  assert.deepEqual(out.map((q) => q.speaker?.text), ['Harbour Council']);
});

test('a verb of saying that reports what follows it does not report the clause before it: "While X, Jane says the idea ..."', () => {
  const out = quotes('While slowing down the metabolic rate of sailors the way animals hibernate isn\'t possible yet, team head Talia Morn says the idea "is actually not so crazy."').quotes;
  assert.deepEqual(out.map(brief), [['is actually not so crazy.', 'Talia Morn', true]]);
  // with nothing reported after the verb, the clause before it is what was said, subordinator and all
  assert.deepEqual(quotes('While he was at home, he saw nothing, Talia Morn said.').quotes.map(brief), [['While he was at home, he saw nothing', 'Talia Morn', false]]);
});

test('a verb of saying conjoined inside what another verb reports has no speaker the parse can tell', () => {
  const out = quotes('Oskar Vell told police a stranger had shot his friend, but later changed his story and admitted he was sitting in the car.').quotes;
  assert.ok(!out.some((q) => q.speaker?.text === 'a stranger'), JSON.stringify(out.map(brief)));
});

test('a dateline that opens the sentence is the report\'s, not part of what was said', () => {
  const out = quotes('BORSK, Arvelia - Three people were hurt in a crash on the coast road on Sunday, Talia Morn said.').quotes;
  assert.deepEqual(out.map(brief), [['Three people were hurt in a crash on the coast road on Sunday', 'Talia Morn', false]]);
});

test('"according to the sheriff\'s office": the office is the source; ", Capt. Oskar Vell said": the title is no part of what was said', () => {
  assert.deepEqual(quotes('According to the sheriff’s office, the boat left the harbour around noon on Friday.').quotes.map(brief),
    [['the boat left the harbour around noon on Friday', 'the sheriff’s office', false]]);
  assert.deepEqual(quotes('The four sailors have been taken to a hospital in Borsk, Capt. Oskar Vell said.').quotes.map(brief),
    [['The four sailors have been taken to a hospital in Borsk', 'Oskar Vell', false]]);
});

test('"According to initial reports, ...": the source is the reports, whatever the parse hung on them', () => {
  const out = quotes('According to initial reports, a sailor in her twenties was hurt in Borsk.').quotes;
  assert.ok(out.every((q) => !/^according/i.test(q.speaker?.text ?? '')), JSON.stringify(out.map(brief)));
});
