// Span scores of the whole recognizer (the trained tagger, then refine() and the article-level checks of
// recognizer.ts) on CoNLL-2003 documents, each rebuilt as one text: `corroborate eval ner` scores the tagger
// alone, so a change to what recognize() keeps or types is measured here.
//   node dist/scripts/ner/recognize-conll.js [FILE]   (default ../shared/data/conll2003/dev.txt)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence, Token } from '../../src/core/model.js';
import { readConll } from '../../src/analyze/entities/conll.js';
import { perceptronRecognizer } from '../../src/analyze/entities/index.js';
import { iobToSpans } from '../../src/analyze/entities/tags.js';
import { guardArgs } from '../guard-args.js';
import { DATA } from './sources.js';

const args = process.argv.slice(2);
guardArgs(args, 'usage: node dist/scripts/ner/recognize-conll.js [FILE]\nSpan P/R/F1 of recognize() on CoNLL documents (default: conll2003/dev.txt).');
const file = args[0] ?? join(DATA, 'conll2003', 'dev.txt');
if (!existsSync(file)) {
  console.error(`recognize-conll: ${file} not found (set CORROBORATE_DATA to the shared data folder)`);
  process.exit(2);
}
const recognizer = await perceptronRecognizer();
let gold = 0, predicted = 0, correct = 0;
for (const doc of readConll(file)) {
  let text = '';
  const tokens: Token[] = [], sentences: Sentence[] = [], want = new Set<string>();
  for (const s of doc) {
    const first = tokens.length, start = text.length;
    s.words.forEach((w, i) => { if (i) text += ' '; tokens.push({ start: text.length, end: text.length + w.length, text: w }); text += w; });
    sentences.push({ start, end: text.length, text: text.slice(start), tokenStart: first, tokenEnd: tokens.length });
    for (const span of iobToSpans(s.labels)) want.add(`${tokens[first + span.start]!.start}:${tokens[first + span.end - 1]!.end}:${span.type}`);
    text += '\n';
  }
  const got = recognizer.recognize(text, tokens, sentences);
  gold += want.size;
  predicted += got.length;
  correct += got.filter((m) => want.has(`${m.start}:${m.end}:${m.type}`)).length;
}
const p = correct / (predicted || 1), r = correct / (gold || 1);
console.log(`f1 ${(p + r ? (200 * p * r) / (p + r) : 0).toFixed(2)} precision ${(100 * p).toFixed(2)} recall ${(100 * r).toFixed(2)} gold ${gold} predicted ${predicted}`);
