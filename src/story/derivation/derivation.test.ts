import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../analyze/pipeline.js';
import type { Story } from '../../core/model.js';
import { createStoryContext } from '../context.js';
import { ferryArticles, harbourWireCopies } from './_ferry-copies.js';
import { buildStories } from '../story.js';
import { creditedAgency } from './credit.js';
import { deriveStory } from './derive.js';
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
