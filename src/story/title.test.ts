import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, Story } from '../core/model.js';
import { titlePass } from './title.js';

const withTitle = (title: string) => ({ title }) as AnalyzedArticle;
const story = { entities: [{ name: 'Hugh Jackman' }] } as unknown as Story;

test('a story is titled by its shortest headline, never by a date line', () => {
  const run = (titles: string[]) => (titlePass.run as (s: Story, a: AnalyzedArticle[]) => { title: string })(story, titles.map(withTitle)).title;
  assert.equal(run(['April 27, 2009', 'Jackman to host the Oscars', 'Hugh Jackman will host the Oscars next year']), 'Jackman to host the Oscars');
  assert.equal(run(['April 27, 2009']), 'Hugh Jackman', 'no headline: the main names');
});
