import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseReport } from './_analyse.js';
import type { AnalyzedArticle, ArticleId, Claim } from '../../core/model.js';
import { createStoryContext } from '../context.js';
import { gazetteerOf } from '../entities/gazetteer.js';
import { agreement } from './agreement.js';
import { isBackground } from './background.js';
import { articleFigures } from './figures.js';
import { articleOutcomes, type OutcomeMention } from './outcomes.js';
import { buildIncident } from './pass.js';

// Reports written for these tests (made-up towns and people).
const claim = (article: string): Claim => ({ article: article as ArticleId, start: 0, end: 1, text: 'x' });
const m = (outcome: OutcomeMention['outcome'], value: number, sentence = 0, self = false): OutcomeMention =>
  ({ outcome, value, qualifier: 'exact', start: sentence * 10, end: sentence * 10 + 1, sentence, ...(self ? { self } : {}) });

test('agreement: agreed over distinct articles, single, and a conflict keeping every version, the best supported first', () => {
  assert.equal(agreement([{ value: 2, claims: [claim('a')] }, { value: 2, claims: [claim('b')] }])!.status, 'agreed');
  assert.equal(agreement([{ value: 2, claims: [claim('a'), claim('a')] }])!.status, 'single');
  const c = agreement([{ value: 2, claims: [claim('a')], asOf: '2020-01-01' }, { value: 3, claims: [claim('b')], asOf: '2020-01-02' }, { value: 2, claims: [claim('c')] }])!;
  assert.deepEqual([c.status, c.value, c.alternatives.map((x) => x.value)], ['conflict', 2, [3]]);
  // a tie goes to the later report (a toll that grew), or, asked so, to the earlier one (a date)
  const tie = [{ value: 2, claims: [claim('a')], asOf: '2020-01-01' }, { value: 3, claims: [claim('b')], asOf: '2020-01-02' }];
  assert.equal(agreement(tie)!.value, 3);
  assert.equal(agreement(tie, String, 'earlier')!.value, 2);
  assert.equal(agreement([]), undefined);
});

test('figures: the largest count per outcome; the wounded are the shot not killed; an attacker who killed himself is among the killed', () => {
  const f = (ms: OutcomeMention[]) => Object.fromEntries(articleFigures(ms).map((x) => [x.category, x.value]));
  assert.deepEqual(f([m('shot', 3, 0), m('killed', 1, 1)]), { killed: 1, injured: 2 });
  assert.deepEqual(f([m('killed', 2, 0), m('killed', 1, 2, true)]), { killed: 3 });
  assert.deepEqual(f([m('killed', 3, 0), m('killed', 1, 0, true)]), { killed: 3 });   // "three dead, including the gunman"
  assert.deepEqual(f([m('injured', 4, 0), m('shot', 1, 1)]), { injured: 4 });
  assert.deepEqual(f([m('shot', 1, 0), m('killed', 1, 0)]), { killed: 1 });
  assert.deepEqual(f([m('arrested', 2, 3)]), { arrested: 2 });
});

const GAZ = gazetteerOf([
  { name: 'Brookvale', country: 'US', lat: 40.1, lon: -82.9, population: 30000, feature: 'PPL' },
  { name: 'Carrow', country: 'US', lat: 44.0, lon: -121.0, population: 5000, feature: 'PPL' },
]);
const analyse = analyseReport;

test('background: a count dated to a year, a month or another day is not the incident\'s', () => {
  const a = analyse('Two men were killed in Brookvale on Sunday. In 2006, five people were killed there. So far this year 40 people have been shot in the city.',
    '2021-03-08', 'bg');
  const frame = { date: '2021-03-07' };
  assert.equal(isBackground(a, 0, a.dates ?? [], frame), false);
  assert.equal(isBackground(a, 1, a.dates ?? [], frame), true);
  assert.equal(isBackground(a, 2, a.dates ?? [], frame), true);
  // a page's stamp run into the headline dates the page, not the count
  const stamped = analyse('Two dead in Brookvale shooting Posted: Friday, March 12, 2021 4:46 AM EST\nTwo men were killed on Sunday.', '2021-03-12', 'bg2');
  assert.equal(isBackground(stamped, 0, stamped.dates ?? [], frame), false);
});

test('outcomes: a headline\'s "girl shot" read as a compound noun, the one left with injuries, the one a bullet struck', () => {
  const read = (text: string, id: string) => { const a = analyse(text, '2021-03-08', id); return articleOutcomes(a).map((x) => [x.outcome, x.value, a.text.slice(x.start, x.end)]); };
  assert.deepEqual(read('9-year-old girl shot in arm in Brookvale', 'h1'), [['shot', 1, 'girl']]);
  assert.deepEqual(read('Brookvale man shot dead', 'h2'), [['killed', 1, 'man']]);
  assert.deepEqual(read('The shooting left a 15-year-old with minor injuries.', 'h3'), [['shot', 1, '15-year-old']]);
  // one a bullet strikes was shot; one a car strikes was not
  assert.deepEqual(read('A stray bullet struck a girl in Brookvale on Sunday.', 'h5'), [['shot', 1, 'girl']]);
  assert.deepEqual(read('A woman was hit by a bullet on Sunday.', 'h6'), [['shot', 1, 'woman']]);
  assert.deepEqual(read('A man was struck by a car on Sunday.', 'h7'), []);
  // a shot fired hit no one
  assert.deepEqual(read('A warning shot was fired into the air.', 'h4'), []);
});

test('outcomes: a participle that modifies a noun happened to that noun ("the teenager killed in a hunting accident")', () => {
  const a = analyse('Police named the teenager killed in a hunting accident on Saturday.', '2021-03-08', 'acl');
  assert.deepEqual(articleOutcomes(a).map((x) => [x.outcome, x.value, a.text.slice(x.start, x.end)]), [['killed', 1, 'teenager']]);
  const b = analyse('A teenager was fatally wounded in Brookvale on Saturday.', '2021-03-08', 'fat');
  assert.deepEqual(articleOutcomes(b).map((x) => [x.outcome, x.value]), [['killed', 1]]);
  // a wound's bearer was shot (a fatal one: killed), whether it hangs on the verb or on the person
  const w = analyse('Officers found a man with a gunshot wound. A woman suffered a fatal gunshot wound.', '2021-03-08', 'wnd');
  assert.deepEqual(articleOutcomes(w).map((x) => [x.outcome, x.value, w.text.slice(x.start, x.end)]), [['shot', 1, 'man'], ['killed', 1, 'woman']]);
});

test('the incident record: date from "Sunday night" in a Monday report, place by dateline, figures with their claims and status', () => {
  const r1 = analyse('BROOKVALE, Ohio — Two men were shot and killed Sunday night outside a bar on Elm Street, police said. In a separate shooting in 2019, six people were wounded.', '2021-03-08', 'r1');
  const r2 = analyse('Police on Monday named the two men killed outside an Elm Street bar in Brookvale on Sunday. A third man was wounded.', '2021-03-09', 'r2');
  const ctx = createStoryContext({ gazetteer: GAZ });
  const rec = buildIncident({ id: 'S1' as never, articles: [r1.id, r2.id], dates: [] }, [r1, r2], ctx)!;
  assert.ok(rec);
  assert.equal(rec.date?.value, '2021-03-07');
  assert.equal(rec.date?.status, 'agreed');
  assert.equal(rec.place?.name, 'Brookvale');
  assert.equal(rec.place?.geo?.admin1, 'OH');
  const killed = rec.figures.find((f) => f.category === 'killed')!;
  assert.deepEqual([killed.value, killed.status], [2, 'agreed']);
  for (const c of killed.claims) assert.equal([r1, r2].find((a) => a.id === c.article)!.text.slice(c.start, c.end), c.text);
  // the six wounded of 2019 are background: the only wounded figure is r2's third man
  const injured = rec.figures.find((f) => f.category === 'injured');
  assert.deepEqual(injured && [injured.value, injured.status], [1, 'single']);
});

test('participants: a named victim with the age in apposition, a suspect arrested, an official by title; joined across reports by surname', () => {
  const r1 = analyse('John Carver, 24, was shot and killed Sunday night outside a bar in Brookvale. Police Chief Ann Leland said officers arrested Tom Harlan on Monday.', '2021-03-08', 'p1');
  const r2 = analyse('Carver died at the scene, police said. Harlan, 19, was charged with murder.', '2021-03-09', 'p2');
  const rec = buildIncident({ id: 'S2' as never, articles: [r1.id, r2.id], dates: [] }, [r1, r2], createStoryContext({ gazetteer: GAZ }))!;
  const who = Object.fromEntries(rec.participants.map((p) => [p.name, [p.role, p.age]]));
  assert.deepEqual(who['John Carver'], ['victim', 24]);
  assert.equal(who['Tom Harlan']?.[0], 'suspect');
  for (const p of rec.participants) for (const c of p.claims) assert.equal([r1, r2].find((a) => a.id === c.article)!.text.slice(c.start, c.end), c.text);
  assert.ok(!rec.participants.some((p) => p.role === 'victim' && /Harlan|Leland/.test(p.name)));
});

test('a meeting\'s record has no casualty figures, even when its reports recall a war\'s toll further down', () => {
  const r1 = analyse('Officials from Carrow met with the delegation in Brookvale on Thursday. They discussed trade and the border. At least 19 citizens have died in the war.', '2021-03-08', 'm1');
  const r2 = analyse('The delegation held talks with Carrow officials in Brookvale on Thursday.', '2021-03-08', 'm2');
  const rec = buildIncident({ id: 'S3' as never, articles: [r1.id, r2.id], dates: [] }, [r1, r2], createStoryContext({ gazetteer: GAZ }));
  assert.ok(rec);
  assert.notEqual(rec.type, 'ASSAULT');
  assert.deepEqual(rec.figures, []);
});

test('a court report that tells the act of force further down keeps its toll; a dateline cut off as a sentence is no part of the lead', () => {
  const ctx = createStoryContext({ gazetteer: GAZ });
  const figures = (text: string, id: string) => {
    const r = analyse(text, '2021-03-08', id);
    return Object.fromEntries(buildIncident({ id: id as never, articles: [r.id], dates: [] }, [r], ctx)!.figures.map((f) => [f.category, f.value]));
  };
  assert.deepEqual(figures('A Brookvale man was charged with murder on Monday. He was held without bond at the county jail. The man opened fire on his neighbor during an argument on Saturday, wounding him in the leg.', 'c1'), { injured: 1 });
  assert.deepEqual(figures('BROOKVALE, Ohio.\nA man was charged on Monday. A teenager was wounded in the leg on Saturday, police said. The man was held at the county jail.', 'c2'), { injured: 1 });
});

test('the date: a day the parse hangs on another verb than the act ("charged Friday in the shooting death") is not the incident\'s', () => {
  const r = analyse('A Brookvale man was charged on Friday in the shooting death of his neighbor. The neighbor was shot and killed outside his home on Tuesday night.', '2021-03-13', 'dc');
  const rec = buildIncident({ id: 'S5' as never, articles: [r.id], dates: [] }, [r], createStoryContext({ gazetteer: GAZ }))!;
  assert.equal(rec.date?.value, '2021-03-09');
  // a past day is not when a present-tense "say" is said: "On Sunday, police say ..."
  const r2 = analyse('On Sunday, police say a man was shot and wounded outside a bar in Brookvale.', '2021-03-08', 'dp');
  assert.equal(buildIncident({ id: 'S7' as never, articles: [r2.id], dates: [] }, [r2], createStoryContext({ gazetteer: GAZ }))!.date?.value, '2021-03-07');
});

test('the place: a town an organisation is named after, never a county\'s name', () => {
  const ctx = createStoryContext({ gazetteer: GAZ });
  const place = (text: string, id: string) => {
    const r = analyse(text, '2021-03-08', id);
    return buildIncident({ id: id as never, articles: [r.id], dates: [] }, [r], ctx)?.place?.name;
  };
  assert.equal(place('A man was shot and wounded on Sunday, the Brookvale Police Department said.', 'o1'), 'Brookvale');
  assert.equal(place('A man was shot and wounded on Sunday, the Carrow County Sheriff\'s Office said.', 'o2'), undefined);
  // an organisation named after its state names no town of the state's name
  const withVirginia = createStoryContext({ gazetteer: gazetteerOf([{ name: 'Virginia', country: 'US', lat: 47.5, lon: -92.5, population: 8000, feature: 'PPL' }]) });
  const r = analyse('A man was shot and wounded on Sunday, the Virginia State Police said.', '2021-03-08', 'o3');
  assert.equal(buildIncident({ id: 'o3' as never, articles: [r.id], dates: [] }, [r], withVirginia)?.place?.name, undefined);
});

test('figures: a report that tells of a boy shot, when another says he died, counts no wounded', () => {
  const r1 = analyse('A boy was shot in Brookvale on Sunday, police said.', '2021-03-08', 'w1');
  const r2 = analyse('A boy died at the hospital after he was shot in Brookvale on Sunday, police said.', '2021-03-09', 'w2');
  const rec = buildIncident({ id: 'S6' as never, articles: [r1.id, r2.id], dates: [] }, [r1, r2], createStoryContext({ gazetteer: GAZ }))!;
  assert.deepEqual(Object.fromEntries(rec.figures.map((f) => [f.category, f.value])), { killed: 1 });
});

test('a disputed date keeps each version\'s claims, each stating its own day', () => {
  const r1 = analyse('Two men were shot and killed in Brookvale on Sunday, police said.', '2021-03-08', 'd1');
  const r2 = analyse('Two men were shot and killed in Brookvale on Saturday, police said.', '2021-03-08', 'd2');
  const rec = buildIncident({ id: 'S4' as never, articles: [r1.id, r2.id], dates: [] }, [r1, r2], createStoryContext({ gazetteer: GAZ }))!;
  assert.equal(rec.date?.status, 'conflict');
  assert.deepEqual(new Set(rec.date!.claims.map((c) => c.value)), new Set(['2021-03-07', '2021-03-06']));
});

test('outcomes: victims found with no verb of dying are the shot, not the dead; a number that is an age counts no one', () => {
  const by = (text: string) => Object.fromEntries(articleFigures(articleOutcomes(analyse(text, '2021-03-08', 'o'))).map((f) => [f.category, f.value]));
  assert.equal(by('Officers arrived and located four victims, all suffering from non life-threatening injuries.')['killed'], undefined);
  assert.equal(by('The coroner said the 5 year-old boy died hours after being shot.')['killed'], 1);
  assert.equal(by('A man was killed. No one else was injured and no one has been arrested.')['injured'], undefined);
  assert.equal(by('A man was killed. No one else was injured and no one has been arrested.')['arrested'], undefined);
});

test('outcomes: a death stated without a verb of dying, joined people each counted, a modal or an age no death', () => {
  const killed = (text: string) => articleFigures(articleOutcomes(analyse(text, '2021-03-08', 'k'))).find((f) => f.category === 'killed')?.value;
  assert.equal(killed('She was later pronounced dead at the hospital.'), 1);
  assert.equal(killed('A little girl is dead after her father shot her.'), 1);
  assert.equal(killed('Carver and Harlan died at the scene.'), 2);
  assert.equal(killed('She could have been dead today, her mother said.'), undefined);
  assert.equal(killed('Deputies are investigating the death of a 16 year-old boy.'), 1);
});

test('a record whose reports tell the incident on days of different years says so', () => {
  const r1 = analyse('Two men were shot and killed in Brookvale on Sunday, police said.', '2021-03-08', 'y1');
  const r2 = analyse('A man was sentenced Monday for the killing of two men in Brookvale on March 7, 2021.', '2022-05-10', 'y2');
  const rec = buildIncident({ id: 'S5' as never, articles: [r1.id, r2.id], dates: [] }, [r1, r2], createStoryContext({ gazetteer: GAZ }))!;
  assert.deepEqual(rec.years, [2021, 2022]);
  const one = buildIncident({ id: 'S6' as never, articles: [r1.id], dates: [] }, [r1], createStoryContext({ gazetteer: GAZ }))!;
  assert.equal(one.years, undefined);
});

test('participants: a name given to the victim or the suspect ("identified the victim as", "the suspect, X,") takes that role', () => {
  const r = analyse('Two men were shot in Brookvale on Sunday. Police identified the victim as John Carver, 24. The man killed was identified as Tom Harlan. The suspect, Jo Dorsey, fled.', '2021-03-08', 'n1');
  const rec = buildIncident({ id: 'S7' as never, articles: [r.id], dates: [] }, [r], createStoryContext({ gazetteer: GAZ }))!;
  const who = Object.fromEntries(rec.participants.map((p) => [p.name, p.role]));
  assert.deepEqual(who, { 'John Carver': 'victim', 'Tom Harlan': 'victim', 'Jo Dorsey': 'suspect' });
  assert.equal(rec.participants.find((p) => p.name === 'John Carver')?.age, 24);
});

test('a story that leads with a death is that violence: a charge\'s report keeps the toll', () => {
  const r = analyse('A Brookvale man has been charged in the shooting death of a 16-year-old boy. The charge was filed on Monday.', '2021-03-08', 'c1');
  const rec = buildIncident({ id: 'S8' as never, articles: [r.id], dates: [] }, [r], createStoryContext({ gazetteer: GAZ }))!;
  assert.equal(rec.figures.find((f) => f.category === 'killed')?.value, 1);
});

test('when: the day of a statement ("police said Monday") is not the incident\'s', () => {
  const r = analyse('Police said Monday that a man was shot in Brookvale over the weekend. He was treated and released.', '2021-03-09', 't1');
  const rec = buildIncident({ id: 'S9' as never, articles: [r.id], dates: [] }, [r], createStoryContext({ gazetteer: GAZ }))!;
  assert.equal(rec.date, undefined);
  const r2 = analyse('Police said Monday that a man was shot in Brookvale on Sunday night.', '2021-03-09', 't2');
  assert.equal(buildIncident({ id: 'S10' as never, articles: [r2.id], dates: [] }, [r2], createStoryContext({ gazetteer: GAZ }))!.date?.value, '2021-03-07');
});

test('outcomes: one who shot himself and lived is wounded; a relative clause\'s victim ("a child who was shot"); "wounding another" is one more', () => {
  const f = (ms: OutcomeMention[]) => Object.fromEntries(articleFigures(ms).map((x) => [x.category, x.value]));
  assert.deepEqual(f([m('shot', 1, 0, true)]), { injured: 1 });
  assert.deepEqual(f([m('shot', 1, 0, true), m('killed', 1, 1)]), { killed: 1 });   // a death stated: no wounded guessed
  const by = (text: string) => Object.fromEntries(articleFigures(articleOutcomes(analyse(text, '2021-03-08', 'r'))).map((x) => [x.category, x.value]));
  assert.deepEqual(by('MARLOW (KXX) - A 9-year-old boy accidentally shot himself in the hand on Sunday, police said.'), { injured: 1 });
  assert.deepEqual(by('Police responded on Sunday to a call about a girl who was shot in the arm at a home on Elm Road.'), { injured: 1 });
  assert.deepEqual(by('Police said a gunman killed two men and wounded another on Sunday night.'), { killed: 2, injured: 1 });
});

test('the place: the outlet\'s town picks among towns of one name, and a country known by its states rules out towns abroad', () => {
  const ctx = createStoryContext({ gazetteer: gazetteerOf([
    { name: 'Marbury', country: 'US', lat: 40.0, lon: -83.0, population: 200000, feature: 'PPL' },
    { name: 'Lindum', country: 'US', lat: 40.3, lon: -83.2, population: 3000, feature: 'PPL' },
    { name: 'Lindum', country: 'GB', lat: 53.2, lon: -0.5, population: 90000, feature: 'PPL' },
    { name: 'Ostrava Nova', country: 'CZ', lat: 49.8, lon: 18.3, population: 60000, feature: 'PPL' },
  ]) });
  const place = (text: string, id: string, outlet: string) => {
    const r = { ...analyse(text, '2021-03-08', id), source: { name: outlet } };
    return buildIncident({ id: id as never, articles: [r.id], dates: [] }, [r], ctx)?.place?.geo?.country;
  };
  const text = 'A man was shot and wounded in Lindum on Sunday, police said.';
  assert.equal(place(text, 'l1', 'wmarbury7.com'), 'US');
  // with nothing to go by, the biggest town of the name
  assert.equal(place(text, 'l2', 'example.com'), 'GB');
  // a station far from every Lindum (a state-wide outlet's story from the other end of the state) is no evidence: read as without one
  assert.equal(place(text, 'l3', 'ostravanova.com'), 'GB');
  assert.equal(place('A man was shot and wounded in Ostrava Nova on Sunday, police said.', 'l4', 'example.com'), 'CZ');
  assert.equal(place('A man was shot and wounded in Ostrava Nova on Sunday, Ohio police said.', 'l5', 'example.com'), undefined);
  // a dateline no gazetteer town answers to gives way to a town the gazetteer places that the report names more, and stays when there is none
  const dated = (text: string, id: string) => { const r = analyse(text, '2021-03-08', id); return buildIncident({ id: id as never, articles: [r.id], dates: [] }, [r], ctx)?.place?.name; };
  assert.equal(dated('FENWICK COUNTY — A man was shot and wounded in Marbury on Sunday, Marbury police said.', 'l7'), 'Marbury');
  assert.equal(dated('FENWICK COUNTY, Ohio — A man was shot and wounded on Sunday, deputies said.', 'l8'), 'Fenwick County');
  // a state written as a modifier ("an Ohio man") is the state, not a town that bears its name
  const withOhio = createStoryContext({ gazetteer: gazetteerOf([{ name: 'Ohio', country: 'US', lat: 41.9, lon: -89.5, population: 500, feature: 'PPL' }]) });
  const r = analyse('An Ohio man was shot and wounded on Sunday.', '2021-03-08', 'l6');
  assert.equal(buildIncident({ id: 'l6' as never, articles: [r.id], dates: [] }, [r], withOhio)?.place?.name, undefined);
});

test('the type: people harmed and an arrest told, the record is the act of force, not the arrest that followed', () => {
  const r = analyse('One dead after weekend shooting, Brookvale man arrested\n\nA man was arrested Sunday after a shooting in a parking lot. '
    + 'Officers were called to a hospital, where Ned Orme, 22, died from a gunshot wound to his torso.', '2021-03-08', 't1');
  const rec = buildIncident({ id: 'S8' as never, articles: [r.id], dates: [] }, [r], createStoryContext({ gazetteer: GAZ }))!;
  assert.equal(rec.type, 'ASSAULT');
  assert.equal(rec.figures.find((f) => f.category === 'killed')?.value, 1);
});

test('participants: a given name alone is the person the story names in full with it', () => {
  const r1 = analyse('Miranda Doerr, 23, was shot Monday at her home in Brookvale, police said.', '2021-03-08', 'g1');
  const r2 = analyse('Miranda was taken to a hospital, where she died. Police arrested Tom Harlan on Tuesday.', '2021-03-09', 'g2');
  const rec = buildIncident({ id: 'S9' as never, articles: [r1.id, r2.id], dates: [] }, [r1, r2], createStoryContext({ gazetteer: GAZ }))!;
  const victims = rec.participants.filter((p) => p.role === 'victim').map((p) => p.name);
  assert.ok(victims.includes('Miranda Doerr'), JSON.stringify(rec.participants));
  assert.ok(!victims.includes('Miranda'));
});
