// Speed of the named-entity tagger: model load time, and tokens per second on one core over the
// CoNLL dev file (steady state: one untimed pass first, then the median of RUNS timed passes).
//   node dist/scripts/ner/bench.js [MODEL] [CONLL_FILE]
// Prints figures only; nothing here is a test.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll } from '../../src/analyze/entities/conll.js';
import { DEFAULT_NER_MODEL } from '../../src/analyze/entities/index.js';
import { NerModel } from '../../src/analyze/entities/model.js';
import { DATA } from './sources.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const modelPath = process.argv[2] ?? fileURLToPath(DEFAULT_NER_MODEL);
const file = process.argv[3] ?? join(DATA, 'conll2003', 'dev.txt');

const t0 = performance.now();
const model = NerModel.deserialize(readFileSync(modelPath));
const loadMs = performance.now() - t0;
const docs = readConll(file).map((d) => d.map((s) => s.words));
let tokens = 0;
for (const d of docs) for (const s of d) tokens += s.length;
for (const d of docs) model.tagDocument(d);
// Wall-clock rates, and rates per second of this process's CPU time (steadier on a shared machine).
const rates: number[] = [], cpuRates: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const start = performance.now(), cpu = process.cpuUsage();
  for (const d of docs) model.tagDocument(d);
  rates.push(tokens / ((performance.now() - start) / 1000));
  const used = process.cpuUsage(cpu);
  cpuRates.push(tokens / ((used.user + used.system) / 1e6));
}
cpuRates.sort((a, b) => a - b);
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)]!;
console.log(`ner model ${modelPath} size_mb ${(statSync(modelPath).size / 1e6).toFixed(2)} load_ms ${loadMs.toFixed(0)}`);
console.log(`ner tokens ${tokens} tokens_per_s median ${Math.round(median)} min ${Math.round(rates[0]!)} max ${Math.round(rates[rates.length - 1]!)}`
  + ` cpu_tokens_per_s median ${Math.round(cpuRates[Math.floor(cpuRates.length / 2)]!)}`);
