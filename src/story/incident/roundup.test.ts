import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStoryContext } from '../context.js';
import { gazetteerOf } from '../entities/gazetteer.js';
import { analyseReport } from './_analyse.js';
import { buildIncident } from './pass.js';
import { tellsOfSeveral } from './roundup.js';

// A count told of several events at once (sentences written for these tests, analysed by the real pipeline).
const several = (text: string, id: string) => tellsOfSeveral(analyseReport(text, '2015-05-01', id), 0);

test('an event noun in the plural marked as several makes a roundup; "the shootings" of one incident does not', () => {
  assert.equal(several('At least 15 people were shot in shootings across Chicago since Friday.', 'bare'), true);
  assert.equal(several('Two men were killed and eight others wounded in separate shootings.', 'separate'), true);
  assert.equal(several('Three shootings left five people dead in Stockton.', 'number'), true);
  assert.equal(several('Police said the shootings happened after a fight outside the bar.', 'told'), false);
  assert.equal(several('Two men were shot outside a bar on Friday.', 'one-event'), false);
});

test('a value the reports tell only in a roundup is marked so for the ranker, and a ranker that weighs the mark drops it', () => {
  const a = analyseReport('Five people were wounded in shootings across the city on Friday. A man was wounded in a shooting on Elm Street on Friday, police said.', '2015-05-02', 'rr');
  const injured = (weights: Record<string, number>) => buildIncident({ id: 'S' as never, articles: [a.id], dates: [] }, [a],
    createStoryContext({ gazetteer: gazetteerOf([]), incidentModel: { fields: { injured: { weights } } } }))?.figures.find((f) => f.category === 'injured')?.value;
  assert.equal(injured({ largest: 5, stated: 1 }), 5);
  assert.equal(injured({ largest: 5, stated: 1, roundupOnly: -10 }), 1);
});
