import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, ArticleId, Entity, EntityId, Event, Quantity } from '../core/model.js';
import { readingOf } from './_links.js';
import { alignFacts } from './facts.js';

/** Facts of these articles, their inline entities read as the story's links. */
const align = (articles: AnalyzedArticle[], entities: Entity[], id: string) => alignFacts(articles, entities, readingOf(articles), id);

/** An article of one body segment whose figures are given as (words, value, qualifier, subject). */
function article(id: string, published: string, text: string, figures: [string, number, Quantity['qualifier'], string][]): AnalyzedArticle {
  return {
    id: id as ArticleId, origin: `${id}.txt`, source: { name: id }, published, language: 'eng', text,
    segments: [{ start: 0, end: text.length, kind: 'body' }], diagnostics: [],
    quantities: figures.map(([words, value, qualifier, subject]) => {
      const start = text.indexOf(words);
      return { start, end: start + words.length, text: words, value, qualifier, kind: 'count', subject, predicate: 'killed', category: 'KILL' };
    }),
  };
}

test('the same toll told differently by two reports is a conflict; the later report is marked', () => {
  const a = article('a', '2024-05-01', 'The storm killed 12 villagers in the valley.', [['12', 12, 'exact', 'villagers']]);
  const b = article('b', '2024-05-03', 'At least 20 villagers were killed by the storm.', [['At least 20', 20, 'at least', 'villagers']]);
  const [fact] = align([a, b], [], 'S1');
  assert.equal(fact!.status, 'conflict');
  assert.deepEqual(fact!.claims.map((c) => [c.article, c.later ?? false]), [['a', false], ['b', true]]);
  assert.equal(fact!.claims[1]!.text, 'At least 20', 'without sentences a claim is the figure itself');
});

test('figures whose qualifiers allow each other agree', () => {
  const a = article('a', '2024-05-01', 'The storm killed 12 villagers.', [['12', 12, 'exact', 'villagers']]);
  const b = article('b', '2024-05-02', 'More than 10 villagers died.', [['More than 10', 10, 'more than', 'villagers']]);
  assert.equal(align([a, b], [], 'S1')[0]!.status, 'agreed');
});

test('a generic subject aligns only when it is the article’s one figure of its kind', () => {
  const a = article('a', '2024-05-01', 'Three people were killed.', [['Three', 3, 'exact', 'people']]);
  const b = article('b', '2024-05-02', 'Five people were killed. In a separate clash, 40 people were killed last year.', [['Five', 5, 'exact', 'people'], ['40', 40, 'exact', 'people']]);
  const facts = align([a, b], [], 'S1');
  assert.ok(facts.every((f) => f.status === 'single'), 'b has two generic tolls: neither speaks for the story');
  const c = article('c', '2024-05-02', 'Five people were killed.', [['Five', 5, 'exact', 'people']]);
  assert.equal(align([a, c], [], 'S1')[0]!.status, 'conflict');
});

test('reader comments make no facts', () => {
  const text = 'The storm killed 12 villagers.\n1. I heard 50 villagers were killed!';
  const a = article('a', '2024-05-01', text, [['12', 12, 'exact', 'villagers'], ['50', 50, 'exact', 'villagers']]);
  a.segments = [{ start: 0, end: 31, kind: 'body' }, { start: 31, end: text.length, kind: 'comment' }];
  const facts = align([a], [], 'S1');
  assert.equal(facts.length, 1);
  assert.equal(facts[0]!.claims[0]!.value, 12);
});

test('an event claim states only the date of its own sentence, not one inherited from another mention', () => {
  const base = { type: 'ASSAULT', negated: false, hedged: false } as const;
  const a = article('a', '2024-05-04', 'Kestrel Front attacked Arvelia on 3 May.', []);
  a.events = [{ ...base, start: 14, end: 22, text: 'attacked', actor: { start: 0, end: 13, text: 'Kestrel Front' }, target: { start: 23, end: 30, text: 'Arvelia' }, date: '2024-05-03' }];
  const b = article('b', '2024-05-06', 'The attack by Kestrel Front on Arvelia closed the port.', []);
  b.events = [{ ...base, start: 4, end: 10, text: 'attack', actor: { start: 14, end: 27, text: 'Kestrel Front' }, target: { start: 31, end: 38, text: 'Arvelia' },
    date: '2024-05-03', dateBasis: 'the same event as "attacked" (at 14 in article a), dated by "3 May"' }];
  const [fact] = align([a, b], [], 'S1');
  assert.deepEqual(fact!.claims.map((c) => c.value), ['2024-05-03', undefined]);
  assert.equal(fact!.date, '2024-05-03');
});

test('a fact dated only by inherited dates says so, and its timeline item too', async () => {
  const { buildTimeline } = await import('./timeline.js');
  const base = { type: 'ASSAULT', negated: false, hedged: false } as const;
  const b = article('b', '2024-05-06', 'The attack by Kestrel Front on Arvelia closed the port.', []);
  const basis = 'the same event as "attacked" (at 14 in article a), dated by "3 May"';
  b.events = [{ ...base, start: 4, end: 10, text: 'attack', actor: { start: 14, end: 27, text: 'Kestrel Front' }, target: { start: 31, end: 38, text: 'Arvelia' }, date: '2024-05-03', dateBasis: basis }];
  const facts = align([b], [], 'S1');
  assert.equal(facts[0]!.date, '2024-05-03');
  assert.equal(facts[0]!.dateBasis, basis);
  assert.equal(buildTimeline(facts)[0]!.dateBasis, basis);
});

test('an event with a participant unknown does not align across reports', () => {
  const base = { type: 'SUPPORT', negated: false, hedged: false } as const;
  const a = article('a', '2024-05-04', 'Arvelia supported the plan.', []);
  a.events = [{ ...base, start: 8, end: 17, text: 'supported', actor: { start: 0, end: 7, text: 'Arvelia' } }];
  const b = article('b', '2024-05-05', 'Arvelia supported the rebels.', []);
  b.events = [{ ...base, start: 8, end: 17, text: 'supported', actor: { start: 0, end: 7, text: 'Arvelia' } }];
  assert.deepEqual(align([a, b], [], 'S1').map((f) => f.status), ['single', 'single']);
});

test('an increment ("two more bodies") is not a toll: the article’s toll still speaks for the story', () => {
  const a = article('a', '2024-05-01', 'The storm killed 12 villagers.', [['12', 12, 'exact', 'people']]);
  const b = article('b', '2024-05-03', 'At least 20 people died. Divers recovered two more bodies.', [['At least 20', 20, 'at least', 'people'], ['two', 2, 'exact', 'bodies']]);
  const facts = align([a, b], [], 'S1');
  assert.equal(facts.find((f) => f.claims.length === 2)?.status, 'conflict');
  assert.equal(facts.filter((f) => f.status === 'single').length, 1, 'the increment stands alone');
});

test('reports that tell one outcome with different verbs agree ("rescued", "pulled from the water", "survived")', () => {
  const a = article('a', '2024-05-01', 'Rescuers pulled 46 people from the lake.', []);
  const b = article('b', '2024-05-02', 'Forty-six passengers were rescued.', []);
  a.quantities = [{ start: 16, end: 18, text: '46', value: 46, qualifier: 'exact', kind: 'count', subject: 'people', predicate: 'pulled' }];
  b.quantities = [{ start: 0, end: 9, text: 'Forty-six', value: 46, qualifier: 'exact', kind: 'count', subject: 'passengers', predicate: 'rescued' }];
  const [fact] = align([a, b], [], 'S1');
  assert.equal(fact!.status, 'agreed');
  assert.equal(fact!.statement, '46 people rescued');
});

// ---- whom a person met ----------------------------------------------------------------------------

const PEOPLE: Record<string, Entity> = Object.fromEntries(([
  ['Talia Morn', 'PER'], ['Oskar Vell', 'PER'], ['Lena Dorr', 'PER'], ['Pim Sarro', 'PER'], ['Arvelia', 'LOC'], ['Kestrel Front', 'ORG'],
] as const).map(([name, type], i) => [name, { id: `E${i + 1}` as EntityId, name, type, aliases: [{ text: name, count: 1, articles: [] }], count: 1 }]));

/** An article of one sentence per meeting "ACTOR met with TARGET ..." (or the sentence given), each a CONSULT event. */
function meetings(id: string, told: (readonly [string, string, string?, Partial<Event>?])[]): AnalyzedArticle {
  const sentences = told.map(([actor, target, words]) => words ?? `${actor} met with ${target} on the island.`);
  const a = article(id, '2024-05-01', sentences.join(' '), []);
  a.sentences = [];
  a.events = [];
  let at = 0;
  told.forEach(([actor, target, , extra], i) => {
    const text = sentences[i]!;
    a.sentences!.push({ start: at, end: at + text.length, text, tokenStart: 0, tokenEnd: 0 });
    const ref = (name: string) => { const start = at + text.indexOf(name); return { start, end: start + name.length, text: name, entity: PEOPLE[name]!.id }; };
    const trigger = at + text.search(/met with|dialogue/);
    a.events!.push({ start: trigger, end: trigger + 8, text: a.text.slice(trigger, trigger + 8), type: 'CONSULT', actor: ref(actor), target: ref(target), negated: false, hedged: false, ...extra });
    at += text.length + 1;
  });
  return a;
}
const counterpartConflicts = (articles: AnalyzedArticle[]) => align(articles, Object.values(PEOPLE), 'S1').filter((f) => f.status === 'conflict');

test('two reports that each tell one meeting of a person, with different people, conflict on whom they met', () => {
  const a = meetings('a', [['Talia Morn', 'Oskar Vell']]);
  const b = meetings('b', [['Lena Dorr', 'Talia Morn', 'A dialogue between Lena Dorr and Talia Morn stressed trade.']]);
  const [fact, ...rest] = counterpartConflicts([a, b]);
  assert.equal(rest.length, 0);
  assert.equal(fact!.kind, 'event');
  assert.equal(fact!.statement, 'whom Talia Morn met: Oskar Vell vs Lena Dorr');
  assert.equal(fact!.support, 2);
  assert.deepEqual(fact!.claims.map((c) => [c.article, c.text]), [['a', 'Talia Morn met with Oskar Vell on the island.'], ['b', 'A dialogue between Lena Dorr and Talia Morn stressed trade.']]);
  assert.deepEqual(fact!.entities, ['E1', 'E2', 'E3']);
});

test('no counterpart conflict when a report tells two meetings of the person, or one report tells both', () => {
  const a = meetings('a', [['Talia Morn', 'Oskar Vell']]);
  const several = meetings('b', [['Talia Morn', 'Lena Dorr'], ['Talia Morn', 'Pim Sarro']]);
  assert.deepEqual(counterpartConflicts([a, several]), [], 'b tells two meetings: people meet many people');
  const b = meetings('b', [['Talia Morn', 'Lena Dorr']]);
  const both = meetings('c', [['Talia Morn', 'Oskar Vell'], ['Lena Dorr', 'Talia Morn']]);
  assert.deepEqual(counterpartConflicts([a, b, both]), [], 'c says both meetings happened');
});

test('no counterpart conflict with a country, an organisation as the shared side, or a hedged or negated meeting', () => {
  const a = meetings('a', [['Talia Morn', 'Oskar Vell']]);
  assert.deepEqual(counterpartConflicts([a, meetings('b', [['Talia Morn', 'Arvelia']])]), [], 'a person meeting a country');
  assert.deepEqual(counterpartConflicts([meetings('a', [['Kestrel Front', 'Oskar Vell']]), meetings('b', [['Kestrel Front', 'Lena Dorr']])]), [], 'not a person');
  assert.deepEqual(counterpartConflicts([a, meetings('b', [['Talia Morn', 'Lena Dorr', undefined, { hedged: true }]])]), []);
  assert.deepEqual(counterpartConflicts([a, meetings('b', [['Talia Morn', 'Lena Dorr', undefined, { negated: true }]])]), []);
});

test('no counterpart conflict when the reports date the meetings on different days, or the counterparts are one side', () => {
  const a = meetings('a', [['Talia Morn', 'Oskar Vell', undefined, { date: '2024-04-29' }]]);
  const b = meetings('b', [['Talia Morn', 'Lena Dorr', undefined, { date: '2024-04-30' }]]);
  assert.deepEqual(counterpartConflicts([a, b]), [], 'two days, two meetings');
  const sameCountry = { ...PEOPLE }, saved = [PEOPLE['Oskar Vell']!, PEOPLE['Lena Dorr']!];
  for (const p of saved) sameCountry[p.name] = { ...p, country: 'XA' };
  const facts = align([meetings('a', [['Talia Morn', 'Oskar Vell']]), meetings('b', [['Talia Morn', 'Lena Dorr']])], Object.values(sameCountry), 'S1');
  assert.deepEqual(facts.filter((f) => f.status === 'conflict'), [], 'two members of one delegation');
});

test('no counterpart conflict when the reports name the counterpart with the same words (our reading split one name in two)', () => {
  const a = meetings('a', [['Talia Morn', 'Oskar Vell', 'Talia Morn met with Oskar Vell on the island.']]);
  const b = meetings('b', [['Talia Morn', 'Lena Dorr', 'Talia Morn met with Lena Dorr, called Vell, on the island.']]);
  const written = (x: AnalyzedArticle) => { const t = x.events![0]!.target!; const start = x.text.lastIndexOf('Vell'); Object.assign(t, { start, end: start + 4, text: 'Vell' }); };
  written(a); written(b);
  assert.deepEqual(counterpartConflicts([a, b]), [], 'both reports say "met with Vell"');
});

test('a quoted phrase inside the reported speech that holds it is one claim', () => {
  const text = 'Mayor Ines Vo said the search would go on "until every family knows".';
  const a = article('a', '2024-05-01', text, []);
  const speaker = { start: 6, end: 13, text: 'Ines Vo' };
  const outer = text.indexOf('the search'), inner = text.indexOf('until');
  a.quotes = [
    { start: inner, end: text.indexOf('knows') + 5, text: 'until every family knows', speaker, direct: true },
    { start: outer, end: text.length - 1, text: text.slice(outer, text.length - 1), speaker, direct: false },
  ];
  const [fact] = align([a], [], 'S1');
  assert.deepEqual(fact!.claims.map((c) => c.start), [outer]);
});

test('a quote whose speaker the sentence does not give is stated as its sentence, not attributed', () => {
  const text = 'The harbour stayed shut. "We will not reopen before spring," the notice read.';
  const a = article('a', '2024-05-01', text, []);
  a.sentences = [{ start: 0, end: 24, text: text.slice(0, 24), tokenStart: 0, tokenEnd: 0 }, { start: 25, end: text.length, text: text.slice(25), tokenStart: 0, tokenEnd: 0 }];
  const start = text.indexOf('We will'), end = text.indexOf('spring,') + 7;
  a.quotes = [{ start, end, text: text.slice(start, end), direct: true }];
  const facts = align([a], [], 'S1');
  assert.deepEqual(facts.map((f) => [f.kind, f.statement, f.verbatim, f.claims[0]!.start]), [['quote', `“${text.slice(25)}”`, true, 25]]);
});

/** An article of one body sentence with the given events (trigger, type, actor words, target words). */
function withEvents(id: string, text: string, events: [string, string, string | undefined, string | undefined][]): AnalyzedArticle {
  const ref = (words: string | undefined) => {
    if (!words) return undefined;
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words };
  };
  return {
    id: id as ArticleId, origin: `${id}.txt`, source: { name: id }, language: 'eng', text,
    segments: [{ start: 0, end: text.length, kind: 'body' }], diagnostics: [],
    sentences: [{ start: 0, end: text.length, text, tokenStart: 0, tokenEnd: 0 }],
    events: events.map(([trigger, type, actor, target]): Event => {
      const start = text.indexOf(trigger);
      const e: Event = { start, end: start + trigger.length, text: trigger, type, negated: false, hedged: false };
      const a = ref(actor), t = ref(target);
      if (a) e.actor = a;
      if (t) e.target = t;
      return e;
    }),
  };
}

test('an event whose actor the report does not name is stated by its sentence, once, never as "someone ..."', () => {
  const text = 'Two men were shot and one was wounded near the station in Elmford.';
  const a = withEvents('a', text, [['shot', 'ASSAULT', undefined, 'Two men'], ['wounded', 'ASSAULT', undefined, 'one']]);
  const facts = align([a], [], 'S1').filter((f) => f.kind === 'event');
  assert.equal(facts.length, 1, 'one fact for the sentence, whatever its events');
  assert.equal(facts[0]!.statement, `“${text}”`);
  assert.equal(facts[0]!.verbatim, true);
  assert.equal(facts[0]!.claims.length, 1);
});

test('an event whose actor was inferred, not given by the sentence, is stated by its sentence', () => {
  const text = 'Arvelia is retaliating against an attack.';
  const a = withEvents('a', text, [['attack', 'ASSAULT', undefined, 'Arvelia']]);
  a.events![0]!.actor = { start: 0, end: 7, text: 'Arvelia' };
  a.events![0]!.actorBasis = 'the other side of the conflict the article set up';
  const facts = align([a], [], 'S1').filter((f) => f.kind === 'event');
  assert.deepEqual(facts.map((f) => [f.statement, f.verbatim]), [[`“${text}”`, true]]);
});

test('an event two sources tell with its actor named is worded, and worded facts come before verbatim ones', () => {
  const a = withEvents('a', 'Rebels attacked Tarvik. Someone was wounded in Tarvik.', [['attacked', 'ASSAULT', 'Rebels', 'Tarvik'], ['wounded', 'ASSAULT', undefined, undefined]]);
  a.sentences = [{ start: 0, end: 23, text: 'Rebels attacked Tarvik.', tokenStart: 0, tokenEnd: 0 }, { start: 24, end: 54, text: 'Someone was wounded in Tarvik.', tokenStart: 0, tokenEnd: 0 }];
  const second = a.text.lastIndexOf('Tarvik');
  a.events![1]!.target = { start: second, end: second + 6, text: 'Tarvik' };
  const b = withEvents('b', 'Rebels attacked Tarvik on Monday.', [['attacked', 'ASSAULT', 'Rebels', 'Tarvik']]);
  const facts = align([a, b], [], 'S1').filter((f) => f.kind === 'event');
  assert.deepEqual(facts.map((f) => [f.statement, f.verbatim ?? false]), [['Rebels attacked Tarvik', false], ['“Someone was wounded in Tarvik.”', true]]);
});

test('an event one source alone tells is stated by its sentence, not in our words', () => {
  const a = withEvents('a', 'Harlow beat Denby 6-0 in the final.', [['beat', 'ASSAULT', 'Harlow', 'Denby']]);
  const facts = align([a], [], 'S1').filter((f) => f.kind === 'event');
  assert.deepEqual(facts.map((f) => [f.statement, f.status, f.verbatim ?? false]), [['“Harlow beat Denby 6-0 in the final.”', 'single', true]]);
});

test('what a reader cannot check in the sentence is stated by the sentence: a side from another sentence, a date as a side', () => {
  const base = { type: 'REQUEST', negated: false, hedged: false } as const;
  const text = 'Sergeant Ola Brenn described the arrest. The judge ordered him held without bail.';
  const judge = text.indexOf('The judge'), ordered = text.indexOf('ordered');
  const sentences = [{ start: 0, end: text.indexOf(' The judge') }, { start: judge, end: text.length }].map((x) => ({ ...x, text: text.slice(x.start, x.end), tokenStart: 0, tokenEnd: 0 }));
  const reports = ['a', 'b'].map((id) => {
    const x = article(id, '2024-05-04', text, []);
    x.sentences = sentences;
    // "him" resolved (wrongly) to the sergeant named in the sentence before
    x.events = [{ ...base, start: ordered, end: ordered + 7, text: 'ordered', actor: { start: judge + 4, end: judge + 9, text: 'judge' }, target: { start: 9, end: 18, text: 'Ola Brenn' } }];
    return x;
  });
  const events = align(reports, [], 'S1').filter((f) => f.kind === 'event');
  assert.ok(events.length > 0 && events.every((f) => f.verbatim && f.statement.startsWith('“The judge ordered him')), JSON.stringify(events.map((f) => f.statement)));

  const holiday = 'A former employee attacked the office at Christmas.';
  const dated = ['c', 'd'].map((id) => {
    const x = article(id, '2024-12-26', holiday, []);
    x.dates = [{ start: holiday.indexOf('Christmas'), end: holiday.indexOf('Christmas') + 9, text: 'Christmas', value: '2024-12-25', grain: 'day' }] as AnalyzedArticle['dates'];
    x.events = [{ type: 'ASSAULT', negated: false, hedged: false, start: 18, end: 26, text: 'attacked', actor: { start: 2, end: 17, text: 'former employee' }, target: { start: holiday.indexOf('Christmas'), end: holiday.indexOf('Christmas') + 9, text: 'Christmas' } }];
    return x;
  });
  const attack = align(dated, [], 'S1').filter((f) => f.kind === 'event');
  assert.ok(attack.length > 0 && attack.every((f) => f.verbatim), 'no "former employee attacked Christmas"');
});

test('victims are the people harmed, not a death toll, unless a verb says they died', () => {
  const text = 'The three victims were taken to the hospital.';
  const reports = ['a', 'b'].map((id) => {
    const x = article(id, '2024-05-04', text, []);
    x.quantities = [{ start: 4, end: 9, text: 'three', value: 3, qualifier: 'exact', kind: 'count', subject: 'victims', predicate: 'taken', category: 'KILL' }];
    return x;
  });
  const figures = align(reports, [], 'S1').filter((f) => f.kind === 'figure');
  assert.ok(figures.every((f) => !/killed/.test(f.statement)), JSON.stringify(figures.map((f) => f.statement)));
});

test('one sentence quoted for two of its counts, or repeated by its page, is one statement', () => {
  const text = 'Detectives served 40 warrants and interviewed 213 witnesses. Detectives served 40 warrants and interviewed 213 witnesses.';
  const a = article('a', '2024-05-04', text, []);
  const at = (w: string, from = 0) => text.indexOf(w, from);
  a.quantities = [
    { start: at('40'), end: at('40') + 2, text: '40', value: 40, qualifier: 'exact', kind: 'count', subject: 'warrants', predicate: 'served' },
    { start: at('213'), end: at('213') + 3, text: '213', value: 213, qualifier: 'exact', kind: 'count', subject: 'witnesses', predicate: 'interviewed' },
    { start: at('40', 50), end: at('40', 50) + 2, text: '40', value: 40, qualifier: 'exact', kind: 'count', subject: 'warrants', predicate: 'served' },
  ];
  a.sentences = [{ start: 0, end: 60 }, { start: 61, end: text.length }].map((x) => ({ ...x, text: text.slice(x.start, x.end), tokenStart: 0, tokenEnd: 0 }));
  const figures = align([a], [], 'S1').filter((f) => f.kind === 'figure');
  assert.equal(figures.length, 1, JSON.stringify(figures.map((f) => f.statement)));
  assert.equal(figures[0]!.claims.length, 2, 'both places it is said are cited, each once');
});

test('counts of an outcome we do not know are never set against another report\'s', () => {
  const reports = [['a', 'Benn allowed three runs in six innings.', 3], ['b', 'Tapp allowed two runs and six hits.', 2]] as const;
  const arts = reports.map(([id, text, value]) => {
    const x = article(id, '2024-05-04', text, []);
    x.quantities = [{ start: text.indexOf(value === 3 ? 'three' : 'two'), end: text.indexOf(' runs'), text: value === 3 ? 'three' : 'two', value, qualifier: 'exact', kind: 'count', subject: 'runs', predicate: 'allowed' }];
    return x;
  });
  const figures = align(arts, [], 'S1').filter((f) => f.kind === 'figure');
  assert.deepEqual(figures.map((f) => f.status), ['single', 'single']);
  assert.ok(figures.every((f) => f.verbatim));
});

test('one report\'s different counts of one thing are different figures, never "A vs B"; large counts read with separators', () => {
  const a = article('a', '2024-05-01', 'About 12000 villagers died in the famine. In the floods a year before, 300 villagers were killed.',
    [['About 12000', 12000, 'about', 'villagers'], ['300', 300, 'exact', 'villagers']]);
  const facts = align([a], [], 'S1').filter((f) => f.kind === 'figure');
  assert.deepEqual(facts.map((f) => f.statement).sort(), ['300 villagers killed', 'about 12,000 villagers killed']);
  assert.ok(facts.every((f) => f.status === 'single' && f.claims.length === 1));
  // two sources that differ still conflict
  const b = article('b', '2024-05-02', 'At least 15000 villagers died in the famine.', [['At least 15000', 15000, 'at least', 'villagers']]);
  assert.ok(align([a, b], [], 'S1').some((f) => f.status === 'conflict'));
});

test('a count whose subject names the outcome is not worded twice: "1,400 fatalities", not "1,400 fatalities killed"', () => {
  const a = article('a', '2024-05-01', 'The war has caused more than 1400 deaths.', [['more than 1400', 1400, 'more than', 'deaths']]);
  assert.equal(align([a], [], 'S1')[0]!.statement, 'more than 1,400 deaths');
});

test('a count after a person\'s "of" ("a mother of two died") is no toll: two reports saying so agree on no "2 killed"', () => {
  const a = article('a', '2024-05-01', 'A mother of two died in the crash.', [['two', 2, 'exact', '']]);
  const b = article('b', '2024-05-02', 'Crash leaves Queens mom of 2 dead', [['2', 2, 'exact', '']]);
  assert.deepEqual(align([a, b], [], 'S1').filter((f) => f.kind === 'figure').map((f) => f.statement), []);
});

test('an event is worded only in the reports\' own terms: a nationality alone is no side, one that opens a phrase stays in it, "coerced" is no one\'s word', () => {
  const twice = (text: string, event: [string, string, string | undefined, string | undefined], mode?: string) =>
    align(['a', 'b'].map((id) => { const x = withEvents(id, text, [event]); if (mode) x.events![0]!.mode = mode; return x; }), [], 'S1')
      .filter((f) => f.kind === 'event').map((f) => [f.statement, f.verbatim ?? false]);
  assert.ok(twice('Somali pirates seized Saudi off the coast.', ['seized', 'COERCE', 'Somali pirates', 'Saudi'], 'seize').every(([, verbatim]) => verbatim));
  assert.deepEqual(twice('Somali pirates attacked a tanker off the coast.', ['attacked', 'ASSAULT', 'Somali pirates', 'a tanker']), [['Somali pirates attacked a tanker', false]]);
  assert.deepEqual(twice('Kestrel police arrested Ola Brenn on Monday.', ['arrested', 'COERCE', 'Kestrel police', 'Ola Brenn'], 'arrest'), [['Kestrel police arrested Ola Brenn', false]]);
  assert.ok(twice('Kestrel police closed the Tarvik office.', ['closed', 'COERCE', 'Kestrel police', 'the Tarvik office']).every(([, verbatim]) => verbatim));
});

test('a worded event says the reports\' own verb when they tell it in the past, else its type\'s', () => {
  const twice = (text: string, event: [string, string, string | undefined, string | undefined]) =>
    align(['a', 'b'].map((id) => withEvents(id, text, [event])), [], 'S1').filter((f) => f.kind === 'event').map((f) => f.statement);
  assert.deepEqual(twice('The Kestrel navy captured 23 pirates on Saturday.', ['captured', 'ASSAULT', 'The Kestrel navy', '23 pirates']), ['The Kestrel navy captured 23 pirates']);
  assert.deepEqual(twice('Ola Brenn fired at Lena Dorr twice.', ['fired at', 'ASSAULT', 'Ola Brenn', 'Lena Dorr']), ['Ola Brenn fired at Lena Dorr']);
  assert.deepEqual(twice('Rebels launched an attack on Tarvik.', ['attack', 'ASSAULT', 'Rebels', 'Tarvik']), ['Rebels attacked Tarvik']);
});

test('a sentence stated for an act that did not happen is no fact ("he hasn\'t been shot yet")', () => {
  const a = withEvents('a', 'My brother is 40 and he has not been shot yet.', [['shot', 'ASSAULT', undefined, 'he']]);
  a.events![0]!.negated = true;
  assert.deepEqual(align([a], [], 'S1').filter((f) => f.kind === 'event'), []);
});

test('a sentence quoted as it is for a count and for an event is one statement, not two', () => {
  const text = 'As officers arrived, it was learned two individuals were suffering gunshot wounds.';
  const a = withEvents('a', text, [['gunshot wounds', 'ASSAULT', undefined, 'two individuals']]);
  const at = text.indexOf('two');
  a.quantities = [{ start: at, end: at + 3, text: 'two', value: 2, qualifier: 'exact', kind: 'count', subject: 'individuals', predicate: 'were suffering' }];
  const facts = align([a], [], 'S1');
  const quoted = facts.filter((f) => f.statement === `“${text}”`);
  assert.equal(quoted.length, 1, JSON.stringify(facts.map((f) => [f.kind, f.statement])));
});

test('a count in a title-case headline is stated in lower case ("2 children killed", not "2 Children killed"), names as written', async () => {
  const { analyseReport } = await import('./incident/_analyse.js');
  const a = analyseReport('Shooting That Left Father, 2 Children Dead Was Murder-Suicide\n\nPolice said a man shot his two children.', '2016-10-17', 'headline-count');
  const statements = align([a], [], 'S1').filter((f) => f.kind === 'figure').map((f) => f.statement);
  assert.ok(statements.includes('2 children killed'), JSON.stringify(statements));
});
