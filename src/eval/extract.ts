// `eval extract DIR`: main-text extraction scored as the article-extraction-benchmark scores it
// (scrapinghub/article-extraction-benchmark, evaluate.py): `\w+` tokens, 4-gram shingle multisets per
// page, per-page tp/fp/fn normalised by their sum, precision and recall averaged over the pages where
// they are defined, F1 of the two averages.
//
// The prediction for a page is the text of its 'body' and 'heading' segments: the benchmark's
// articleBody holds the article's paragraphs, list items and in-text subheadings, but not the title,
// captions, credits, bylines or comments.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Diagnostic } from '../core/model.js';
import { reporter } from '../core/report.js';
import { extractHtml } from '../read/html/index.js';
import { f1 } from './metrics.js';

export interface ExtractScores {
  f1: number;
  precision: number;
  recall: number;
}

export interface EvalExtractOptions {
  /** Print one line per page (id, precision, recall) before the summary. */
  verbose?: boolean;
}

/** tp, fp, fn of one page, normalised by their sum. */
export type Counts = [tp: number, fp: number, fn: number];

// Python's `\w` with re.UNICODE: letters, digits (any Unicode number), and underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** 4-gram shingles as a multiset; a text shorter than n tokens gives one shorter shingle (as evaluate.py). */
export function shingles(text: string, n = 4): Map<string, number> {
  const toks = tokenize(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) {
    const s = toks.slice(i, i + n);
    if (s.length === 0) continue;
    const k = s.join('\u0000');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export function shingleMatch(truth: string, pred: string): Counts {
  const t = shingles(truth), p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

function precisionOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export function scoresOf(pages: Counts[]): ExtractScores {
  const ps = pages.filter(([tp, fp]) => tp + fp > 0).map(precisionOf);
  const rs = pages.filter(([tp, , fn]) => tp + fn > 0).map(recallOf);
  const precision = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const recall = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  return { f1: f1(precision, recall), precision, recall };
}

/** The text the benchmark compares: body paragraphs and in-text headings, in order. */
export function predictedBody(html: string, origin: string, diagnostics: Diagnostic[] = []): string {
  const draft = extractHtml(html, origin, reporter(diagnostics, 'html', origin));
  return (draft.hints ?? [])
    .filter((h) => h.kind === 'body' || h.kind === 'heading')
    .map((h) => draft.text.slice(h.start, h.end))
    .join('\n');
}

interface Truth {
  articleBody?: string;
  url?: string;
}

export async function evalExtract(dir: string, out: (line: string) => void, options: EvalExtractOptions = {}): Promise<ExtractScores> {
  const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const files = new Set(await readdir(join(dir, 'html')));
  const pages: Counts[] = [];
  const started = process.hrtime.bigint();
  let seconds = 0;
  for (const id of Object.keys(truth).sort()) {
    const name = `${id}.html.gz`;
    let pred = '';
    if (files.has(name)) {
      const html = gunzipSync(await readFile(join(dir, 'html', name))).toString('utf8');
      const t0 = process.hrtime.bigint();
      // The origin is the file: nothing from the ground truth (not even its URL) reaches the extractor.
      pred = predictedBody(html, join(dir, 'html', name));
      seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    } else {
      out(`${id} missing: ${name} not found; scored as empty`);
    }
    const c = shingleMatch(truth[id]?.articleBody ?? '', pred);
    pages.push(c);
    if (options.verbose) out(`${id} precision ${precisionOf(c).toFixed(4)} recall ${recallOf(c).toFixed(4)} ${truth[id]?.url ?? ''}`);
  }
  const s = scoresOf(pages);
  if (options.verbose) {
    const total = Number(process.hrtime.bigint() - started) / 1e9;
    out(`pages ${pages.length} extract_s ${seconds.toFixed(2)} pages_per_s ${(pages.length / Math.max(seconds, 1e-9)).toFixed(1)} total_s ${total.toFixed(2)}`);
  }
  out(`f1 ${s.f1.toFixed(4)} precision ${s.precision.toFixed(4)} recall ${s.recall.toFixed(4)}`);
  return s;
}
