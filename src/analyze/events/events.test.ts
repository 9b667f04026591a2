import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateRef, Diagnostic, Event } from '../../core/model.js';
import { DEFAULT_STAGES } from '../index.js';
import { reporter } from '../../core/report.js';
import { checkPipeline } from '../../core/stage.js';
import { fixture } from '../syntax/_fixture.js';
import { loadSyntaxModelSync } from '../syntax/load.js';
import { countryOf } from '../syntax/countries.js';
import { extractEvents } from './extract.js';
import { lemmaCandidates } from '../syntax/lemma.js';
import { currentLabel, PLOVER_TYPES, ploverCategory } from './ontology.js';
import { LEXICON } from '../syntax/lexicon.js';

/** Roles come from the dependency parse: the tests read their sentences with the trained parser. */
const SYNTAX = loadSyntaxModelSync();

// Sentences written for these tests; names are given as mentions so the tests do not depend on
// which entity recogniser the pipeline runs.

const NAMES = {
  'Arvelia': 'LOC', 'Borsk': 'LOC', 'Kestrel Front': 'ORG', 'Talia Morn': 'PER', 'Oskar Vell': 'PER', 'Russia': 'LOC', 'Moscow': 'LOC',
  'Israel': 'LOC', 'Hamas': 'ORG', 'Lena Dorr': 'PER', 'Ministry of Ports': 'ORG', 'Russian': 'MISC', 'Israeli': 'MISC', 'Geneva': 'LOC',
  'Lyon': 'LOC', 'Sudan': 'LOC',
} as const;

function events(text: string, dates: DateRef[] = [], segments?: Parameters<typeof fixture>[2]): { events: Event[]; diagnostics: Diagnostic[] } {
  const f = fixture(text, NAMES, segments, SYNTAX);
  const diagnostics: Diagnostic[] = [];
  const out = extractEvents({ ...f, dates }, reporter(diagnostics, 'events'));
  for (const e of out) {
    assert.equal(text.slice(e.start, e.end), e.text, 'the trigger text is its span');
    for (const r of [e.actor, e.target, e.place]) if (r) assert.equal(text.slice(r.start, r.end), r.text, 'a reference is its span');
  }
  return { events: out, diagnostics };
}
const brief = (e: Event) => [e.type, e.text, e.actor?.text, e.target?.text];

test('lemmas of regular and irregular forms', () => {
  assert.ok(lemmaCandidates('urged').includes('urge'));
  assert.ok(lemmaCandidates('met').includes('meet'));
  assert.ok(lemmaCandidates('tried').includes('try'));
  assert.ok(lemmaCandidates('stopped').includes('stop'));
  assert.ok(lemmaCandidates('denouncing').includes('denounce'));
  assert.ok(lemmaCandidates('suing').includes('sue'));
});

test('countries from names, demonyms and capitals', () => {
  assert.equal(countryOf('Russian'), 'RU');
  assert.equal(countryOf('Israelis'), 'IL');
  assert.equal(countryOf('Moscow'), 'RU');
  assert.equal(countryOf('Britain'), 'GB');
});

test('a meeting: actor, target, place and the date of its sentence', () => {
  const text = 'Talia Morn met with Oskar Vell in Geneva on Monday.';
  const monday: DateRef = { start: 40, end: 46, text: 'Monday', value: '2024-03-04', grain: 'day', basis: 'test' };
  const [e] = events(text, [monday]).events;
  assert.deepEqual(brief(e!), ['CONSULT', 'met with', 'Talia Morn', 'Oskar Vell']);
  assert.equal(e!.place?.text, 'Geneva');
  assert.equal(e!.date, '2024-03-04');
  assert.equal(e!.negated, false);
  assert.equal(e!.hedged, false);
});

test('a sector actor carries its sector word and country', () => {
  const [e] = events('Russian officials met with Hamas leaders in Moscow.').events;
  assert.equal(e!.type, 'CONSULT');
  assert.equal(e!.actor?.text, 'Russian officials');
  assert.equal(e!.actor?.sector, 'officials');
  assert.equal(e!.actor?.country, 'RU');
  assert.equal(e!.target?.text, 'Hamas leaders');
});

test('a request names who was asked, and the act asked for is not an event of its own', () => {
  const out = events('Arvelia urged Borsk on Tuesday to release the detained sailors.').events;
  assert.deepEqual(out.map(brief), [['REQUEST', 'urged', 'Arvelia', 'Borsk']]);
  assert.equal(out[0]!.mode, 'yield');
});

test('negated and refused acts', () => {
  const [e] = events('Arvelia did not meet with Borsk.').events;
  assert.equal(e!.type, 'CONSULT');
  assert.equal(e!.negated, true);
  assert.equal(ploverCategory(e!), 'REJECT');
  const out = events('The Arvelian authorities declined to designate Kestrel Front as a terrorist organization.').events;
  assert.deepEqual(out.map((x) => [x.type, x.negated]), [['REJECT', false], ['COERCE', true]]);
  assert.equal(out[0]!.target?.text, 'Kestrel Front');
});

test('hedged and future acts, and how PLOVER reduces them', () => {
  const [visit] = events('Talia Morn is expected to visit Moscow next week for talks with Oskar Vell.').events;
  assert.equal(visit!.type, 'CONSULT');
  assert.equal(visit!.mode, 'visit');
  assert.equal(visit!.hedged, true);
  assert.equal(visit!.place?.text, 'Moscow');
  assert.equal(visit!.target?.text, 'Oskar Vell');
  assert.equal(ploverCategory(visit!), 'AGREE');
  const [troops] = events('Arvelia may have to commit more troops to the border.').events;
  assert.equal(troops!.type, 'MOBILIZE');
  assert.equal(troops!.hedged, true);
  assert.equal(ploverCategory(troops!), 'THREATEN');
});

test('a visit to a capital is hosted by its country when the article names it', () => {
  const [e] = events('A Kestrel Front delegation arrived in Moscow for talks, a sign of Russia keeping its options open.').events;
  assert.equal(e!.type, 'CONSULT');
  assert.equal(e!.place?.text, 'Moscow');
  assert.equal(e!.target?.text, 'Russia');
});

test('passive voice: the subject is the target, "by" the actor', () => {
  const [e] = events('A border post near Borsk was attacked by Kestrel Front fighters on Sunday.').events;
  assert.equal(e!.type, 'ASSAULT');
  assert.equal(e!.actor?.text, 'Kestrel Front fighters');
  // the post was attacked; "near Borsk" only says where
  assert.equal(e!.target, undefined);
  assert.equal(e!.place?.text, 'Borsk');
});

test('pronouns and descriptions point back at names', () => {
  const out = events('Talia Morn, the Arvelian foreign minister, flew to Borsk. She met with Oskar Vell there. The minister later criticized Kestrel Front.').events;
  const meet = out.find((e) => e.type === 'CONSULT' && e.text === 'met with');
  assert.equal(meet?.actor?.text, 'Talia Morn');
  const criticism = out.find((e) => e.type === 'ACCUSE');
  assert.equal(criticism?.actor?.text, 'Talia Morn');
  assert.equal(criticism?.target?.text, 'Kestrel Front');
});

test('coordinated and participle clauses share the subject; criticism of an act aims at its author', () => {
  // "it" names nothing before it: the condemnation has no target rather than the next clause's
  const out = events('The Ministry of Ports condemned it as reckless and called on Borsk to reopen the harbour.').events;
  assert.deepEqual(out.map(brief), [['ACCUSE', 'condemned', 'Ministry of Ports', undefined], ['REQUEST', 'called on', 'Ministry of Ports', 'Borsk']]);
  // the condemned attack is no event of the condemner's: its author is the condemnation's target
  const denounced = events('Israel denounced Hamas\'s attack on Borsk.').events;
  assert.deepEqual(denounced.map(brief), [['ACCUSE', 'denounced', 'Israel', 'Hamas']]);
  const [unnamed] = events('Israel denounced the meeting, claiming Russia was arming Hamas.').events;
  assert.deepEqual(brief(unnamed!), ['ACCUSE', 'denounced', 'Israel', undefined]);
});

test('an attack told without its author is aimed at whoever retaliates; the other side of the conflict is its inferred author', () => {
  const out = events('Kestrel Front is in a long conflict with Arvelia. Arvelia is retaliating against an attack carried out last week.').events;
  const attack = out.find((e) => e.text === 'attack');
  assert.equal(attack?.target?.text, 'Arvelia');
  assert.equal(attack?.actor?.text, 'Kestrel Front');
  assert.match(attack?.actorBasis ?? '', /conflict/, 'no relation names who attacked: the actor is marked inferred, never stated');
  const told = events('Kestrel Front attacked Arvelia.').events;
  assert.equal(told[0]?.actorBasis, undefined, 'a subject is no inference');
});

test('readers\' comments report no events', () => {
  const text = 'Arvelia attacked Borsk.\n\nI think Borsk attacked Arvelia first.';
  const out = events(text, [], [{ start: 0, end: 24, kind: 'body' }, { start: 24, end: text.length, kind: 'comment' }]).events;
  assert.deepEqual(out.map((e) => e.text), ['attacked']);
  assert.equal(out[0]!.actor?.text, 'Arvelia');
});

test('an article with no event says so', () => {
  const { events: out, diagnostics } = events('The weather in Geneva was mild.');
  assert.equal(out.length, 0);
  assert.ok(diagnostics.some((d) => d.rule === 'events-none' && d.level === 'info'));
});

test('old PLOVER labels map to today\'s', () => {
  assert.equal(currentLabel('DEMAND'), 'REQUEST');
  assert.equal(currentLabel('DISAPPROVE'), 'ACCUSE');
  assert.equal(currentLabel('FIGHT'), 'ASSAULT');
  assert.equal(currentLabel('INVESTIGATE'), 'ACCUSE');
  assert.equal(currentLabel('consult'), 'CONSULT');
  assert.equal(currentLabel('NOPE'), undefined);
});

test('the default pipeline runs the events and quotes stages after what they need', () => {
  assert.deepEqual(checkPipeline(DEFAULT_STAGES), []);
  const names = DEFAULT_STAGES.map((s) => s.name);
  assert.ok(names.includes('events') && names.includes('quotes'));
});

test('every trigger lexicon type is a PLOVER type', () => {
  const known = new Set<string>(PLOVER_TYPES);
  assert.deepEqual(LEXICON.filter((e) => e.type && !known.has(e.type)).map((e) => e.pattern), []);
});

test('roles come from the parse: a place on the subject is not the actor, a passive\'s agent acts, a denial negates its act', () => {
  assert.deepEqual(events('Police in Lyon arrested two men on Monday.').events.map(brief), [['COERCE', 'arrested', 'Police in Lyon', undefined]]);
  const passive = events('Talia Morn was arrested by police and charged with fraud.').events;
  assert.deepEqual(passive.map(brief), [['COERCE', 'arrested', 'police', 'Talia Morn'], ['ACCUSE', 'charged', undefined, 'Talia Morn']],
    'the person arrested is the target of both acts, never their actor');
  const [denied] = events('Sudan\'s armed forces denied they carried out the strike.').events;
  assert.equal(denied?.type, 'ASSAULT');
  assert.equal(denied?.negated, true, 'a denied strike is not reported as done');
  // the condemned bombing is the condemnation's content, not an event of the condemner's
  assert.deepEqual(events('The Kestrel Front condemned the aerial bombing of Borsk.').events.map((e) => e.type), ['ACCUSE']);
});

test('"he" is a person: a speaker named by a sector ("police") is never him', () => {
  const [e] = events('Police said Lena Dorr fled. He then attacked Borsk.').events;
  assert.deepEqual(brief(e!), ['ASSAULT', 'attacked', 'Lena Dorr', 'Borsk']);
});

test('a statement made with a light verb speaks for its maker; an event noun in a compound reads the compound\'s relations', () => {
  const [demand] = events('Kestrel Front issued a declaration demanding that Arvelia release the sailors.').events;
  assert.deepEqual(brief(demand!), ['REQUEST', 'demanding', 'Kestrel Front', 'Arvelia']);
  const [mediation] = events('Lena Dorr launched a mediation effort between Hamas and Kestrel Front.').events;
  assert.deepEqual(brief(mediation!), ['CONSULT', 'mediation', 'Lena Dorr', 'Hamas'], 'the mediator acts, the first side is met');
});

test('a subject pronoun continues the same pronoun subject before it in its sentence, not the victim named between', () => {
  const out = events('Oskar Vell fled. Police said he shot Lena Dorr before he attacked Borsk.').events;
  assert.deepEqual(out.filter((e) => e.type === 'ASSAULT').map(brief), [['ASSAULT', 'shot', 'Oskar Vell', 'Lena Dorr'], ['ASSAULT', 'attacked', 'Oskar Vell', 'Borsk']]);
});

test('what a quantity counts is the participant; a group named before its noun is that noun\'s people', () => {
  const [scores] = events('Kestrel Front tortured scores of refugees.').events;
  assert.deepEqual(brief(scores!), ['ASSAULT', 'tortured', 'Kestrel Front', 'refugees']);
  const [ban] = events('Talia Morn threatened to ban local opposition candidates.').events;
  assert.deepEqual(brief(ban!), ['THREATEN', 'threatened to ban', 'Talia Morn', 'local opposition candidates']);
  const [charges] = events('Talia Morn filed criminal charges against the company.').events;
  assert.notEqual(charges?.target?.text, 'criminal charges', 'a one-word modifier is a quality of a thing, not a group');
});

test('an act on an area falls on the place only where what it acts on is no participant', () => {
  const [curfew] = events('Kestrel Front imposed a curfew in the town of Borsk on Monday.').events;
  assert.deepEqual(brief(curfew!), ['COERCE', 'imposed a curfew', 'Kestrel Front', 'Borsk']);
  const [seized] = events('The Kestrel Front gunmen seized weapons in Lyon on Monday.').events;
  assert.equal(seized?.target, undefined, 'Lyon is only where the weapons were seized');
  const [ban] = events('Kestrel Front threatened to ban voting in Borsk.').events;
  assert.deepEqual(brief(ban!).slice(2), ['Kestrel Front', 'Borsk'], 'an activity banned falls on the place');
});

test('a protest aims at whoever made what it protests, also through its purpose clause', () => {
  const [strike] = events('Kestrel Front began a hunger strike on Monday to protest against Arvelia\'s decision.').events;
  assert.deepEqual(brief(strike!), ['PROTEST', 'strike', 'Kestrel Front', 'Arvelia']);
});

test('a refusal or a demand aims at the author named on what it takes; a protest lodged with someone aims at them', () => {
  const [dismissed] = events('Rebels in Arvelia on Wednesday dismissed an appeal from President Talia Morn to lay down their arms.').events;
  assert.deepEqual(brief(dismissed!), ['REJECT', 'dismissed', 'Rebels in Arvelia', 'Talia Morn']);
  const [demand] = events('Arvelia demanded an immediate admission by Borsk that its forces fired first.').events;
  assert.deepEqual(brief(demand!).slice(2), ['Arvelia', 'Borsk']);
  const [release] = events('Lena Dorr is calling for Oskar Vell\'s release.').events;
  assert.notEqual(release?.target?.text, 'Oskar Vell', 'who is to release him is not the one released');
});

test('"she" is never a person the article called a man, nor "he" a woman: titles, gendered nouns and what they said of themselves', () => {
  const [noun] = events('Lena Dorr, a 30-year-old woman, fled. Police said Oskar Vell, a 40-year-old man, arrived. She attacked Borsk.').events.filter((e) => e.type === 'ASSAULT');
  assert.equal(noun?.actor?.text, 'Lena Dorr');
  const [said] = events('Oskar Vell said he would stay. Talia Morn fled. He attacked Borsk.').events.filter((e) => e.type === 'ASSAULT');
  assert.equal(said?.actor?.text, 'Oskar Vell', 'unknown gender is no evidence; "said he" is');
  // the one "she" would be is a man and no woman is known: nobody, rather than the next name at hand
  const [unknown] = events('Talia Morn fled. Police said Oskar Vell, a 40-year-old man, arrived. She attacked Borsk.').events.filter((e) => e.type === 'ASSAULT');
  assert.equal(unknown?.actor, undefined);
  // a quoted "he" is not the speaker: nothing is learnt of Oskar Vell, who may still be "she"
  const [quoted] = events('"He would not hurt a child," Oskar Vell said. She attacked Borsk.').events.filter((e) => e.type === 'ASSAULT');
  assert.equal(quoted?.actor?.text, 'Oskar Vell');
});

test('praise or a concession aims at whoever made what it welcomes or gives in to', () => {
  const [welcomed] = events('Arvelia welcomed Talia Morn\'s latest statement.').events;
  assert.deepEqual(brief(welcomed!).slice(2), ['Arvelia', 'Talia Morn']);
});

test('an active verb\'s "by" names the author of what it takes, wherever the parse hung it', () => {
  const [rejected] = events('Arvelia rejected recent calls by the Kestrel Front for immediate economic aid.').events.filter((e) => e.type === 'REJECT');
  assert.deepEqual(brief(rejected!).slice(2), ['Arvelia', 'Kestrel Front']);
  const [fought] = events('Prosecutors fought in court to have Oskar Vell classified as a career criminal.').events;
  assert.notEqual(fought?.target?.text, 'Oskar Vell', 'a purpose clause\'s object is not the act\'s target');
});

test('a bare form counted by a figure is a noun ("the 200 block of Elm Street" blocks no street); "2 killed" is still a verb', () => {
  assert.deepEqual(events('The shooting happened in the 200 block of Elm Street in Borsk.').events.map((e) => e.type), []);
  assert.ok(events('Protesters block the street outside the Ministry of Ports.').events.some((e) => e.type === 'PROTEST'));
});

test('a heart attack or a panic attack is an illness, no act of force', () => {
  assert.deepEqual(events('The singer died after suffering a heart attack on Thursday.').events.map((e) => e.type), []);
  assert.deepEqual(events('Rebels launched an attack on the town on Thursday.').events.map((e) => e.type), ['ASSAULT']);
});
