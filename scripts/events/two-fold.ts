// How the CAMEO lexicon and the hand lexicon combine, chosen on data: gsr-dev.json split in two halves
// (alternate records: the file is sorted by type, so each half holds every type), every configuration
// scored on each half, the best on one half scored on the other, both ways.
//   node dist/scripts/events/two-fold.js [--gold ../shared/data/plover/gsr-dev.json]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPipeline } from '../../src/analyze/pipeline.js';
import { currentLabel, ploverCategory } from '../../src/analyze/events/ontology.js';
import { loadEventLexiconSync } from '../../src/analyze/syntax/load-lexicon.js';
import type { EventTyping, LexiconPolicy } from '../../src/core/event-lexicon.js';
import { predictedEvent } from '../../src/eval/events.js';

const { values } = parseArgs({ options: { gold: { type: 'string', default: '../shared/data/plover/gsr-dev.json' } } });
const records = (JSON.parse(readFileSync(values.gold!, 'utf8')) as { id: string; text: string; event: string }[])
  .filter((r) => currentLabel(r.event) && typeof r.text === 'string');
const lexicon = loadEventLexiconSync();
if (!lexicon) throw new Error('models/event-lexicon.json is missing: run npm run train:events');

// most general first: on a tie the earlier wins
const POLICIES: LexiconPolicy[] = ['cameo', 'cameo-first', 'hand-first', 'hand+veto', 'hand'];
const configs: Omit<EventTyping, 'lexicon'>[] = [];
for (const policy of POLICIES) for (const defaults of [true, false]) for (const argsOnParse of ['window', 'parse', 'either'] as const) {
  if (policy.startsWith('hand') && !policy.includes('first') && defaults) continue;   // no CAMEO type is used
  configs.push({ policy, defaults, argsOnParse, parseGate: false, appeals: false });
}
// the parse's part of speech gating the hand lexicon, and CAMEO appeals read as REQUEST
configs.push({ policy: 'hand', defaults: false, argsOnParse: 'window', parseGate: true, appeals: false });
configs.push({ policy: 'hand-first', defaults: true, argsOnParse: 'window', parseGate: false, appeals: true });
configs.push({ policy: 'cameo', defaults: true, argsOnParse: 'window', parseGate: false, appeals: true });
const name = (c: Omit<EventTyping, 'lexicon'>) => `${c.policy}${c.defaults ? '+defaults' : ''}${c.argsOnParse === 'window' ? '' : '+args-' + c.argsOnParse}${c.parseGate ? '+gate' : ''}${c.appeals ? '+appeals' : ''}`;

/** Per record: whether the configuration's predicted category is the gold one. */
function run(c: Omit<EventTyping, 'lexicon'>): boolean[] {
  const pipeline = createPipeline({ eventTyping: { lexicon: lexicon!, ...c } });
  return records.map((r) => {
    const e = predictedEvent(pipeline.analyze({ origin: `gold#${r.id}`, source: { name: 'plover-gold' }, text: r.text }).events ?? []);
    return (e ? ploverCategory(e) : undefined) === currentLabel(r.event);
  });
}
const halves = [records.map((_, i) => i % 2 === 0), records.map((_, i) => i % 2 === 1)] as const;
const acc = (h: readonly boolean[], half?: readonly boolean[]) => {
  const idx = h.map((_, i) => i).filter((i) => !half || half[i]);
  return idx.filter((i) => h[i]).length / idx.length;
};
const row = (label: string, h: readonly boolean[]) => console.log(`${label.padEnd(34)}  ${acc(h, halves[0]).toFixed(4)}  ${acc(h, halves[1]).toFixed(4)}  ${acc(h).toFixed(4)}`);

console.log('config                              half A  half B  all');
const hits = configs.map((c) => run(c));
configs.forEach((c, k) => row(name(c), hits[k]!));

// Which CAMEO cue categories to keep, per policy that reads CAMEO: a cue is dropped when leaving it
// out alone scores better on the tuning half (one pass, every cue judged against all of them).
const cuesUsed = [...new Set(Object.keys(lexicon.codes).map((c) => c.slice(0, 2)))].filter((c) => c !== '01' && c !== '02').sort();
const selected = new Map<string, { hits: boolean[]; kept: string[] }[]>();
for (const policy of ['cameo-first', 'hand-first'] as const) {
  const base = { policy, parseGate: false, appeals: false, defaults: false, argsOnParse: 'window' as const };
  const all = run(base);
  const without = cuesUsed.map((cue) => run({ ...base, cues: new Set(cuesUsed.filter((x) => x !== cue)) }));
  const perHalf = halves.map((half) => {
    const kept = cuesUsed.filter((_, k) => !(acc(without[k]!, half) > acc(all, half)));
    return { hits: run({ ...base, cues: new Set(kept) }), kept };
  });
  selected.set(policy, perHalf);
  perHalf.forEach((x, t) => row(`${policy}+cues chosen on ${'AB'[t]}`, x.hits));
  perHalf.forEach((x, t) => console.log(`  cues kept on half ${'AB'[t]}: ${x.kept.join(' ')}`));
}

// The 2-fold: on each half pick the best configuration (plain ones and those with cues chosen on that
// half), score it on the other half.
const held: number[] = [];
for (const [tune, test] of [[0, 1], [1, 0]] as const) {
  const candidates: { label: string; hits: boolean[] }[] = [
    ...configs.map((c, k) => ({ label: name(c), hits: hits[k]! })),
    ...[...selected].map(([policy, perHalf]) => ({ label: `${policy}+cues`, hits: perHalf[tune]!.hits })),
  ];
  let best = candidates[0]!;
  for (const c of candidates) if (acc(c.hits, halves[tune]) > acc(best.hits, halves[tune])) best = c;
  const score = acc(best.hits, halves[test]);
  held.push(score);
  console.log(`chosen on half ${'AB'[tune]}: ${best.label} (${acc(best.hits, halves[tune]).toFixed(4)}), scored on half ${'AB'[test]}: ${score.toFixed(4)}`);
}
console.log(`two_fold_type_accuracy ${((held[0]! + held[1]!) / 2).toFixed(4)}`);
