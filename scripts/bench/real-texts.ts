import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/core/random.js';

// Real news text for the scale bench, read from ../shared/data where it lives (third-party text is
// never copied into the repo): the GVA stream's local reports, ECB+ dev, the extraction set's
// article bodies, CoNLL-2003's Reuters documents. Past the few thousand there are, texts are varied:
// the opening of one report joined to the rest of another, so every text is new (a new id, not a
// duplicate) and reads like news to every stage.

export interface BenchText { origin: string; text: string; published?: string; title?: string }

/** The real texts there are (each at least a few sentences), in a fixed order. */
export function realTexts(sharedData: string): BenchText[] {
  const out: BenchText[] = [];
  const jsonl = (file: string, name: string) => {
    if (!existsSync(file)) return;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id?: string; text?: string; title?: string; published?: string };
      if (r.text && r.text.length > 200) out.push({ origin: `${name}/${r.id ?? out.length}`, text: r.text, ...(r.title ? { title: r.title } : {}), ...(r.published ? { published: r.published } : {}) });
    }
  };
  jsonl(join(sharedData, 'gva', 'articles.jsonl'), 'gva');
  jsonl(join(sharedData, 'ecbplus', 'dev.jsonl'), 'ecbplus');
  const truth = join(sharedData, 'extraction', 'ground-truth.json');
  if (existsSync(truth)) {
    for (const [id, r] of Object.entries(JSON.parse(readFileSync(truth, 'utf8')) as Record<string, { articleBody?: string }>))
      if (r.articleBody && r.articleBody.length > 200) out.push({ origin: `extraction/${id.slice(0, 12)}`, text: r.articleBody });
  }
  const conll = join(sharedData, 'conll2003', 'train.txt');
  if (existsSync(conll)) out.push(...conllDocuments(readFileSync(conll, 'utf8')));
  return out;
}

/** CoNLL-2003's documents as running text (tokens rejoined, a paragraph per sentence). */
function conllDocuments(data: string): BenchText[] {
  const docs: BenchText[] = [];
  let sentences: string[] = [], words: string[] = [];
  const endSentence = () => { if (words.length) sentences.push(detokenize(words)); words = []; };
  const endDoc = () => {
    endSentence();
    const text = sentences.join('\n\n');
    if (text.length > 200) docs.push({ origin: `conll2003/${docs.length}`, text });
    sentences = [];
  };
  for (const line of data.split('\n')) {
    if (line.startsWith('-DOCSTART-')) endDoc();
    else if (!line.trim()) endSentence();
    else words.push(line.split(' ')[0]!);
  }
  endDoc();
  return docs;
}

function detokenize(words: readonly string[]): string {
  return words.join(' ').replace(/ ([.,;:!?%)'])/g, '$1').replace(/([($]) /g, '$1').replace(/ n't/g, "n't");
}

/**
 * `n` texts: the real ones first, then (when more are asked for) each new one the first paragraphs of
 * one real text and the remaining paragraphs of another, drawn with a fixed seed.
 */
export function benchTexts(real: readonly BenchText[], n: number, seed = 7): BenchText[] {
  if (real.length === 0) return [];
  const out = real.slice(0, n);
  const random = seededRandom(seed);
  const paragraphs = real.map((t) => t.text.split(/\n\s*\n|\n/).filter((p) => p.trim()));
  while (out.length < n) {
    const i = Math.floor(random() * real.length), j = Math.floor(random() * real.length);
    const a = paragraphs[i]!, b = paragraphs[j]!;
    const cut = Math.max(1, Math.ceil(a.length / 2));
    const text = [...a.slice(0, cut), ...b.slice(Math.min(b.length - 1, cut))].join('\n\n');
    out.push({ origin: `varied/${out.length}`, text, ...(real[i]!.title ? { title: real[i]!.title } : {}), ...(real[i]!.published ? { published: real[i]!.published } : {}) });
  }
  return out;
}
