import type { AnalyzedArticle, ArticleId, Claim, EntityId, Fact, Segment, SegmentKind, Story, StoryId } from '../core/model.js';

// A fixed story for renderer tests: three short reports of a footbridge collapse, written by us, with
// the Story a pipeline would build from them written out by hand. Renderers are tested on it without
// running the analysis, so a change in a stage never breaks a renderer test (and the tests are fast).

/** An analysed article whose text is its parts, one per line, each part one segment. */
export function fixtureArticle(id: string, source: string, parts: readonly [SegmentKind, string][], extra: Partial<AnalyzedArticle> = {}): AnalyzedArticle {
  let text = '';
  const segments: Segment[] = [];
  for (const [kind, words] of parts) {
    const start = text.length;
    text += `${words}\n`;
    segments.push({ start, end: text.length, kind });
  }
  return { id: id as ArticleId, origin: `fixture/${id}.txt`, source: { name: source }, language: 'eng', text, segments, diagnostics: [], ...extra };
}

/** A claim on the words `words` of article `a` (offsets found in its text, so they cannot drift). */
export function claimOn(a: AnalyzedArticle, words: string, extra: Partial<Claim> = {}): Claim {
  const start = a.text.indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" is not in ${a.id}`);
  return { article: a.id, start, end: start + words.length, text: words, ...(a.published ? { asOf: a.published } : {}), ...extra };
}

export function fixtureFact(id: string, kind: Fact['kind'], status: Fact['status'], statement: string, claims: Claim[]): Fact {
  return { id, kind, status, statement, claims, support: new Set(claims.map((c) => c.article)).size };
}

export const herald = fixtureArticle('Aherald', 'Valley Herald', [
  ['title', 'Footbridge at Elm Ford collapses'],
  ['body', 'At least 12 people were injured when the footbridge at Elm Ford collapsed on Monday.'],
  ['body', 'The town council closed the crossing the same evening.'],
  ['body', 'Mayor Ines Hale said nobody would cross it again until it was safe.'],
  ['caption', 'The broken span, seen from the east bank.'],
], { title: 'Footbridge at Elm Ford collapses', published: '2031-03-04' });

export const times = fixtureArticle('Atimes', 'River Times', [
  ['body', 'Fourteen people were injured in the collapse of the Elm Ford footbridge.'],
  ['body', 'The council closed the crossing on Monday evening, officials said.'],
  ['body', 'Three of the injured were kept in hospital overnight.'],
  ['comment', 'Reader comment: it was rotten for years.'],
], { title: 'Elm Ford footbridge: fourteen hurt', published: '2031-03-05' });

export const gazette = fixtureArticle('Agazette', 'Hill Gazette', [
  ['body', 'Engineers inspected what was left of the bridge.'],
  ['body', 'Hale said nobody would cross it again until it was safe.'],
  ['credit', 'Reporting by the Hill Gazette desk'],
]);

export const FIXTURE_ARTICLES: readonly AnalyzedArticle[] = [herald, times, gazette];

const HALE = 'Eines-hale' as EntityId;
const COUNCIL = 'Ecouncil' as EntityId;
const FORD = 'Eelm-ford' as EntityId;

export const FIXTURE_FACTS: readonly Fact[] = [
  fixtureFact('Finjured', 'figure', 'conflict', '12 vs 14 people injured', [
    claimOn(herald, 'At least 12 people were injured when the footbridge at Elm Ford collapsed on Monday.', { value: 12, qualifier: 'at least' }),
    claimOn(times, 'Fourteen people were injured in the collapse of the Elm Ford footbridge.', { value: 14, qualifier: 'exact', later: true }),
  ]),
  fixtureFact('Fclosed', 'event', 'agreed', 'the town council closed the crossing', [
    claimOn(herald, 'The town council closed the crossing the same evening.'),
    claimOn(times, 'The council closed the crossing on Monday evening, officials said.'),
  ]),
  fixtureFact('Fsafe', 'quote', 'agreed', 'Ines Hale: nobody would cross it again until it was safe', [
    claimOn(herald, 'nobody would cross it again until it was safe'),
    claimOn(gazette, 'nobody would cross it again until it was safe'),
  ]),
  fixtureFact('Finspected', 'event', 'single', 'engineers inspected the bridge', [claimOn(gazette, 'Engineers inspected what was left of the bridge.')]),
  fixtureFact('Fhospital', 'figure', 'single', '3 injured kept in hospital', [claimOn(times, 'Three of the injured were kept in hospital overnight.', { value: 3, qualifier: 'exact' })]),
];

const fact = (id: string) => FIXTURE_FACTS.find((f) => f.id === id)!;

export const FIXTURE_STORY: Story = {
  id: 'Sfixture' as StoryId,
  title: 'Footbridge at Elm Ford collapses',
  articles: FIXTURE_ARTICLES.map((a) => a.id),
  links: [],
  network: { nodes: [], edges: [], oneSided: [] },
  dates: [],
  eventDates: [],
  entities: [
    { id: HALE, name: 'Ines Hale', type: 'PER', count: 2, roles: ['mayor'], aliases: [{ text: 'Ines Hale', count: 1, articles: [herald.id] }, { text: 'Hale', count: 1, articles: [gazette.id] }] },
    { id: FORD, name: 'Elm Ford', type: 'LOC', count: 3, geo: { lat: 51.5, lon: -1.25, country: 'GB' }, aliases: [{ text: 'Elm Ford', count: 3, articles: [herald.id, times.id] }] },
    { id: COUNCIL, name: 'town council', type: 'ORG', count: 2, country: 'GB', aliases: [{ text: 'town council', count: 1, articles: [herald.id] }, { text: 'council', count: 1, articles: [times.id] }] },
    // Its mentions all went to another entity: nothing to show.
    { id: 'Eempty' as EntityId, name: 'Elm', type: 'LOC', count: 0, aliases: [] },
  ],
  facts: [...FIXTURE_FACTS],
  timeline: [
    { date: '2031-03-03', statement: 'the town council closed the crossing', fact: 'Fclosed', status: 'agreed', claims: fact('Fclosed').claims },
    { date: '2031-03-04', dateBasis: 'the Valley Herald', statement: 'engineers inspected the bridge', fact: 'Finspected', status: 'single', claims: fact('Finspected').claims },
  ],
  framing: [
    { article: herald.id, source: 'Valley Herald', opinion: 0.25, hedging: 0, unique: [], omitted: [],
      toward: [{ entity: HALE, name: 'Ines Hale', score: 0.4, sentences: 1, terms: [{ term: 'safe', value: 1 }] },
        { entity: COUNCIL, name: 'town council', score: -0.1, sentences: 1, terms: [{ term: 'closed', value: -1 }] }] },
    { article: times.id, source: 'River Times', opinion: 0, hedging: 0.33, unique: ['Fhospital'], omitted: ['Fsafe'],
      toward: [{ entity: COUNCIL, name: 'town council', score: -0.2, sentences: 1, terms: [{ term: 'closed', value: -1 }, { term: 'injured', value: -2 }] }] },
    { article: gazette.id, source: 'Hill Gazette', opinion: 0, hedging: 0, unique: ['Finspected'], omitted: ['Fclosed'],
      toward: [{ entity: HALE, name: 'Ines Hale', score: 0.3, sentences: 1, terms: [{ term: 'safe', value: 1 }] }] },
  ],
};
