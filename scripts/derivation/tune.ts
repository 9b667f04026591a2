// Chooses the thresholds of src/analyze/copies/thresholds.ts on the tuning half of the derivation set
// (scripts/derivation/build-set.ts): the best pair F1 among settings that call no two independent
// reports one source, over a grid. Prints the best settings; report the other half with
// `corroborate eval derivation OUTDIR/test.jsonl`.
//
//   node dist/scripts/derivation/tune.js OUTDIR/tune.jsonl
import { readDerivationSet, scoreDerivations } from '../../src/eval/derivation.js';
import { compareProfiles, deriveFromProfiles, profile, type DerivationThresholds, type PairEvidence, type Profile } from '../../src/story/derivation/derive.js';

const range = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) { process.stderr.write('usage: tune FILE\n'); process.exitCode = 2; return; }
  const groups = await readDerivationSet(file);
  const profiles = groups.map((g) => g.articles.map(profile));
  const memo = new Map<string, PairEvidence>();
  const compare = (x: Profile, y: Profile, overlap: number) => {
    const key = `${x.a.id}|${y.a.id}|${overlap}`;
    let e = memo.get(key);
    if (!e) memo.set(key, (e = compareProfiles(x, y, overlap)));
    return e;
  };
  const results: { t: DerivationThresholds; f1: number; precision: number; recall: number; falseCopies: number }[] = [];
  for (const sentenceOverlap of range(0.5, 0.8, 0.1))
    for (const rewriteMinSentences of [2, 3, 4])
      for (const rewrite of range(0.5, 0.9, 0.1))
        for (const rewriteOfLonger of range(0.3, 0.8, 0.1))
          for (const copy of range(0.5, 0.95, 0.05)) {
          const t = { copy, rewrite, rewriteOfLonger, rewriteMinSentences, sentenceOverlap };
          const s = scoreDerivations(groups, profiles.map((p) => deriveFromProfiles(p, t, compare)));
          results.push({ t, f1: s.f1, precision: s.precision, recall: s.recall, falseCopies: s.falseCopies });
        }
  // precision first: no false copy between independent reports, then the best F1; the most conservative setting wins a tie
  results.sort((a, b) => a.falseCopies - b.falseCopies || b.f1 - a.f1 || b.t.copy - a.t.copy || b.t.rewrite - a.t.rewrite);
  for (const r of results.slice(0, 8))
    process.stdout.write(`copy ${r.t.copy} rewrite ${r.t.rewrite} of_longer ${r.t.rewriteOfLonger} rewrite_min_sentences ${r.t.rewriteMinSentences} sentence_overlap ${r.t.sentenceOverlap}  false_copies ${r.falseCopies} pair_f1 ${r.f1.toFixed(4)} precision ${r.precision.toFixed(4)} recall ${r.recall.toFixed(4)}\n`);
}

await main();
