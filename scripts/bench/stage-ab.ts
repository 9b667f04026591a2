// node dist/scripts/bench/stage-ab.js OTHER_DIST STAGE [ROUNDS]: one per-article stage (or `prepare`, or
// `whole` for the whole per-article analysis) of this build and of another build (OTHER_DIST: its dist/
// folder, e.g. one built from `git archive BASE`), timed alternately in one process over the first
// BENCH_ARTICLES (default 300) GVA reports. On a shared machine two runs of one build differ by 10% or
// more; passes alternated in one process see the same load, so their ratio can show a 5% change.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis, Layer } from '../../src/core/model.js';

type Build = {
  pipeline: typeof import('../../src/analyze/pipeline.js');
  read: typeof import('../../src/read/index.js');
  prepare: typeof import('../../src/clean/prepare.js');
  report: typeof import('../../src/core/report.js');
};

const THIS_DIST = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const GVA = resolve(THIS_DIST, '..', '..', 'shared', 'data', 'gva', 'articles.jsonl');

async function load(dist: string): Promise<Build> {
  const at = (path: string) => import(resolve(dist, path));
  return { pipeline: await at('src/analyze/pipeline.js'), read: await at('src/read/index.js'), prepare: await at('src/clean/prepare.js'), report: await at('src/core/report.js') };
}

/** A pass of `what` over `input` with one build's code: the earlier stages run once, beforehand. */
function passOf(build: Build, input: Buffer, what: string): () => void {
  const pipeline = build.pipeline.createPipeline();
  const drafts = [...build.read.readBytes('gva.jsonl', input, [])];
  if (what === 'prepare') return () => { for (const d of drafts) build.prepare.prepareArticle(d, []); };
  if (what === 'whole') return () => { for (const d of drafts) pipeline.analyze(d); };
  const articles = drafts.map((d) => build.prepare.prepareArticle(d, []));
  const analyses: Analysis[] = articles.map(() => ({}));
  for (const stage of pipeline.stages) {
    const run = () => articles.forEach((a, i) => {
      (analyses[i] as Record<Layer, unknown>)[stage.assigns] = stage.run(a, analyses[i]!, pipeline.ctx, build.report.reporter([], stage.name));
    });
    if (stage.name === what) return run;
    run();
  }
  throw new Error(`no stage '${what}' (stages: ${pipeline.stages.map((s) => s.name).join(', ')}; or prepare, whole)`);
}

const [other, what, rounds = '10'] = process.argv.slice(2);
if (!other || !what) {
  console.error('usage: node dist/scripts/bench/stage-ab.js OTHER_DIST STAGE|prepare|whole [ROUNDS]');
  process.exitCode = 2;
} else if (!existsSync(GVA)) {
  console.error(`skipped: ${GVA} is not there (../shared/data holds the GVA reports)`);
} else {
  const lines = readFileSync(GVA, 'utf8').split('\n').filter(Boolean).slice(0, Number(process.env.BENCH_ARTICLES ?? 300));
  const input = Buffer.from(lines.join('\n'));
  const passes = [passOf(await load(resolve(other)), input, what), passOf(await load(THIS_DIST), input, what)];
  const times: number[][] = [[], []];
  for (let r = 0; r < Number(rounds); r++) {
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      const t0 = process.hrtime.bigint();
      passes[k]!();
      times[k]!.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
  }
  const [a, b] = times.map((t) => [...t].sort((x, y) => x - y)) as [number[], number[]];
  const median = (t: number[]) => t[t.length >> 1]!;
  console.log(`${what}, ${lines.length} GVA reports, ${rounds} rounds: other min ${a[0]!.toFixed(3)} s, median ${median(a).toFixed(3)} s; this min ${b[0]!.toFixed(3)} s, median ${median(b).toFixed(3)} s`);
  console.log(`this / other speed: min x${(a[0]! / b[0]!).toFixed(2)}, median x${(median(a) / median(b)).toFixed(2)}`);
}
