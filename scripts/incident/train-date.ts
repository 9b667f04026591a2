// Trains the ranker that chooses an incident record's day among the days its reports give
// (src/story/incident/date-candidates.ts, ranked-date.ts) and writes it into models/incident-fields.json,
// replacing only its `date` field.
//   node dist/scripts/incident/train-date.js [--analysis FILE] [--save-analysis FILE] [--l2 1] [--errors N] [--out models/incident-fields.json]
// Data: ../shared/data/gva (gva-stories.ts); the right candidate is the archive's day. Cross-validated on
// the two halves by incident id (train on one, score the other), then fitted on all. Deterministic.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncidentDate } from '../../src/core/model.js';
import { createStoryContext } from '../../src/story/context.js';
import { datesPass } from '../../src/story/dates.js';
import { derivationPass } from '../../src/story/derivation/pass.js';
import { oneReportPerSource } from '../../src/story/derivation/sources.js';
import { dateCandidates, type DateCandidate, type DateReading } from '../../src/story/incident/date-candidates.js';
import { fitRanker, type RankingExample } from '../../src/story/incident/fit-ranker.js';
import { buildIncident } from '../../src/story/incident/pass.js';
import { bestCandidate, type FieldRanker, type IncidentFieldModel } from '../../src/story/incident/ranker.js';
import type { StoryDraft } from '../../src/story/pass.js';
import { halfOf, readGva } from './gva-stories.js';
import { guardArgs } from '../guard-args.js';

const args = process.argv.slice(2);
guardArgs(args, `usage: node dist/scripts/incident/train-date.js [--analysis FILE] [--save-analysis FILE] [--l2 1] [--errors N] [--out models/incident-fields.json]\nFits the date ranker on GVA dev and writes it into the incident-fields model.`);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const OUT = opt('--out') ?? join(process.cwd(), 'models', 'incident-fields.json');
const L2 = Number(opt('--l2') ?? '1');

const { incidents, stories, answering } = readGva<{ date: string }>('train-date', opt('--analysis'), opt('--save-analysis'));

// Each story's date readings and the rules' day (the figures' and date's models left out: the rules decide the frame).
const ctx = createStoryContext({ incidentModel: null });
const candidatesOf: (DateCandidate[] | undefined)[] = stories.map((members, k) => {
  const story: StoryDraft = { id: `S${k}` as never, articles: members.map((a) => a.id) };
  for (const pass of [derivationPass, datesPass]) Object.assign(story, pass.run(story, members, ctx));
  let got: { readings: readonly DateReading[]; ruled: IncidentDate | undefined } | undefined;
  buildIncident(story, oneReportPerSource(members, story.derivation ?? []), ctx, undefined, (readings, ruled) => { got = { readings, ruled }; });
  return got && dateCandidates(got.readings, got.ruled?.value);
});
const ruledOf = (c: readonly DateCandidate[] | undefined) => c?.find((x) => x.features['rule'] === 1)?.value;

const answer = (inc: string, ranker?: FieldRanker) => {
  const c = candidatesOf[answering.get(inc)!];
  return ranker ? (c && bestCandidate(ranker, c)?.value) : ruledOf(c);
};
function fit(ids: readonly string[]): FieldRanker {
  const examples: RankingExample[] = [];
  for (const inc of ids) {
    const candidates = candidatesOf[answering.get(inc)!];
    const right = candidates?.findIndex((c) => c.value === incidents[inc]!.date) ?? -1;
    if (candidates && right >= 0 && candidates.length > 1) examples.push({ candidates, right });
  }
  return fitRanker(examples, { l2: L2 });
}
const accuracy = (ids: readonly string[], ranker?: FieldRanker) => (ids.filter((inc) => answer(inc, ranker) === incidents[inc]!.date).length / ids.length).toFixed(4);
const within = (ids: readonly string[]) => (ids.filter((inc) => candidatesOf[answering.get(inc)!]?.some((c) => c.value === incidents[inc]!.date)).length / ids.length).toFixed(4);

const all = [...answering.keys()];
for (const [train, test, name] of [[halfOf(all, 0), halfOf(all, 1), 'odd (trained on even)'], [halfOf(all, 1), halfOf(all, 0), 'even (trained on odd)']] as const) {
  console.log(`${name}: rules ${accuracy(test)} ranker ${accuracy(test, fit(train))} (on its training half ${accuracy(train, fit(train))}; the day among the candidates ${within(test)})`);
}
const ranker = fit(all);
const showErrors = Number(opt('--errors') ?? '0');
let shown = 0;
for (const inc of all) {
  if (shown >= showErrors) break;
  const want = incidents[inc]!.date, got = answer(inc, ranker);
  const cands = candidatesOf[answering.get(inc)!];
  if (got === want || !cands?.some((c) => c.value === want)) continue;
  shown++;
  console.log(`\n# incident ${inc}: gold ${want}, chose ${got} (rules ${ruledOf(cands)})`);
  for (const c of cands) console.log(`  ${c.value === want ? '*' : c.value === got ? '>' : ' '} ${c.value}: ${JSON.stringify(c.features)} | ${c.claims.slice(0, 2).map((x) => x.text.slice(0, 140)).join(' || ')}`);
}
console.log(`all (trained on all): rules ${accuracy(all)} ranker ${accuracy(all, ranker)}`);
const model = (existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : { fields: {} }) as IncidentFieldModel & Record<string, unknown>;
model.fields = { ...model.fields, date: ranker };
writeFileSync(OUT, JSON.stringify(model, null, 1) + '\n');
console.log(`wrote ${OUT}`);
