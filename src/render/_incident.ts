import type { AnalyzedArticle, EntityId, Incident, Story, StoryId } from '../core/model.js';
import { articleId } from '../core/ids.js';
import { claimOn, fixtureArticle, fixtureFact } from './_fixture.js';

// A fixed story with an incident record, for renderer, exporter and UI tests: three short reports of
// one shooting, written by us, and the record an incident pass would build from them, by hand. The
// date and the killed figure are agreed, the injured figure is disputed (3 in two reports, 4 in a
// later one), the arrest is stated by one report, and two people take part. Article ids are the hash
// of their text (as a store requires), so the story can be stored and served.

const stored = (a: AnalyzedArticle): AnalyzedArticle => ({ ...a, id: articleId(a.text) });

export const ledger = stored(fixtureArticle('ledger', 'Millbrook Ledger', [
  ['title', 'Man killed, three hurt in Harlow Springs shooting'],
  ['body', 'One man was killed and three people were injured in a shooting outside a bar in Harlow Springs on Sunday night, police said.'],
  ['body', 'The man who died was identified as Dana Ruiz, 34.'],
  ['body', 'Officers arrested Mark Ellis, 19, two streets away.'],
], { title: 'Man killed, three hurt in Harlow Springs shooting', published: '2031-05-12' }));

export const courier = stored(fixtureArticle('courier', 'Valley Courier', [
  ['body', 'A shooting outside a Harlow Springs bar on Sunday left one man dead and three others wounded.'],
  ['body', 'Police Chief Alma Ortiz said the suspect, Mark Ellis, was in custody.'],
], { title: 'One dead in Harlow Springs bar shooting', published: '2031-05-12' }));

export const post = stored(fixtureArticle('post', 'Evening Post', [
  ['body', 'Four people were hurt and one was killed when gunfire broke out in Harlow Springs late on Sunday.'],
  ['body', 'Hospital staff said two of the injured were in serious condition.'],
], { title: 'Harlow Springs: four hurt, one killed', published: '2031-05-13' }));

export const INCIDENT_ARTICLES: readonly AnalyzedArticle[] = [ledger, courier, post];

const s = {
  ledger: 'One man was killed and three people were injured in a shooting outside a bar in Harlow Springs on Sunday night, police said.',
  courier: 'A shooting outside a Harlow Springs bar on Sunday left one man dead and three others wounded.',
  post: 'Four people were hurt and one was killed when gunfire broke out in Harlow Springs late on Sunday.',
  ruiz: 'The man who died was identified as Dana Ruiz, 34.',
  arrest: 'Officers arrested Mark Ellis, 19, two streets away.',
  custody: 'Police Chief Alma Ortiz said the suspect, Mark Ellis, was in custody.',
};

const HARLOW = 'Eharlow' as EntityId;

export const INCIDENT: Incident = {
  type: 'ASSAULT',
  date: { value: '2031-05-11', status: 'agreed', claims: [claimOn(ledger, s.ledger, { value: '2031-05-11' }), claimOn(courier, s.courier, { value: '2031-05-11' }), claimOn(post, s.post, { value: '2031-05-11' })] },
  place: {
    name: 'Harlow Springs', entity: HARLOW, geo: { lat: 40.21, lon: -82.71, country: 'US', admin1: 'Ohio' }, status: 'agreed',
    claims: [claimOn(ledger, s.ledger), claimOn(courier, s.courier), claimOn(post, s.post)],
  },
  figures: [
    // Out of order on purpose: the brief puts killed first.
    {
      category: 'injured', value: 3, qualifier: 'exact', status: 'conflict', fact: 'Finjured',
      claims: [claimOn(ledger, s.ledger, { value: 3, qualifier: 'exact' }), claimOn(courier, s.courier, { value: 3, qualifier: 'exact' })],
      alternatives: [{ value: 4, qualifier: 'exact', claims: [claimOn(post, s.post, { value: 4, qualifier: 'exact', later: true })] }],
    },
    {
      category: 'killed', value: 1, qualifier: 'exact', status: 'agreed', fact: 'Fkilled',
      claims: [claimOn(ledger, s.ledger, { value: 1 }), claimOn(courier, s.courier, { value: 1 }), claimOn(post, s.post, { value: 1 })],
    },
    { category: 'arrested', value: 1, qualifier: 'exact', status: 'single', claims: [claimOn(ledger, s.arrest, { value: 1 })] },
  ],
  participants: [
    { name: 'Mark Ellis', role: 'suspect', age: 19, claims: [claimOn(ledger, s.arrest), claimOn(courier, s.custody)] },
    { name: 'Dana Ruiz', role: 'victim', age: 34, claims: [claimOn(ledger, s.ruiz)] },
  ],
};

export const INCIDENT_STORY: Story = {
  id: 'Sharlow' as StoryId,
  title: 'Man killed, three hurt in Harlow Springs shooting',
  articles: INCIDENT_ARTICLES.map((a) => a.id),
  links: [],
  network: { nodes: [], edges: [], oneSided: [] },
  dates: [],
  eventDates: [],
  entities: [
    { id: HARLOW, name: 'Harlow Springs', type: 'LOC', count: 3, geo: { lat: 40.21, lon: -82.71, country: 'US', admin1: 'Ohio' },
      aliases: [{ text: 'Harlow Springs', count: 3, articles: INCIDENT_ARTICLES.map((a) => a.id) }] },
  ],
  incident: INCIDENT,
  facts: [
    fixtureFact('Finjured', 'figure', 'conflict', '3 vs 4 people injured', [...INCIDENT.figures[0]!.claims, ...INCIDENT.figures[0]!.alternatives![0]!.claims]),
    fixtureFact('Fkilled', 'figure', 'agreed', '1 killed', INCIDENT.figures[1]!.claims),
  ],
  timeline: [],
  framing: [],
};
