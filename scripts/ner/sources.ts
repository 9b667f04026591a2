// Readers for the data in ../shared/data that training uses besides CoNLL (training only).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DATA = process.env.CORROBORATE_DATA ?? join(process.cwd(), '..', 'shared', 'data');

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** Parses one CSV line with double-quoted fields. */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') { v += '"'; i += 2; continue; }
        if (line[i] === '"') { i++; break; }
        v += line[i++];
      }
      out.push(v);
      i++; // the comma
    } else {
      const j = line.indexOf(',', i);
      const end = j < 0 ? line.length : j;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

/** GMB's ner_dataset.csv (Windows-1252): sentences with IOB2 tags over geo/gpe/org/per/tim/art/eve/nat. */
export function readGmb(): TaggedSentence[] {
  const path = join(DATA, 'gmb', 'ner_dataset.csv');
  if (!existsSync(path)) return [];
  const text = new TextDecoder('windows-1252').decode(readFileSync(path));
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence | undefined;
  const lines = text.split(/\r?\n/);
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line) continue;
    const f = csvFields(line);
    if (f.length < 4) continue;
    if (f[0]) { cur = { words: [], tags: [] }; out.push(cur); }
    if (!cur) continue;
    cur.words.push(f[1]!);
    cur.tags.push(f[f.length - 1]!);
  }
  return out;
}

/** Plain article texts: ECB+ dev.jsonl and the extraction benchmark's ground-truth bodies. */
export function readPlainTexts(): string[] {
  const out: string[] = [];
  const ecb = join(DATA, 'ecbplus', 'dev.jsonl');
  if (existsSync(ecb)) {
    for (const line of readFileSync(ecb, 'utf8').split('\n')) {
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  const gt = join(DATA, 'extraction', 'ground-truth.json');
  if (existsSync(gt)) {
    const d = JSON.parse(readFileSync(gt, 'utf8')) as Record<string, { articleBody: string }>;
    for (const k of Object.keys(d).sort()) out.push(d[k]!.articleBody);
  }
  return out;
}

/** Token lists of re3d (tab-separated `token tag`). */
export function readRe3d(): TaggedSentence[] {
  const path = join(DATA, 're3d', 'train.conll');
  if (!existsSync(path)) return [];
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) { if (cur.words.length) out.push(cur); cur = { words: [], tags: [] }; continue; }
    const [w, t] = line.split('\t');
    cur.words.push(w!);
    cur.tags.push(t ?? 'O');
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/** Lines of a PETRARCH2 / Phoenix dictionary file. */
export function readDictionary(name: string): string[] {
  const path = join(DATA, 'petrarch2', 'dictionaries', name);
  return existsSync(path) ? readFileSync(path, 'utf8').split(/\r?\n/) : [];
}

export function listDir(path: string): string[] {
  return existsSync(path) ? readdirSync(path).sort() : [];
}
