import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pipeline } from '../../analyze/pipeline.js';
import { EXAMPLES } from '../../core/_test/paths.js';
import type { AnalyzedArticle, Diagnostic } from '../../core/model.js';
import { reporter } from '../../core/report.js';
import { readPaths } from '../../read/index.js';
import { readText } from '../../read/text.js';

// Test fixture (issue 15): the ferry example, and three copies of its Harbour Wire report that
// content addressing cannot fold: one extra trailing newline, another `source:` line, the body alone.

export async function ferryArticles(pipeline: Pipeline): Promise<AnalyzedArticle[]> {
  const sink: Diagnostic[] = [];
  const out: AnalyzedArticle[] = [];
  for await (const d of readPaths([join(EXAMPLES, 'ferry')], sink)) out.push(pipeline.analyze(d));
  return out;
}

export function harbourWireCopies(pipeline: Pipeline): AnalyzedArticle[] {
  const text = readFileSync(join(EXAMPLES, 'ferry', 'harbour-wire.txt'), 'utf8');
  const diagnostics: Diagnostic[] = [];
  const copy = (origin: string, t: string) => pipeline.analyze(readText(t, origin, reporter(diagnostics, 'text', origin)));
  return [
    copy('copy-newline.txt', `${text}\n`),
    copy('copy-source.txt', text.replace('source: Harbour Wire', 'source: Lakeshore Daily')),
    copy('copy-body.txt', text.slice(text.indexOf('\n\n') + 2)),
  ];
}
