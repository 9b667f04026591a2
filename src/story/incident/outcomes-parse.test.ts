import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, ArticleId, SentenceSyntax, SyntaxToken, Upos } from '../../core/model.js';
import { articleOutcomes, syntaxOutcomes } from './outcomes.js';

// Outcomes read from parses as the tagger and parser really give them on news text, mistakes included
// (sentences written for these tests). Each token is written word/POS/relation>head, head -1 for the root.

function parsed(spec: string): { text: string; syntax: SentenceSyntax } {
  const tokens: SyntaxToken[] = [];
  let text = '';
  for (const item of spec.trim().split(/\s+/)) {
    const [word, pos, rest] = item.split('/') as [string, Upos, string];
    const [dep, head] = rest.split('>') as [string, string];
    if (text) text += ' ';
    const lemma = word.toLowerCase().replace(/^(died|dies)$/, 'die').replace(/^killed$/, 'kill').replace(/^wounded$/, 'wound').replace(/^shot$/, 'shoot').replace(/^suffered$/, 'suffer').replace(/^tried$/, 'try');
    tokens.push({ start: text.length, end: text.length + word.length, pos, lemma, dep, head: Number(head) });
    text += word;
  }
  return { text, syntax: { tokens, phrases: [], predicates: [], headline: false } };
}
const outcomes = (spec: string) => {
  const { text, syntax } = parsed(spec);
  return syntaxOutcomes(text, syntax, 0).map((m) => `${m.outcome}${m.self ? '(self)' : ''} ${m.value} ${text.slice(m.start, m.end)}`);
};

test('a death the parse hangs on the clause of the shooting happened to the one shot', () => {
  // "A boy who was shot at a home has died": "died" attached to the relative clause, with no subject
  assert.deepEqual(outcomes('A/DET/det>1 boy/NOUN/root>-1 who/PRON/nsubj:pass>4 was/AUX/aux:pass>4 shot/VERB/acl:relcl>1 at/ADP/case>7 a/DET/det>7 home/NOUN/obl>4 has/AUX/aux>9 died/VERB/advcl>4'),
    ['shot 1 boy', 'killed 1 boy']);
  // "A girl who shot herself has died": the one who died is the shooter, no attacker of her own
  assert.deepEqual(outcomes('A/DET/det>1 girl/NOUN/root>-1 who/PRON/nsubj>3 shot/VERB/acl:relcl>1 herself/PRON/obj>3 has/AUX/aux>6 died/VERB/advcl>3'),
    ['shot(self) 1 herself', 'killed 1 girl']);
  // a death with a subject of its own is that subject's
  assert.deepEqual(outcomes('He/PRON/nsubj:pass>2 was/AUX/aux:pass>2 shot/VERB/root>-1 after/SCONJ/mark>6 his/PRON/nmod:poss>5 friend/NOUN/nsubj>6 died/VERB/advcl>2'),
    ['shot 1 He', 'killed 1 friend']);
});

test('the bearer of a wound in a relative clause is the noun the clause describes', () => {
  // "officers found a teen who had suffered a gunshot wound"
  assert.deepEqual(outcomes('officers/NOUN/nsubj>1 found/VERB/root>-1 a/DET/det>3 teen/NOUN/obj>1 who/PRON/nsubj>6 had/AUX/aux>6 suffered/VERB/acl:relcl>3 a/DET/det>9 gunshot/NOUN/compound>9 wound/NOUN/obj>6'),
    ['shot 1 teen']);
});

test('"shot" read as a noun: "shot and killed" is a death, and the person before it was shot', () => {
  // "Police named a man shot and killed Friday": "killed" hung on the main verb
  assert.deepEqual(outcomes('Police/NOUN/nsubj>1 named/VERB/root>-1 a/DET/det>4 man/NOUN/compound>4 shot/NOUN/obj>1 and/CCONJ/cc>6 killed/VERB/conj>1 Friday/PROPN/obl>6'),
    ['killed 1 man']);
  // "where she had been shot and killed": the copula on the noun
  assert.deepEqual(outcomes('where/ADV/advmod>4 she/PRON/nsubj>4 had/AUX/aux>4 been/AUX/cop>4 shot/NOUN/root>-1 and/CCONJ/cc>6 killed/VERB/conj>-1').slice(0, 1),
    ['killed 1 she']);
  // "A 15-year-old boy shot last week has died": the subject of the death is the noun "shot", its compound the person
  assert.deepEqual(outcomes('A/DET/det>3 15-year-old/ADJ/amod>3 boy/NOUN/compound>3 shot/NOUN/nsubj>7 last/ADJ/amod>5 week/NOUN/obl>3 has/AUX/aux>7 died/VERB/root>-1').filter((x) => x.startsWith('killed')),
    ['killed 1 shot']);
});

test('a dateline taken for the subject leaves its apposition to count; a number read into a name counts; an ordinal does not', () => {
  // "DORSET (WXYZ) - A baby died Thursday"
  assert.deepEqual(outcomes('DORSET/PROPN/nsubj>7 (/PUNCT/punct>2 WXYZ/PROPN/flat>0 )/PUNCT/punct>2 -/PUNCT/punct>6 A/DET/det>6 baby/NOUN/appos>0 died/VERB/root>-1 Thursday/PROPN/obl>7'),
    ['killed 1 DORSET']);
  // "Amos Niles, 19, died": a full name is one person, whatever letter it ends with; the age in apposition counts no one
  assert.deepEqual(outcomes('Amos/PROPN/nsubj>5 Niles/PROPN/flat>0 ,/PUNCT/punct>3 19/NUM/appos>0 ,/PUNCT/punct>3 died/VERB/root>-1'), ['killed 1 Amos']);
  // "MILTON Six people were shot"
  assert.deepEqual(outcomes('MILTON/PROPN/compound>2 Six/PROPN/compound>2 people/NOUN/nsubj:pass>4 were/AUX/aux:pass>4 shot/VERB/root>-1'), ['shot 6 people']);
  // "A 9th-grader was shot"
  assert.deepEqual(outcomes('A/DET/det>3 9/NUM/nummod>3 th-grader/NOUN/nsubj:pass>5 was/AUX/aux:pass>5 shot/VERB/root>-1'), []);
});

test('one described as deceased is dead', () => {
  assert.deepEqual(outcomes('deputies/NOUN/nsubj>1 located/VERB/root>-1 a/DET/det>4 deceased/ADJ/amod>4 man/NOUN/obj>1'), ['killed 1 man']);
});

test('"shot, one fatally": the number under "fatally" died, the count stays the shot', () => {
  // "Police say five people were shot, two fatally"
  assert.deepEqual(outcomes('Police/NOUN/nsubj>1 say/VERB/root>-1 five/NUM/nummod>3 people/NOUN/nsubj:pass>5 were/AUX/aux:pass>5 shot/VERB/ccomp>1 ,/PUNCT/punct>8 two/NUM/nsubj>8 fatally/ADV/advmod>5'),
    ['shot 5 people', 'killed 2 two']);
  // "six people were shot, two of them fatally": the number stands beside "fatally" on the verb
  assert.deepEqual(outcomes('six/NUM/nummod>1 people/NOUN/nsubj:pass>3 were/AUX/aux:pass>3 shot/VERB/root>-1 ,/PUNCT/punct>5 two/NUM/xcomp>3 of/ADP/case>7 them/PRON/nmod>5 fatally/ADV/advmod>3'),
    ['shot 6 people', 'killed 2 two']);
  // "three men were fatally shot" is three dead
  assert.deepEqual(outcomes('three/NUM/nummod>1 men/NOUN/nsubj:pass>4 were/AUX/aux:pass>4 fatally/ADV/advmod>4 shot/VERB/root>-1'), ['killed 3 men']);
});

test('a count set apart from those told of ("two other victims") is marked; "the other two" and "another" are not', () => {
  const flagged = (spec: string) => { const { text, syntax } = parsed(spec); return syntaxOutcomes(text, syntax, 0).map((m) => !!m.others); };
  assert.deepEqual(flagged('Two/NUM/nummod>2 other/ADJ/amod>2 victims/NOUN/nsubj:pass>4 were/AUX/aux:pass>4 wounded/VERB/root>-1'), [true]);
  assert.deepEqual(flagged('the/DET/det>3 other/ADJ/amod>3 two/NUM/nummod>3 victims/NOUN/nsubj:pass>5 were/AUX/aux:pass>5 wounded/VERB/root>-1'), [false]);
  assert.deepEqual(flagged('a/DET/det>1 boy/NOUN/nsubj>2 shot/VERB/root>-1 another/DET/det>4 boy/NOUN/obj>2'), [false]);
});

test('people listed one by one ("the man and the boy") are a count of those told of', () => {
  const { text, syntax } = parsed('The/DET/det>1 man/NOUN/nsubj:pass>6 and/CCONJ/cc>4 the/DET/det>4 boy/NOUN/conj>1 were/AUX/aux:pass>6 killed/VERB/root>-1');
  assert.deepEqual(syntaxOutcomes(text, syntax, 0).map((m) => [m.value, !!m.definite, !!m.individual]), [[2, true, false]]);
});

test('a day the parse took for the one killed is no person', () => {
  // "Ray Dunn was shot and killed Saturday, Jan. 21": the parse hangs the day, not the man, on "killed"
  const { text, syntax } = parsed('Ray/PROPN/nsubj:pass>3 Dunn/PROPN/flat>0 was/AUX/aux:pass>3 shot/VERB/root>-1 and/CCONJ/cc>5 killed/VERB/conj>3 Saturday/PROPN/obj>5 ,/PUNCT/punct>8 Jan./PROPN/conj>6 21/NUM/nummod>8');
  const day = text.indexOf('Saturday');
  const article = {
    id: 'day' as ArticleId, text, segments: [{ start: 0, end: text.length, kind: 'body' }],
    sentences: [{ start: 0, end: text.length, text, tokenStart: 0, tokenEnd: syntax.tokens.length }], syntax: [syntax], quantities: [],
    dates: [{ start: day, end: text.length, text: text.slice(day), value: '2022-01-21', grain: 'day', basis: 'explicit' }],
  } as unknown as AnalyzedArticle;
  assert.deepEqual(articleOutcomes(article).map((m) => `${m.outcome} ${m.value} ${text.slice(m.start, m.end)}`), ['shot 1 Ray']);
});

test('one shot "also" or "another" one is marked apart from those told of; another one as the object of the act is not', () => {
  const apart = (spec: string) => { const { text, syntax } = parsed(spec); return syntaxOutcomes(text, syntax, 0).map((m) => !!m.apart); };
  assert.deepEqual(apart('The/DET/det>1 woman/NOUN/nsubj:pass>4 was/AUX/aux:pass>4 also/ADV/advmod>4 shot/VERB/root>-1'), [true]);
  assert.deepEqual(apart('Another/DET/det>1 woman/NOUN/nsubj:pass>3 was/AUX/aux:pass>3 wounded/VERB/root>-1'), [true]);
  assert.deepEqual(apart('The/DET/det>1 woman/NOUN/nsubj:pass>3 was/AUX/aux:pass>3 wounded/VERB/root>-1'), [false]);
  assert.deepEqual(apart('a/DET/det>1 boy/NOUN/nsubj>2 shot/VERB/root>-1 another/DET/det>4 boy/NOUN/obj>2'), [false]);
});

test('the one a definite or possessive determiner introduces is marked told of, with the noun that names him', () => {
  const { text, syntax } = parsed('police/NOUN/nsubj>1 found/VERB/root>-1 the/DET/det>3 boy/NOUN/obj>1 wounded/VERB/xcomp>1');
  const read = syntaxOutcomes(text, syntax, 0).map((m) => [m.outcome, m.noun, !!m.told]);
  assert.ok(read.length > 0 && read.every(([, noun, told]) => noun === 'boy' && told), JSON.stringify(read));
});

test('"the shooting of" someone: he was shot; "the fatal shooting of" him: he was killed; the shooting of no person counts no one', () => {
  assert.deepEqual(outcomes('Police/NOUN/nsubj>2 are/AUX/aux>2 investigating/VERB/root>-1 the/DET/det>4 shooting/NOUN/obj>2 of/ADP/case>7 a/DET/det>7 man/NOUN/nmod>4'), ['shot 1 man']);
  assert.deepEqual(outcomes('He/PRON/nsubj:pass>2 was/AUX/aux:pass>2 arrested/VERB/root>-1 in/ADP/case>5 the/DET/det>5 fatal/ADJ/amod>6 shooting/NOUN/obl>2 of/ADP/case>9 his/PRON/nmod:poss>9 wife/NOUN/nmod>6').filter((s) => !s.startsWith('arrest')), ['killed 1 wife']);
  assert.deepEqual(outcomes('They/PRON/nsubj>1 finished/VERB/root>-1 the/DET/det>3 shooting/NOUN/obj>1 of/ADP/case>5 scenes/NOUN/nmod>3'), []);
});

test('an attempt or a threat to kill is no death: "tried to kill", "threatened to shoot"', () => {
  assert.deepEqual(outcomes('He/PRON/nsubj>1 tried/VERB/root>-1 to/PART/mark>3 kill/VERB/xcomp>1 the/DET/det>5 deputy/NOUN/obj>3'), []);
  assert.deepEqual(outcomes('He/PRON/nsubj>1 killed/VERB/root>-1 the/DET/det>3 deputy/NOUN/obj>1'), ['killed 1 deputy']);
});

test('"nearly killed", "almost shot": it did not happen; "nearly 50 were killed" still counts', () => {
  assert.deepEqual(outcomes('The/DET/det>1 duvet/NOUN/nsubj>3 nearly/ADV/advmod>3 killed/VERB/root>-1 him/PRON/obj>3'), []);
  assert.deepEqual(outcomes('The/DET/det>1 duvet/NOUN/nsubj>2 killed/VERB/root>-1 him/PRON/obj>2'), ['killed 1 him']);
});
