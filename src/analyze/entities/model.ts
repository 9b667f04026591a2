import { gunzipSync, gzipSync } from 'node:zlib';
import { FeatureSpace, type PreparedDocument, globalFeatures, localFeatures, prepareDocument, summarizeFirstPass } from './features.js';
import { AtomTable, FeatureTable } from './table.js';
import { Gazetteer } from './gazetteer.js';
import { NUM_TAGS } from './tags.js';
import type { ChainWeights } from './train.js';
import { TRANS_SIZE, viterbi, viterbiScratch } from './viterbi.js';

const T = NUM_TAGS;
const MAGIC = 'corroborate-ner';
const VERSION = 2;

/** Feature ids of every token of one sentence, CSR-style: token i owns ids[offsets[i]..offsets[i+1]]. */
export interface SentenceFeatures {
  ids: Int32Array;
  offsets: Int32Array;
}

/** Ids of the features of each token of each sentence: local ones, plus second-pass ones when `first` is given. */
export function documentFeatures(
  space: FeatureSpace,
  doc: PreparedDocument,
  first?: ReturnType<typeof summarizeFirstPass>,
  wordOnly = true,
): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  let buf = new Int32Array(1024);
  let len = 0;
  const add = (id: number) => {
    if (len === buf.length) { const b = new Int32Array(buf.length * 2); b.set(buf); buf = b; }
    buf[len++] = id;
  };
  doc.sentences.forEach((s, si) => {
    const n = s.words.length;
    const offsets = new Int32Array(n + 1);
    len = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = len;
      if (first) globalFeatures(space, first, s, si, i, add);
      else localFeatures(space, doc, s, i, add, wordOnly);
    }
    offsets[n] = len;
    out.push({ ids: buf.slice(0, len), offsets });
  });
  return out;
}

/**
 * Both passes' weights by feature row as (tag, weight) pairs, the first pass's entries of a row
 * followed by the second's, so one walk over a token's features scores it for both passes.
 */
export interface SparseWeights {
  start: Int32Array;
  mid: Int32Array;
  tags: Uint8Array;
  values: Float32Array;
}

export function sparsify(passes: readonly ChainWeights[], rows: number): SparseWeights {
  let nnz = 0;
  for (const w of passes) for (let k = 0; k < rows * T; k++) if ((w.weights[k] ?? 0) !== 0) nnz++;
  const start = new Int32Array(rows + 1), mid = new Int32Array(rows);
  const tags = new Uint8Array(nnz), values = new Float32Array(nnz);
  let k = 0;
  for (let f = 0; f < rows; f++) {
    start[f] = k;
    passes.forEach((w, p) => {
      if (p === 1) mid[f] = k;
      for (let t = 0; t < T; t++) {
        const v = w.weights[f * T + t] ?? 0;
        if (v !== 0) { tags[k] = t; values[k++] = v; }
      }
    });
    if (passes.length === 1) mid[f] = k;
  }
  start[rows] = k;
  return { start, mid, tags, values };
}

/**
 * Adds the emission scores of a sentence's features (n x T) to `emit1` (first-pass weights) and,
 * when given, to `emit2` (second-pass weights).
 */
function addEmissions(w: SparseWeights, ids: Int32Array, offsets: Int32Array, n: number, emit1: Float64Array | undefined, emit2: Float64Array | undefined): void {
  const { start, mid, tags, values } = w;
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const f = ids[k]!;
      const m = mid[f]!;
      if (emit1) for (let j = start[f]!; j < m; j++) emit1[base + tags[j]!]! += values[j]!;
      if (emit2) for (let j = m; j < start[f + 1]!; j++) emit2[base + tags[j]!]! += values[j]!;
    }
  }
}

/** A trained two-pass tagger: the feature space, and both passes' weights (sparse) and transitions. */
export class NerModel {
  constructor(
    readonly space: FeatureSpace,
    readonly weights: SparseWeights,
    /** Transition weights of each pass ((T + 1) x T; row 0 is the sentence start). */
    readonly trans: readonly Float32Array[],
    readonly meta: Record<string, unknown> = {},
  ) {}

  /** A model from dense per-pass weights (numFeatures x T each), as training makes them. */
  static fromDense(space: FeatureSpace, pass1: ChainWeights, pass2?: ChainWeights, meta: Record<string, unknown> = {}): NerModel {
    const passes = pass2 ? [pass1, pass2] : [pass1];
    return new NerModel(space, sparsify(passes, space.table.size), passes.map((p) => p.trans), meta);
  }

  /** Summed scores of a word type's own features, first pass then second pass (2 x T). */
  private wordScores(rows: Int32Array): Float32Array {
    const out = new Float32Array(2 * T);
    const { start, mid, tags, values } = this.weights;
    for (const f of rows) {
      for (let j = start[f]!; j < mid[f]!; j++) out[tags[j]!]! += values[j]!;
      for (let j = mid[f]!; j < start[f + 1]!; j++) out[T + tags[j]!]! += values[j]!;
    }
    return out;
  }

  /** BILOU tags (see tags.ts) of each sentence of one document, given as token texts. */
  tagDocument(sentences: readonly (readonly string[])[]): Uint8Array[] {
    const doc = prepareDocument(sentences, this.space);
    const local = documentFeatures(this.space, doc, undefined, false);
    let maxLen = 1;
    for (const s of sentences) maxLen = Math.max(maxLen, s.length);
    const emit = new Float64Array(maxLen * T);
    const scratch = viterbiScratch(maxLen);
    const trans2 = this.trans[1];
    // the second pass's local scores of every sentence, in one array (a view per sentence: no allocation each)
    let total = 0;
    for (const s of sentences) total += s.length;
    const second = trans2 ? new Float64Array(total * T) : undefined;
    let at = 0;
    const localSecond: Float64Array[] = [];
    const tags = local.map((f, si) => {
      const n = sentences[si]!.length;
      const out = new Uint8Array(n);
      emit.fill(0, 0, n * T);
      const emit2 = second ? second.subarray(at * T, (at + n) * T) : undefined;
      at += n;
      addEmissions(this.weights, f.ids, f.offsets, n, emit, emit2);
      const words = doc.sentences[si]!.words;
      for (let i = 0; i < n; i++) {
        const w = words[i]!;
        const v = w.scores ?? (w.scores = this.wordScores(w.rows));
        const base = i * T;
        for (let t = 0; t < T; t++) emit[base + t]! += v[t]!;
        if (emit2) for (let t = 0; t < T; t++) emit2[base + t]! += v[T + t]!;
      }
      if (emit2) localSecond.push(emit2);
      viterbi(emit, n, this.trans[0]!, out, scratch);
      return out;
    });
    if (!trans2) return tags;
    const first = summarizeFirstPass(doc, tags);
    const global = documentFeatures(this.space, doc, first);
    return global.map((g, si) => {
      const n = sentences[si]!.length;
      const out = new Uint8Array(n);
      const emit2 = localSecond[si]!;
      addEmissions(this.weights, g.ids, g.offsets, n, undefined, emit2);
      viterbi(emit2, n, trans2, out, scratch);
      return out;
    });
  }

  /**
   * The model as bytes (gzip): a JSON header, then the atoms, shapes and feature keys, the
   * gazetteer and the clusters, and the weights as int16 (scaled per pass). A weight that rounds
   * to 0 is dropped, and so is a feature left with none.
   */
  serialize(): Buffer {
    const { start, mid, tags, values } = this.weights;
    const passes = this.trans.length;
    const rows = start.length - 1;
    const scales = [0, 0].slice(0, passes);
    for (let f = 0; f < rows; f++) {
      for (let j = start[f]!; j < start[f + 1]!; j++) {
        const p = j < mid[f]! ? 0 : 1;
        scales[p] = Math.max(scales[p]!, Math.abs(values[j]!));
      }
    }
    for (let p = 0; p < passes; p++) scales[p] = scales[p]! / 32767 || 1;
    const keys = this.space.table.keys();
    const k1: number[] = [], k2: number[] = [], outStart: number[] = [], outMid: number[] = [], outTags: number[] = [], outValues: number[] = [];
    for (let f = 0; f < rows; f++) {
      const first = outTags.length;
      let m = -1;
      for (let j = start[f]!; j < start[f + 1]!; j++) {
        if (j === mid[f]!) m = outTags.length;
        const q = Math.round(values[j]! / scales[j < mid[f]! ? 0 : 1]!);
        if (q !== 0) { outTags.push(tags[j]!); outValues.push(q); }
      }
      if (m < 0) m = outTags.length;
      if (outTags.length === first) continue;
      k1.push(keys.k1[f]!); k2.push(keys.k2[f]!); outStart.push(first); outMid.push(m);
    }
    outStart.push(outTags.length);
    const res = this.space.res;
    const text = (s: string) => Buffer.from(s, 'utf8');
    const bytes = (a: Int32Array | Int16Array | Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const sections = [
      text(this.space.atoms.strings.slice(1).join('\n')),
      text(this.space.shapes.strings.slice(1).join('\n')),
      bytes(Int32Array.from(k1)), bytes(Int32Array.from(k2)),
      text(res.gazetteer.serialize()),
      text([...res.clusters].map(([w, c]) => `${w}\t${c}`).join('\n')),
      bytes(Int32Array.from(outStart)), bytes(Int32Array.from(outMid)), bytes(Uint8Array.from(outTags)), bytes(Int16Array.from(outValues)),
    ];
    const header = Buffer.from(JSON.stringify({
      magic: MAGIC, version: VERSION, tags: T, features: k1.length, passes, scales,
      trans: this.trans.map((t) => Array.from(t, (v) => Math.round(v * 1000) / 1000)),
      sections: sections.map((x) => x.length), meta: this.meta,
    }), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(header.length, 0);
    return gzipSync(Buffer.concat([len, header, ...sections]), { level: 9 });
  }

  static deserialize(data: Buffer): NerModel {
    const buf = data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data;
    const hlen = buf.readUInt32LE(0);
    const header = JSON.parse(buf.subarray(4, 4 + hlen).toString('utf8')) as {
      magic: string; version: number; tags: number; features: number; passes: number; scales: number[];
      trans: number[][]; sections: number[]; meta: Record<string, unknown>;
    };
    if (header.magic !== MAGIC || header.version !== VERSION || header.tags !== T) {
      throw new Error(`not a corroborate NER model (version ${VERSION})`);
    }
    let o = 4 + hlen;
    const sections = header.sections.map((len) => { const s = buf.subarray(o, o + len); o += len; return s; });
    const lines = (b: Buffer) => { const t = b.toString('utf8'); return t ? t.split('\n') : []; };
    // Copies into fresh (aligned) typed arrays.
    const int32 = (b: Buffer) => { const a = new Int32Array(b.length / 4); new Uint8Array(a.buffer).set(b); return a; };
    const int16 = (b: Buffer) => { const a = new Int16Array(b.length / 2); new Uint8Array(a.buffer).set(b); return a; };
    const atoms = AtomTable.from(['', ...lines(sections[0]!)]);
    const shapes = AtomTable.from(['', ...lines(sections[1]!)], 1023);
    const table = FeatureTable.from(int32(sections[2]!), int32(sections[3]!));
    const gazetteer = Gazetteer.deserialize(sections[4]!.toString('utf8'));
    const clusters = new Map<string, string>();
    for (const line of lines(sections[5]!)) {
      const tab = line.indexOf('\t');
      clusters.set(line.slice(0, tab), line.slice(tab + 1));
    }
    const space = new FeatureSpace({ gazetteer, clusters }, atoms, shapes, table);
    space.freeze();
    const start = int32(sections[6]!), mid = int32(sections[7]!);
    const tags = new Uint8Array(sections[8]!);
    const q = int16(sections[9]!);
    const values = new Float32Array(q.length);
    const [s1 = 1, s2 = 1] = header.scales;
    for (let f = 0; f < header.features; f++) {
      for (let j = start[f]!; j < start[f + 1]!; j++) values[j] = q[j]! * (j < mid[f]! ? s1 : s2);
    }
    const trans = header.trans.map((t) => { const a = new Float32Array(TRANS_SIZE); a.set(t); return a; });
    return new NerModel(space, { start, mid, tags, values }, trans, header.meta);
  }
}
