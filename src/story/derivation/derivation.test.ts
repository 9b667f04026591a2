import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../analyze/pipeline.js';
import type { Story } from '../../core/model.js';
import { createStoryContext } from '../context.js';
import { ferryArticles, harbourWireCopies } from './_ferry-copies.js';
import { buildStories } from '../story.js';
import { creditedAgency } from './credit.js';
import { DEFAULT_THRESHOLDS, deriveStory, PAIRWISE_MAX } from './derive.js';
import { PassMemo } from '../memo.js';
import { sourceOf } from './sources.js';

const pipeline = createPipeline();
const ctx = createStoryContext();

const ferry = () => ferryArticles(pipeline);

/** What a reader is told of support: each fact's statement with its status and support, and the incident's figures. */
const support = (s: Story) => ({
  facts: s.facts.map((f) => `${f.statement} | ${f.status} | ${f.support}`).sort(),
  figures: (s.incident?.figures ?? []).map((f) => `${f.category} ${f.value} ${f.status}`).sort(),
});

test('copies of a ferry report (a trailing newline, another source line, the body alone) change no support count', async () => {
  const articles = await ferry();
  const [before] = buildStories(articles, ctx);
  const copies = harbourWireCopies(pipeline);
  const stories = buildStories([...articles, ...copies], ctx);
  assert.equal(stories.length, 1, 'the copies join the ferry story');
  const after = stories[0]!;
  assert.deepEqual(support(after), support(before!));
  const original = articles.find((a) => a.origin.endsWith('harbour-wire.txt'))!.id;
  assert.deepEqual(after.derivation?.map((d) => [d.article, d.from, d.kind]).sort(), copies.map((c) => [c.id, original, 'copy']).sort());
  // a fact the copies restate rests on their claims too, with the support of one source
  const rescued = after.facts.find((f) => /46/.test(f.statement))!;
  assert.ok(new Set(rescued.claims.map((c) => c.article)).size > rescued.support);
});

test('the ferry reports are independent of each other: no derivation among them', async () => {
  assert.deepEqual(deriveStory(await ferry()), []);
});

test('a wire credit line names its agency; a photo credit does not', () => {
  const at = (text: string, kind: 'body' | 'credit' | 'caption') => creditedAgency({ text, segments: [{ start: 0, end: text.length, kind }] });
  assert.equal(at('MOSCOW (Reuters) - Russia said on Friday ...', 'body'), 'Reuters');
  assert.equal(at('(Reporting by Reuters, Writing by Maxim Rodionov. Editing by Gareth Jones)', 'credit'), 'Reuters');
  assert.equal(at('WASHINGTON (AP) — The Senate voted ...', 'body'), 'AP');
  assert.equal(at('People hold pictures in Hebron, October 20, 2023. REUTERS/Yosri Aljamal', 'caption'), undefined);
  assert.equal(at('(Reporting by Neema Mushi; Editing by Paul Ward)', 'credit'), undefined);
});

test('a chain of copies is one source', () => {
  const source = sourceOf([{ article: 'b', from: 'a' }, { article: 'c', from: 'b' }] as never);
  assert.deepEqual(['a', 'b', 'c', 'd'].map(source), ['a', 'a', 'a', 'd']);
});

/** An article of one body segment (the sentence layer split on end punctuation). */
const bodyOnly = (id: string, text: string, published: string, credit = '') => ({
  id, origin: `${id}.txt`, source: { name: id }, language: 'eng', published, diagnostics: [], text: text + credit,
  segments: [{ start: 0, end: text.length, kind: 'body' as const }, ...(credit ? [{ start: text.length, end: text.length + credit.length, kind: 'credit' as const }] : [])],
}) as never;

const WIRE = [
  'Russia believes it is necessary to keep contacts with every side in the conflict, the Kremlin said on Friday, defending its invitation to a delegation.',
  'A Kremlin spokesman said the delegation had met officials of the foreign ministry but had had no contacts with the Kremlin itself.',
  'Israel urged Russia on Thursday to expel the visiting delegation, calling the invitation to Moscow deplorable and a reward for terrorism.',
  'The delegation was led by a senior member of the group, who discussed the release of foreign hostages and the evacuation of foreign citizens.',
].join(' ');

test('a copy of a credited agency story is a wire copy; a reworded retelling is a rewrite; the earlier report is the original', () => {
  const original = bodyOnly('wire', WIRE, '2023-10-27', '\n(Reporting by Reuters; Editing by Someone)');
  const copy = bodyOnly('outlet', `${WIRE} Our correspondent adds that the talks went on into the evening.`, '2023-10-28');
  const rewrite = bodyOnly('rewriter', [
    'The Kremlin said on Friday Russia believes it is necessary to keep contacts with every side in the conflict, defending its invitation to a delegation.',
    'A Kremlin spokesman said the delegation had met officials of the foreign ministry but had no contacts with the Kremlin itself.',
    'On Thursday Israel urged Russia to expel the visiting delegation, calling the invitation to Moscow deplorable and a reward for terrorism.',
    'Led by a senior member of the group, the delegation discussed the release of foreign hostages and the evacuation of foreign citizens.',
  ].join(' '), '2023-10-29');
  const got = deriveStory([copy, rewrite, original]);
  assert.deepEqual(got.map((d) => [d.article, d.from, d.kind, d.agency]), [['outlet', 'wire', 'wire', 'Reuters'], ['rewriter', 'wire', 'rewrite', 'Reuters']]);
  assert.ok(got[1]!.evidence[0]!.includes('sentences reworded in the same order'));
});

test('a story too large to compare every pair still finds its copies', () => {
  const many = Array.from({ length: PAIRWISE_MAX + 5 }, (_, i) => bodyOnly(`r${i}`, `Report number ${i} tells its own story of the day: ${'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega '.split(' ').map((w) => `${w}${i}`).join(' ')}.`, '2023-10-27'));
  const copy = bodyOnly('copy', (many[3] as unknown as { text: string }).text, '2023-10-28');
  assert.deepEqual(deriveStory([...many, copy]).map((d) => [d.article, d.from]), [['copy', 'r3']]);
});

test('with a memo, a story built again compares only its new pairs, and derives the same', () => {
  const original = bodyOnly('wire', WIRE, '2023-10-27', '\n(Reporting by Reuters; Editing by Someone)');
  const copy = bodyOnly('outlet', `${WIRE} Our correspondent adds that the talks went on into the evening.`, '2023-10-28');
  const other = bodyOnly('other', 'A ferry ran aground off the northern coast on Friday and its passengers were taken ashore by lifeboats from the harbour.', '2023-10-28');
  const memo = new PassMemo();
  assert.deepEqual(deriveStory([original, copy], DEFAULT_THRESHOLDS, memo), deriveStory([original, copy]));
  const kept = memo.size;
  assert.equal(kept, 1, 'one pair compared');
  assert.deepEqual(deriveStory([original, copy, other], DEFAULT_THRESHOLDS, memo), deriveStory([original, copy, other]));
  assert.equal(memo.size, kept + 2, 'the grown story compared only the pairs with its new report');
});
