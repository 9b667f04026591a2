// node dist/scripts/bench/syntax-model.js [CONLLU] [--model FILE] [--runs N]: the tagger and parser alone
// (tokens/s of SyntaxModel.analyze over a treebank's forms, median of N passes after one warm-up), and
// how much of that the tagger takes. For comparing two models, or two builds, in the same minutes.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConllu } from '../../src/analyze/syntax/conllu.js';
import { SyntaxModel } from '../../src/analyze/syntax/model.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { model: { type: 'string', default: 'models/syntax.bin' }, runs: { type: 'string', default: '5' } } });
const file = positionals[0] ?? '../shared/data/ud/en_ewt-ud-dev.conllu';
const sentences = readConllu(readFileSync(file, 'utf8')).map((s) => s.words);
const tokens = sentences.reduce((a, s) => a + s.length, 0);
const model = SyntaxModel.deserialize(readFileSync(values.model!));
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
const time = (f: () => void) => { const t = process.hrtime.bigint(); f(); return Number(process.hrtime.bigint() - t) / 1e9; };
const whole = () => { for (const s of sentences) model.analyze(s); };
const tagOnly = () => { for (const s of sentences) model.tagger.tag(s); };
whole(); tagOnly();
const runs = Number(values.runs), w: number[] = [], t: number[] = [];
for (let r = 0; r < runs; r++) { w.push(time(whole)); t.push(time(tagOnly)); }
const mw = median(w), mt = median(t);
console.log(`${values.model}: ${tokens} tokens; analyze ${Math.round(tokens / mw)} tokens/s (${mw.toFixed(3)} s); tagger alone ${Math.round(tokens / mt)} tokens/s (${((100 * mt) / mw).toFixed(0)}% of analyze)`);
