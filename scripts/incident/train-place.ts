// Trains the ranker that chooses an incident record's place among the towns its reports name, or none
// (src/story/incident/place-candidates.ts, ranker.ts), and writes it into models/incident-fields.json
// as fields.place (the other fields are kept as they are).
//   node dist/scripts/incident/train-place.js [--analysis FILE] [--l2 0.5] [--errors N] [--margins] [--dry] [--out models/incident-fields.json]
// Data: ../shared/data/gva (CORROBORATE_DATA overrides), as train-fields.ts reads it: each incident is
// answered by the story holding most of its reports, and the right candidate is the first town that
// names the archive's city as ../shared/tools/score-incidents.mjs does (its name, or within 30 km of
// it); none is right when no town does. Cross-validated on the two halves by incident id (train on
// one, score the other), then fitted on all. Deterministic.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geo } from '../../src/core/model.js';
import { readGva } from './gva-stories.js';
import { kmBetween } from '../../src/core/geo.js';
import { createStoryContext } from '../../src/story/context.js';
import { derivationPass } from '../../src/story/derivation/pass.js';
import { oneReportPerSource } from '../../src/story/derivation/sources.js';
import { fitRanker, type RankingExample } from '../../src/story/incident/fit-ranker.js';
import { placeCandidates, placeReadings, ruledPlace, type PlaceCandidate } from '../../src/story/incident/place-candidates.js';
import { chooseFrom } from '../../src/story/incident/ranked-place.js';
import { candidateScore } from '../../src/story/incident/ranker.js';
import type { FieldRanker, IncidentFieldModel } from '../../src/story/incident/ranker.js';
import type { StoryDraft } from '../../src/story/pass.js';
import { guardArgs } from '../guard-args.js';

const args = process.argv.slice(2);
guardArgs(args, `usage: node dist/scripts/incident/train-place.js [--analysis FILE] [--l2 0.5] [--errors N] [--margins] [--dry] [--out models/incident-fields.json]\nFits the place ranker on GVA dev and writes it into the incident-fields model (not with --dry).`);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const OUT = opt('--out') ?? join(process.cwd(), 'models', 'incident-fields.json');
// 0.5: on GVA dev both held-out halves as good as or better than at 1 or 2, with fewer wrong towns
const L2 = Number(opt('--l2') ?? '0.5');

interface GoldIncident { city: string; state: string; lat?: number; lon?: number }
const { incidents, stories, answering } = readGva<GoldIncident>('train-place', opt('--analysis'));

// Each story's candidates, read over one report per independent source as the incident pass reads them.
const ctx = createStoryContext({ incidentModel: null });
const candidatesOfStory: PlaceCandidate[][] = stories.map((members, k) => {
  const story: StoryDraft = { id: `S${k}` as never, articles: members.map((a) => a.id) };
  Object.assign(story, derivationPass.run(story, members, ctx));
  const readings = placeReadings(oneReportPerSource(members, story.derivation ?? []), ctx.gazetteer());
  return placeCandidates(readings, ruledPlace(readings));
});

// As score-incidents.mjs reads a place: its name is the city's (or begins or ends it), or it lies within 30 km.
const norm = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
function names(c: PlaceCandidate, g: GoldIncident): boolean {
  if (c.value === undefined) return false;
  const p = norm(c.value), city = norm(g.city);
  if (p === city || (p.length > 3 && (city.startsWith(p + ' ') || city.endsWith(' ' + p)))) return true;
  return Number.isFinite(g.lat) && c.geo !== undefined && kmBetween(c.geo as Geo, { lat: g.lat!, lon: g.lon! }) <= 30;
}
const rightIndex = (cands: readonly PlaceCandidate[], g: GoldIncident) => {
  const i = cands.findIndex((c) => names(c, g));
  return i >= 0 ? i : cands.findIndex((c) => c.value === undefined);
};

function probability(ranker: FieldRanker, cands: readonly PlaceCandidate[], c: PlaceCandidate): number {
  const z = cands.map((x) => candidateScore(ranker, x.features)), top = Math.max(...z);
  return Math.exp(candidateScore(ranker, c.features) - top) / z.reduce((s, x) => s + Math.exp(x - top), 0);
}
function fit(ids: readonly string[]): FieldRanker {
  const examples: RankingExample[] = [];
  for (const inc of ids) {
    const cands = candidatesOfStory[answering.get(inc)!]!;
    if (cands.length > 1) examples.push({ candidates: cands, right: rightIndex(cands, incidents[inc]!) });
  }
  return fitRanker(examples, { l2: L2 });
}
const ruledOf = (cands: readonly PlaceCandidate[]) => cands.find((c) => c.features.rules) ?? cands.find((c) => c.value === undefined)!;
/** Right, wrong (a town that is not the archive's) and none, out of the incidents of `ids`. */
function score(ids: readonly string[], ranker?: FieldRanker): string {
  let right = 0, wrong = 0;
  for (const inc of ids) {
    const cands = candidatesOfStory[answering.get(inc)!]!;
    const got = ranker ? chooseFrom(ranker, cands) : ruledOf(cands);
    if (!got || got.value === undefined) continue;
    if (names(got, incidents[inc]!)) right++; else wrong++;
  }
  return `right ${(right / ids.length).toFixed(4)} (${right}) wrong ${wrong} none ${ids.length - right - wrong}`;
}
const all = [...answering.keys()];
const half = (r: number) => all.filter((id) => Number(id) % 2 === r);
for (const [train, test, name] of [[half(0), half(1), 'odd (trained on even)'], [half(1), half(0), 'even (trained on odd)']] as const) {
  const ranker = fit(train);
  console.log(`${name}: rules ${score(test)} | ranker ${score(test, ranker)} | on its training half ${score(train, ranker)}`);
}
// how right and wrong trade as the ranker must be surer of a town (held out: each half scored by the other's ranker)
if (args.includes('--margins')) {
  const rankers = [fit(half(1)), fit(half(0))];
  for (const p of [0, 0.3, 0.4, 0.5, 0.6, 0.7]) {
    let right = 0, wrong = 0;
    for (const inc of all) {
      const cands = candidatesOfStory[answering.get(inc)!]!;
      const ranker = rankers[Number(inc) % 2]!;
      const got = chooseFrom(ranker, cands);
      if (!got || got.value === undefined || probability(ranker, cands, got) < p) continue;
      if (names(got, incidents[inc]!)) right++; else wrong++;
    }
    console.log(`at least ${p}: right ${right} wrong ${wrong} precision ${(right / (right + wrong)).toFixed(4)}`);
  }
}
const ranker = fit(all);
const showErrors = Number(opt('--errors') ?? '0');
if (showErrors) {
  let shown = 0;
  for (const inc of all) {
    const cands = candidatesOfStory[answering.get(inc)!]!;
    const got = chooseFrom(ranker, cands);
    const g = incidents[inc]!;
    if (shown >= showErrors || (got?.value !== undefined && names(got, g)) || !cands.some((c) => names(c, g))) continue;
    shown++;
    console.log(`\n# incident ${inc}: gold ${g.city}, ${g.state}; chose ${got?.value ?? 'none'}`);
    for (const c of cands) console.log(`  ${names(c, g) ? '*' : c === got ? '>' : ' '} ${c.value ?? 'none'} ${c.geo?.admin1 ?? c.geo?.country ?? ''}: ${JSON.stringify(c.features)}`);
  }
}
console.log(`all (trained on all): rules ${score(all)} | ranker ${score(all, ranker)}`);
console.log('weights', JSON.stringify(ranker.weights));
const model = (existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : { fields: {} }) as IncidentFieldModel & Record<string, unknown>;
model.fields.place = ranker;
if (!args.includes('--dry')) { writeFileSync(OUT, JSON.stringify(model, null, 1) + '\n'); console.log(`wrote ${OUT}`); }
