// Test support: a report written for a test, analysed by the real pipeline (made once per test file).
import { createPipeline } from '../../analyze/pipeline.js';
import type { AnalyzedArticle, ArticleId } from '../../core/model.js';
import { reporter } from '../../core/report.js';
import { readText } from '../../read/text.js';

let pipeline: ReturnType<typeof createPipeline> | undefined;

/** The report `text`, published on `published`, analysed, with the id `id` (short, for reading failures). */
export function analyseReport(text: string, published: string, id: string): AnalyzedArticle {
  pipeline ??= createPipeline();
  const draft = readText(text, `${id}.txt`, reporter([], 'test'));
  draft.published = published;
  return { ...pipeline.analyze(draft), id: id as ArticleId };
}
