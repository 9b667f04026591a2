import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Incident } from '../core/model.js';
import { buildBrief } from './brief.js';
import { INCIDENT, INCIDENT_ARTICLES, INCIDENT_STORY, post } from './_incident.js';

const briefWith = (incident: Incident | undefined) => {
  const { incident: _drop, ...rest } = INCIDENT_STORY;
  return buildBrief(incident ? { ...rest, incident } : rest, INCIDENT_ARTICLES);
};

test('the brief holds the incident record: when, where, figures in a fixed order, participants by role', () => {
  const record = buildBrief(INCIDENT_STORY, INCIDENT_ARTICLES).incident!;
  assert.equal(record.type, 'ASSAULT');
  assert.deepEqual(record.fields.map((f) => f.name), ['when', 'where', 'killed', 'injured', 'arrested']);
  assert.deepEqual(record.participants.map((p) => `${p.role} ${p.name} ${p.age}`), ['victim Dana Ruiz 34', 'suspect Mark Ellis 19']);
  const injured = record.fields.find((f) => f.field === 'injured')!;
  assert.equal(injured.status, 'conflict');
  assert.deepEqual(injured.versions.map((v) => [v.label, v.sources]), [['3', ['Millbrook Ledger', 'Valley Courier']], ['4', ['Evening Post']]]);
  assert.equal(injured.fact, 'Finjured');
  const where = record.fields.find((f) => f.field === 'place')!;
  assert.deepEqual(where.geo, { lat: 40.21, lon: -82.71, country: 'US', admin1: 'Ohio' });
  // Every value cites sentences that its article really holds.
  for (const f of record.fields) for (const v of f.versions) for (const c of v.claims) {
    const a = INCIDENT_ARTICLES.find((x) => x.id === c.article)!;
    assert.equal(a.text.slice(c.start, c.end), c.text);
  }
});

test('precision first: a value no sentence supports is not shown, nor a record with nothing left', () => {
  assert.equal(briefWith(undefined).incident, undefined);
  const bare: Incident = { type: 'ASSAULT', date: { value: '2031-05-11', status: 'single', claims: [] }, figures: [{ category: 'killed', value: 2, qualifier: 'exact', status: 'single', claims: [] }], participants: [{ name: 'Someone', role: 'victim', claims: [] }] };
  assert.equal(briefWith(bare).incident, undefined, 'a type alone, with nothing cited, is not a record worth showing');
  const injured = INCIDENT.figures[0]!;
  const unsupported: Incident = { ...INCIDENT, place: { ...INCIDENT.place!, name: ' ' }, figures: [{ ...injured, alternatives: [{ value: 9, qualifier: 'exact', claims: [] }] }] };
  const record = briefWith(unsupported).incident!;
  assert.deepEqual(record.fields.map((f) => f.name), ['when', 'injured']);
  assert.deepEqual(record.fields[1]!.versions.map((v) => v.label), ['3'], 'the uncited version 9 is left out');
});

test('a disputed date is split by the value each claim reads, the record\'s value first; qualifiers show', () => {
  const date = { value: '2031-05-11', status: 'conflict' as const, claims: [...INCIDENT.date!.claims.slice(0, 2), { ...INCIDENT.date!.claims[2]!, value: '2031-05-12' }] };
  const figures = [{ ...INCIDENT.figures[1]!, qualifier: 'at least' as const }];
  const record = briefWith({ ...INCIDENT, date, figures }).incident!;
  const when = record.fields[0]!;
  assert.deepEqual(when.versions.map((v) => [v.label, v.claims.length]), [['2031-05-11', 2], ['2031-05-12', 1]]);
  assert.equal(when.versions[1]!.claims[0]!.article, post.id);
  assert.equal(record.fields.find((f) => f.field === 'killed')!.versions[0]!.label, 'at least 1');
});

test('a record that counts nothing that happened to people is no record: when and where alone are not shown', () => {
  assert.equal(briefWith({ ...INCIDENT, figures: [], participants: [] }).incident, undefined);
  assert.equal(briefWith({ ...INCIDENT, participants: [] }).incident!.type, 'ASSAULT', 'a toll alone makes a record');
  assert.deepEqual(briefWith({ ...INCIDENT, figures: [] }).incident!.fields.map((f) => f.name), ['when', 'where'], 'so do named victims or suspects');
});
