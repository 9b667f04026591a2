// Trains the rankers that choose an incident record's count of killed and of injured among the values
// its reports support (src/story/incident/ranker.ts, figure-candidates.ts) and writes
// models/incident-fields.json.
//   node dist/scripts/incident/train-fields.js [--analysis FILE] [--save-analysis FILE] [--l2 1] [--out models/incident-fields.json]
// Data: ../shared/data/gva (CORROBORATE_DATA overrides): local reports of shootings, each incident coded
// by hand by the Gun Violence Archive. Its articles are analysed and grouped as `analyze` does (or read
// from --analysis, a file --save-analysis wrote with the same build); each incident is answered by the
// story holding most of its reports, as ../shared/tools/score-incidents.mjs scores it, and the right
// candidate is the one with the archive's count. Cross-validated on the two halves by incident id (even,
// odd: train on one, score the other), then fitted on all. Deterministic; keeps only weights.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncidentFigure } from '../../src/core/model.js';
import { createStoryContext } from '../../src/story/context.js';
import { datesPass } from '../../src/story/dates.js';
import { derivationPass } from '../../src/story/derivation/pass.js';
import { oneReportPerSource } from '../../src/story/derivation/sources.js';
import { figureCandidates, type ArticleReading, type FigureCandidate } from '../../src/story/incident/figure-candidates.js';
import { fitRanker, type RankingExample } from '../../src/story/incident/fit-ranker.js';
import { buildIncident } from '../../src/story/incident/pass.js';
import { bestCandidate, type FieldRanker, type IncidentFieldModel, type FigureField } from '../../src/story/incident/ranker.js';
import type { StoryDraft } from '../../src/story/pass.js';
import { readGva } from './gva-stories.js';
import { guardArgs } from '../guard-args.js';

const args = process.argv.slice(2);
guardArgs(args, `usage: node dist/scripts/incident/train-fields.js [--analysis FILE] [--save-analysis FILE] [--l2 1] [--errors N] [--out models/incident-fields.json]\nFits the killed and injured rankers on GVA dev and writes them into the incident-fields model.`);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const OUT = opt('--out') ?? join(process.cwd(), 'models', 'incident-fields.json');
const L2 = Number(opt('--l2') ?? '1');

// 1. The stream analysed and grouped as `analyze` does it, and the story answering for each incident (gva-stories.ts).
const { incidents, stories, answering } = readGva<{ killed: number; injured: number }>('train-fields', opt('--analysis'), opt('--save-analysis'));

// 2. Each story's readings and the rules' figures.
const ctx = createStoryContext({ incidentModel: null });
interface StoryInputs { readings: readonly ArticleReading[]; ruled: readonly IncidentFigure[] }
const inputs: (StoryInputs | undefined)[] = stories.map((members, k) => {
  const story: StoryDraft = { id: `S${k}` as never, articles: members.map((a) => a.id) };
  for (const pass of [derivationPass, datesPass]) Object.assign(story, pass.run(story, members, ctx));
  let got: StoryInputs | undefined;
  buildIncident(story, oneReportPerSource(members, story.derivation ?? []), ctx, (readings, ruled) => { got = { readings, ruled }; });
  return got;
});

// 3. Examples, fitting, and the two halves.
const FIELDS: readonly FigureField[] = ['killed', 'injured'];
const ruledValue = (s: StoryInputs, field: FigureField) => s.ruled.find((f) => f.category === field)?.value ?? 0;
function candidatesOf(s: StoryInputs, field: FigureField, killed: number): FigureCandidate[] {
  return figureCandidates(field, s.readings, ruledValue(s, field), killed);
}
/** Each field's value for each incident of `ids`: by the rules, or by the model's rankers (killed first). */
function answer(ids: readonly string[], model?: IncidentFieldModel): Map<string, Record<FigureField, number>> {
  const out = new Map<string, Record<FigureField, number>>();
  for (const inc of ids) {
    const s = inputs[answering.get(inc)!];
    if (!s) { out.set(inc, { killed: 0, injured: 0 }); continue; }
    const pick = (field: FigureField, killed: number) => {
      const ranker = model?.fields[field];
      return ranker ? bestCandidate(ranker, candidatesOf(s, field, killed))?.value ?? 0 : ruledValue(s, field);
    };
    const killed = pick('killed', ruledValue(s, 'killed'));
    out.set(inc, { killed, injured: pick('injured', killed) });
  }
  return out;
}
function fit(ids: readonly string[]): IncidentFieldModel {
  const model: IncidentFieldModel = { fields: {} };
  for (const field of FIELDS) {
    const examples: RankingExample[] = [];
    const killedPicks = field === 'injured' ? answer(ids, model) : undefined;
    for (const inc of ids) {
      const s = inputs[answering.get(inc)!];
      if (!s) continue;
      const killed = killedPicks?.get(inc)?.killed ?? ruledValue(s, 'killed');
      const candidates = candidatesOf(s, field, killed);
      const right = candidates.findIndex((c) => c.value === incidents[inc]![field]);
      if (right >= 0 && candidates.length > 1) examples.push({ candidates, right });
    }
    model.fields[field] = fitRanker(examples, { l2: L2 }) as FieldRanker;
  }
  return model;
}
const accuracy = (ids: readonly string[], model?: IncidentFieldModel) => {
  const got = answer(ids, model);
  return Object.fromEntries(FIELDS.map((f) => [f, (ids.filter((inc) => got.get(inc)![f] === incidents[inc]![f]).length / ids.length).toFixed(4)]));
};
const all = [...answering.keys()];
const half = (r: number) => all.filter((id) => Number(id) % 2 === r);
for (const [train, test, name] of [[half(0), half(1), 'odd (trained on even)'], [half(1), half(0), 'even (trained on odd)']] as const) {
  console.log(`${name}: rules`, accuracy(test), 'ranker', accuracy(test, fit(train)), 'ranker on its training half', accuracy(train, fit(train)));
}
const model = fit(all);
const showErrors = Number(opt('--errors') ?? '0');
if (showErrors) {
  // the incidents the fitted model gets wrong though the right value was a candidate: what to read next
  const got = answer(all, model);
  let shown = 0;
  for (const inc of all) {
    const s = inputs[answering.get(inc)!];
    for (const field of FIELDS) {
      const want = incidents[inc]![field];
      if (!s || got.get(inc)![field] === want || shown >= showErrors) continue;
      const cands = candidatesOf(s, field, got.get(inc)!.killed);
      if (!cands.some((c) => c.value === want)) continue;
      shown++;
      console.log(`\n# incident ${inc} ${field}: gold ${want}, chose ${got.get(inc)![field]} (rules ${ruledValue(s, field)}; ${s.readings.length} reports)`);
      for (const c of cands) console.log(`  ${c.value === want ? '*' : c.value === got.get(inc)![field] ? '>' : ' '} ${c.value}: ${JSON.stringify(c.features)} | ${c.claims.slice(0, 2).map((x) => x.text.slice(0, 140)).join(' || ')}`);
    }
  }
}
console.log('all (trained on all):', 'rules', accuracy(all), 'ranker', accuracy(all, model));
// the other fields' rankers (the date's and the place's: train-date.ts, train-place.ts) are kept as they are
const kept = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as IncidentFieldModel).fields : {};
writeFileSync(OUT, JSON.stringify({ note: 'scripts/incident/train-fields.ts, train-date.ts and train-place.ts on ../shared/data/gva (Gun Violence Archive incidents); see models/README.md', l2: L2, fields: { ...kept, ...model.fields } }, null, 1) + '\n');
console.log(`wrote ${OUT}`);
