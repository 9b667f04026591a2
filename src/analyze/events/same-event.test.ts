import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateRef, Event, Segment } from '../../core/model.js';
import { reporter } from '../../core/report.js';
import { fixture } from '../syntax/_fixture.js';
import { loadSyntaxModelSync } from '../syntax/load.js';
import { extractEvents } from './extract.js';
import { datesFromSameEvent, type EventMention } from './same-event.js';

/** Roles come from the dependency parse: the tests read their sentences with the trained parser. */
const SYNTAX = loadSyntaxModelSync();

// Sentences written for these tests. Dates are given as the dates stage would give them, so that
// only the events stage is under test.

const NAMES = { 'Kestrel Front': 'ORG', 'Arvelia': 'LOC', 'Borsk': 'LOC', 'Talia Morn': 'PER', 'Oskar Vell': 'PER', 'Lena Dorr': 'PER', 'Geneva': 'LOC' } as const;
const DAYS: Record<string, string> = { Monday: '2024-03-04', Tuesday: '2024-03-05' };

/** The events of a text whose "on Monday" and "on Tuesday" are dated. */
function events(text: string, segments?: Segment[]): Event[] {
  const dates: DateRef[] = [...text.matchAll(/\bon (Monday|Tuesday)\b/g)].map((m) => {
    const start = m.index + 3;
    return { start, end: start + m[1]!.length, text: m[1]!, value: DAYS[m[1]!]!, grain: 'day', basis: 'test' };
  });
  return extractEvents({ ...fixture(text, NAMES, segments, SYNTAX), dates }, reporter([], 'events'));
}
const dated = (es: Event[]) => es.map((e) => [e.type, e.text, e.actor?.text, e.target?.text, e.date]);

test('an event the article dated in another sentence takes that date, and says where it came from', () => {
  const es = events('Kestrel Front attacked Arvelia on Monday. Lena Dorr said the attack by Kestrel Front on Arvelia destroyed two bridges.');
  const later = es.find((e) => e.text === 'attack')!;
  assert.deepEqual([later.type, later.actor?.text, later.target?.text, later.date], ['ASSAULT', 'Kestrel Front', 'Arvelia', '2024-03-04']);
  assert.match(later.dateBasis!, /same event as "attacked" \(at 14\), dated by "Monday"/);
  assert.equal(es.find((e) => e.text === 'attacked')!.dateBasis, undefined, 'a date of its own sentence needs no basis');
});

test('a meeting recalled later in the report is the meeting dated earlier', () => {
  const es = events('Talia Morn met with Oskar Vell in Geneva on Monday. Lena Dorr criticised the talks. Lena Dorr said Talia Morn had met with Oskar Vell to discuss the border.');
  const meetings = es.filter((e) => e.type === 'CONSULT');
  assert.deepEqual(meetings.map((e) => e.date), ['2024-03-04', '2024-03-04']);
});

test('a further occurrence, a planned act, other parties or disagreeing dates inherit nothing', () => {
  const again = events('Talia Morn met with Oskar Vell in Geneva on Monday. Talia Morn met with Oskar Vell again in Borsk.');
  assert.equal(again[1]!.date, undefined, '"again": another meeting');
  const planned = events('Kestrel Front attacked Arvelia on Monday. Lena Dorr said Kestrel Front may attack Arvelia.');
  assert.deepEqual(planned.filter((e) => e.hedged).map((e) => e.date), [undefined], 'a hedged act has not happened');
  const elsewhere = events('Kestrel Front attacked Arvelia on Monday. Kestrel Front attacked Borsk.');
  assert.deepEqual(dated(elsewhere).map((x) => x.at(-1)), ['2024-03-04', undefined], 'another target: another attack');
  const twice = events('Talia Morn met with Oskar Vell in Geneva on Monday. Talia Morn met with Oskar Vell in Borsk on Tuesday. Lena Dorr said Talia Morn met with Oskar Vell.');
  assert.equal(twice[2]!.date, undefined, 'two dated meetings: which one is unknown');
});

test('a caption dates its picture, not the report', () => {
  const caption = 'Kestrel Front attacked Arvelia on Monday.';
  const text = `${caption}\nLena Dorr said the attack by Kestrel Front on Arvelia destroyed two bridges.`;
  const segments: Segment[] = [{ start: 0, end: caption.length + 1, kind: 'caption' }, { start: caption.length + 1, end: text.length, kind: 'body' }];
  assert.equal(events(text, segments).find((e) => e.text === 'attack')!.date, undefined);
});

/** A mention for the rule alone: type, parties and date, in an article named by `where`. */
function mention(date: string | undefined, where: string, more: Partial<EventMention> & { mode?: string; dateBasis?: string } = {}): EventMention {
  const event: Event = { start: 0, end: 6, text: 'attack', type: 'ASSAULT', negated: false, hedged: false };
  if (date) event.date = date;
  if (more.mode) event.mode = more.mode;
  if (more.dateBasis) event.dateBasis = more.dateBasis;
  const m: EventMention = { event, actor: 'E:front', target: 'C:AV', near: 'the attack on', where };
  if (date) m.ownDate = { start: 10, end: 16, text: 'Monday', value: date, grain: 'day', basis: 'test' };
  if (more.notAfter) m.notAfter = more.notAfter;
  return m;
}

test('a report cannot tell an event dated after its publication; an inherited date is not passed on', () => {
  assert.equal(datesFromSameEvent([mention('2024-03-04', 'a'), mention(undefined, 'b', { notAfter: '2024-03-01' })])[1], undefined);
  assert.equal(datesFromSameEvent([mention('2024-03-04', 'a'), mention(undefined, 'b', { notAfter: '2024-03-06' })])[1]?.date, '2024-03-04');
  assert.equal(datesFromSameEvent([mention('2024-03-04', 'a', { dateBasis: 'inherited' }), mention(undefined, 'b')])[1], undefined);
});

test('two modes of one type are two acts', () => {
  const [, visit] = datesFromSameEvent([mention('2024-03-04', 'a', { mode: 'arrest' }), mention(undefined, 'b', { mode: 'visit' })]);
  assert.equal(visit, undefined);
  const [, any] = datesFromSameEvent([mention('2024-03-04', 'a', { mode: 'visit' }), mention(undefined, 'b')]);
  assert.equal(any?.date, '2024-03-04', 'an act with no mode may be the visit');
});
