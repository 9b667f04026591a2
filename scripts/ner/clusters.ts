// Word classes learned from unlabelled text (training only): each word with enough occurrences
// gets a vector of its left and right neighbours (positive PMI, randomly projected to DIM dims),
// and the vectors are split in two again and again (spherical 2-means), so a word's class is its
// path of left/right turns: a bit string whose prefixes are coarser classes, as Brown clusters are.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ConllDocument } from '../../src/analyze/entities/conll.js';
import { normalizeToken } from '../../src/analyze/entities/normalize.js';
import { seededRandom } from '../../src/core/random.js';
import { tokenize } from '../../src/analyze/tokens/tokenize.js';
import { type TaggedSentence, readPlainTexts, readRe3d } from './sources.js';

const MIN_COUNT = 3;
const CONTEXTS = 3000;
const DIM = 96;
const DEPTH = 20;

export function learnClusters(train: readonly ConllDocument[], gmb: readonly TaggedSentence[], log: (s: string) => void, cache: string): Map<string, string> {
  if (existsSync(cache)) {
    const m = new Map<string, string>();
    for (const line of readFileSync(cache, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) m.set(line.slice(0, tab), line.slice(tab + 1));
    }
    log(`clusters: ${m.size} words from ${cache}`);
    return m;
  }
  const sentences: string[][] = [];
  for (const d of train) for (const s of d) sentences.push(s.words);
  for (const s of gmb) sentences.push(s.words);
  for (const s of readRe3d()) sentences.push(s.words);
  for (const text of readPlainTexts()) {
    for (const line of text.split(/\n+/)) {
      const toks = tokenize(line).map((t) => t.text);
      if (toks.length) sentences.push(toks);
    }
  }
  const corpus = sentences.map((s) => s.map(normalizeToken));
  const counts = new Map<string, number>();
  let total = 0;
  for (const s of corpus) for (const w of s) { counts.set(w, (counts.get(w) ?? 0) + 1); total++; }
  const vocab = [...counts].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const ctxWords = vocab.slice(0, CONTEXTS);
  const ctxIndex = new Map(ctxWords.map((w, i) => [w, i]));
  log(`clusters: ${total} tokens, ${vocab.length} words, ${ctxWords.length} context words`);

  // Co-occurrence counts: context slot = position (-2, -1, +1, +2) x context word.
  const SLOTS = 4;
  const co: Map<number, number>[] = vocab.map(() => new Map());
  const ctxTotals = new Float64Array(SLOTS * CONTEXTS);
  for (const s of corpus) {
    for (let i = 0; i < s.length; i++) {
      const wi = index.get(s[i]!);
      if (wi === undefined) continue;
      const row = co[wi]!;
      for (const [slot, off] of [[0, -2], [1, -1], [2, 1], [3, 2]] as const) {
        const j = i + off;
        const c = j < 0 ? '<s>' : j >= s.length ? '</s>' : s[j]!;
        const ci = ctxIndex.get(c);
        if (ci === undefined) continue;
        const key = slot * CONTEXTS + ci;
        row.set(key, (row.get(key) ?? 0) + 1);
        ctxTotals[key]!++;
      }
    }
  }
  // Random projection of PPMI rows (a fixed +-1 matrix, seeded), then unit length.
  const random = seededRandom(7);
  const proj = new Float32Array(SLOTS * CONTEXTS * DIM);
  for (let k = 0; k < proj.length; k++) proj[k] = random() < 0.5 ? -1 : 1;
  const vecs = new Float32Array(vocab.length * DIM);
  let grand = 0;
  for (const v of ctxTotals) grand += v;
  for (let w = 0; w < vocab.length; w++) {
    const row = co[w]!;
    let rowTotal = 0;
    for (const v of row.values()) rowTotal += v;
    const base = w * DIM;
    for (const [key, v] of row) {
      const pmi = Math.log((v * grand) / (rowTotal * ctxTotals[key]!));
      if (pmi <= 0) continue;
      const p = key * DIM;
      for (let d = 0; d < DIM; d++) vecs[base + d]! += pmi * proj[p + d]!;
    }
    let norm = 0;
    for (let d = 0; d < DIM; d++) norm += vecs[base + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIM; d++) vecs[base + d]! /= norm;
  }
  // Bisect recursively.
  const paths = new Array<string>(vocab.length).fill('');
  const stack: { members: number[]; path: string }[] = [{ members: vocab.map((_, i) => i), path: '' }];
  while (stack.length) {
    const { members, path } = stack.pop()!;
    for (const m of members) paths[m] = path;
    if (members.length < 4 || path.length >= DEPTH) continue;
    const [a, b] = bisect(members, vecs);
    if (!a.length || !b.length) continue;
    stack.push({ members: a, path: path + '0' }, { members: b, path: path + '1' });
  }
  const out = new Map<string, string>();
  vocab.forEach((w, i) => out.set(w, paths[i]!));
  mkdirSync(dirname(cache), { recursive: true });
  writeFileSync(cache, vocab.map((w, i) => `${w}\t${paths[i]}`).join('\n'));
  log(`clusters: wrote ${cache}`);
  return out;
}

/** Spherical 2-means on unit vectors; seeds: the most frequent member and the member least like it. */
function bisect(members: readonly number[], vecs: Float32Array): [number[], number[]] {
  const c0 = new Float64Array(DIM), c1 = new Float64Array(DIM);
  const first = members[0]!;
  let far = first, farSim = Infinity;
  for (const m of members) {
    let s = 0;
    for (let d = 0; d < DIM; d++) s += vecs[first * DIM + d]! * vecs[m * DIM + d]!;
    if (s < farSim) { farSim = s; far = m; }
  }
  for (let d = 0; d < DIM; d++) { c0[d] = vecs[first * DIM + d]!; c1[d] = vecs[far * DIM + d]!; }
  let assign = new Uint8Array(members.length);
  for (let iter = 0; iter < 8; iter++) {
    const next = new Uint8Array(members.length);
    members.forEach((m, k) => {
      let s0 = 0, s1 = 0;
      for (let d = 0; d < DIM; d++) { const v = vecs[m * DIM + d]!; s0 += v * c0[d]!; s1 += v * c1[d]!; }
      next[k] = s1 > s0 ? 1 : 0;
    });
    c0.fill(0); c1.fill(0);
    members.forEach((m, k) => {
      const c = next[k] ? c1 : c0;
      for (let d = 0; d < DIM; d++) c[d]! += vecs[m * DIM + d]!;
    });
    const same = next.every((v, k) => v === assign[k]);
    assign = next;
    if (same && iter > 0) break;
  }
  const a: number[] = [], b: number[] = [];
  members.forEach((m, k) => (assign[k] ? b : a).push(m));
  return [a, b];
}
