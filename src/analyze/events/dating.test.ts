import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateRef, Event, Sentence } from '../../core/model.js';
import { dateOfOwnClause, eventDate } from './dating.js';

// Sentences written for these tests: does the date belong to the event's own clause?

/** The date `dateWords` of a one-sentence text, given to the event whose trigger is `trigger`. */
function own(text: string, trigger: string, dateWords: string): string | undefined {
  const at = text.indexOf(trigger), d = text.indexOf(dateWords);
  const event: Event = { start: at, end: at + trigger.length, text: trigger, type: 'ASSAULT', date: '2024-03-04', negated: false, hedged: false };
  const date: DateRef = { start: d, end: d + dateWords.length, text: dateWords, value: '2024-03-04', grain: 'day', basis: 'test' };
  const sentence: Sentence = { start: 0, end: text.length, text, tokenStart: 0, tokenEnd: 0 };
  return dateOfOwnClause(text, sentence, event, [date])?.text;
}

test('a date next to the trigger, in its clause, is the event’s own', () => {
  assert.equal(own('Kestrel Front attacked Arvelia on Monday.', 'attacked', 'Monday'), 'Monday');
  assert.equal(own('Kestrel Front shelled the port of Arvelia near the Borsk Bridge on Monday.', 'shelled', 'Monday'), 'Monday', 'names count as one word');
  assert.equal(own('Monday’s attack on Arvelia closed the port.', 'attack', 'Monday'), 'Monday');
  assert.equal(own('On Monday, Kestrel Front attacked Arvelia.', 'attacked', 'Monday'), 'Monday');
});

test('a date of another clause, of a speaker or far from the trigger is not the event’s', () => {
  assert.equal(own('Anger over the port Kestrel Front attacked fuelled a protest by angry dockers in the main square on Monday.', 'attacked', 'Monday'), undefined);
  assert.equal(own('The attack on Arvelia, the ministry said on Monday, closed the port.', 'attack', 'Monday'), undefined);
  assert.equal(own('Lena Dorr said on Monday that Kestrel Front attacked Arvelia.', 'attacked', 'Monday'), undefined);
  assert.equal(own('On Monday, the ministry said Kestrel Front attacked Arvelia.', 'attacked', 'Monday'), undefined);
});

test('an event takes the date of its sentence nearest its trigger, one after it before one as far before it', () => {
  const text = 'On Monday Israel urged Russia on Thursday to act. Then on Friday it left.';
  const date = (t: string, value: string): DateRef => { const start = text.indexOf(t); return { start, end: start + t.length, text: t, value, grain: 'day', basis: 'explicit' }; };
  const dates = [date('Monday', '2023-10-23'), date('Thursday', '2023-10-26'), date('Friday', '2023-10-27')];
  const sentence = { start: 0, end: text.indexOf(' Then') };
  const urged = { start: text.indexOf('urged'), end: text.indexOf('urged') + 5 };
  assert.equal(eventDate(urged, sentence, dates)?.value, '2023-10-26');
  // the Friday of the next sentence is never this event's
  assert.equal(eventDate(urged, { start: 0, end: text.indexOf('Thursday') - 1 }, dates)?.value, '2023-10-23');
  assert.equal(eventDate(urged, sentence, []), undefined);
});

test('on the parse, a date attached to another act is not the event’s: the act a noun names owns its clause and modifiers', async () => {
  const { depTree } = await import('../syntax/tree.js');
  const { dateOwner } = await import('./dating.js');
  // "Israel is retaliating to an attack carried out on October 7" (the parse hangs "carried" on "retaliating")
  const rows: [string, string, number, string][] = [['Israel', 'PROPN', 2, 'nsubj'], ['is', 'AUX', 2, 'aux'], ['retaliating', 'VERB', -1, 'root'], ['to', 'ADP', 5, 'case'],
    ['an', 'DET', 5, 'det'], ['attack', 'NOUN', 2, 'obl'], ['carried', 'VERB', 2, 'advcl'], ['out', 'ADP', 6, 'compound:prt'], ['on', 'ADP', 10, 'case'],
    ['October', 'PROPN', 10, 'compound'], ['7', 'NUM', 6, 'obl']];
  const tree = depTree({ tokens: rows.map(([, pos, head, dep], i) => ({ start: i, end: i + 1, pos: pos as 'NOUN', lemma: rows[i]![0].toLowerCase(), head, dep })) }, 0);
  const word = (i: number) => rows[i]?.[0].toLowerCase() ?? '';
  const verbs = new Set([2]), nouns = new Set([5]);
  assert.equal(dateOwner(tree, [9, 10], new Set([2]), verbs, nouns, word), 'other', 'October 7 is the attack’s, not the retaliation’s');
  assert.equal(dateOwner(tree, [9, 10], new Set([5]), verbs, nouns, word), 'own');
});

test('on the parse, an event takes its own date before a nearer one, and never another act’s', async () => {
  const { eventDateOnTree } = await import('./dating.js');
  const d = (start: number, value: string): DateRef => ({ start, end: start + 1, text: 'x', value, grain: 'day', basis: 'test' });
  const near = d(12, '2024-01-01'), far = d(40, '2024-02-02'), free = d(20, '2024-03-03');
  const owners = new Map<DateRef, 'own' | 'other' | 'none'>([[near, 'other'], [far, 'own'], [free, 'none']]);
  assert.equal(eventDateOnTree({ start: 5, end: 10 }, { start: 0, end: 50 }, [near, far, free], (x) => owners.get(x)!)?.value, '2024-02-02');
  owners.set(far, 'other');
  assert.equal(eventDateOnTree({ start: 5, end: 10 }, { start: 0, end: 50 }, [near, far, free], (x) => owners.get(x)!)?.value, '2024-03-03', 'no own date: the nearest no act owns');
});
