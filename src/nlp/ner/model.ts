import { gunzipSync, gzipSync } from 'node:zlib';
import { FeatureSpace, type PreparedDocument, globalFeatures, localFeatures, prepareDocument, summarizeFirstPass } from './features.js';
import { AtomTable, FeatureTable } from './table.js';
import { Gazetteer } from './gazetteer.js';
import { NUM_TAGS } from './tags.js';
import type { ChainWeights } from './train.js';
import { TRANS_SIZE, viterbi } from './viterbi.js';

const T = NUM_TAGS;
const MAGIC = 'corroborate-ner';
const VERSION = 1;

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
      else localFeatures(space, doc, s, i, add);
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

/** A trained two-pass tagger: the feature dictionary, resources, and one weight set per pass. */
export class NerModel {
  constructor(
    readonly space: FeatureSpace,
    readonly pass1: ChainWeights,
    readonly pass2: ChainWeights | undefined,
    readonly meta: Record<string, unknown> = {},
  ) {
    this.sparse = sparsify(pass2 ? [pass1, pass2] : [pass1], space.table.size);
  }

  private readonly sparse: SparseWeights;

  /** BILOU tags (see tags.ts) of each sentence of one document, given as token texts. */
  tagDocument(sentences: readonly (readonly string[])[]): Uint8Array[] {
    const doc = prepareDocument(sentences, this.space);
    const local = documentFeatures(this.space, doc);
    let maxLen = 1;
    for (const s of sentences) maxLen = Math.max(maxLen, s.length);
    const emit = new Float64Array(maxLen * T);
    const second = this.pass2 !== undefined;
    const localSecond: Float64Array[] = [];
    const tags = local.map((f, si) => {
      const n = sentences[si]!.length;
      const out = new Uint8Array(n);
      emit.fill(0, 0, n * T);
      const emit2 = second ? new Float64Array(n * T) : undefined;
      addEmissions(this.sparse, f.ids, f.offsets, n, emit, emit2);
      if (emit2) localSecond.push(emit2);
      viterbi(emit, n, this.pass1.trans, out);
      return out;
    });
    if (!this.pass2) return tags;
    const first = summarizeFirstPass(doc, tags);
    const global = documentFeatures(this.space, doc, first);
    return global.map((g, si) => {
      const n = sentences[si]!.length;
      const out = new Uint8Array(n);
      const emit2 = localSecond[si]!;
      addEmissions(this.sparse, g.ids, g.offsets, n, undefined, emit2);
      viterbi(emit2, n, this.pass2!.trans, out);
      return out;
    });
  }

  /**
   * The model as bytes (gzip): a JSON header, then the feature strings, the gazetteer, the
   * clusters, and the weights as sparse int16 rows (features whose weights all round to 0 are dropped).
   */
  serialize(): Buffer {
    const keys = this.space.table.keys();
    const numFeatures = keys.k1.length;
    const passes = [this.pass1, this.pass2].filter((p): p is ChainWeights => p !== undefined);
    // Keep a feature only if some pass gives it a weight that survives quantisation.
    const scales = passes.map((p) => {
      let max = 0;
      for (const v of p.weights) max = Math.max(max, Math.abs(v));
      return max / 32767 || 1;
    });
    const keep: number[] = [];
    for (let f = 0; f < numFeatures; f++) {
      let live = false;
      for (let p = 0; p < passes.length && !live; p++) {
        for (let t = 0; t < T; t++) if (Math.round((passes[p]!.weights[f * T + t] ?? 0) / scales[p]!) !== 0) { live = true; break; }
      }
      if (live) keep.push(f);
    }
    const rows = passes.map((p, pi) => {
      const parts: number[] = [];
      for (const f of keep) {
        const nz: number[] = [];
        for (let t = 0; t < T; t++) {
          const q = Math.round((p.weights[f * T + t] ?? 0) / scales[pi]!);
          if (q !== 0) nz.push(t, q);
        }
        parts.push(nz.length / 2, ...nz);
      }
      // Layout per row: count (uint8), then count x (tag uint8, value int16).
      const bytes = Buffer.alloc(keep.length + (parts.length - keep.length) / 2 * 3);
      let o = 0, k = 0;
      while (k < parts.length) {
        const cnt = parts[k++]!;
        bytes.writeUInt8(cnt, o++);
        for (let j = 0; j < cnt; j++) {
          bytes.writeUInt8(parts[k++]!, o++);
          bytes.writeInt16LE(parts[k++]!, o); o += 2;
        }
      }
      return bytes;
    });
    const k1 = new Int32Array(keep.length), k2 = new Int32Array(keep.length);
    keep.forEach((f, i) => { k1[i] = keys.k1[f]!; k2[i] = keys.k2[f]!; });
    const res = this.space.res;
    const text = (s: string) => Buffer.from(s, 'utf8');
    const sections = [
      text(this.space.atoms.strings.slice(1).join('\n')),
      text(this.space.shapes.strings.slice(1).join('\n')),
      Buffer.from(k1.buffer), Buffer.from(k2.buffer),
      text(res.gazetteer.serialize()),
      text([...res.clusters].map(([w, c]) => `${w}\t${c}`).join('\n')),
      ...rows,
    ];
    const header = Buffer.from(JSON.stringify({
      magic: MAGIC, version: VERSION, tags: T, features: keep.length, passes: passes.length,
      scales, trans: passes.map((p) => Array.from(p.trans, (v) => Math.round(v * 1000) / 1000)),
      sections: sections.map((s) => s.length), meta: this.meta,
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
    const atoms = AtomTable.from(['', ...lines(sections[0]!)]);
    const shapes = AtomTable.from(['', ...lines(sections[1]!)], 1023);
    const int32 = (b: Buffer) => { const a = new Int32Array(b.length / 4); Buffer.from(a.buffer).set(b); return a; };
    const table = FeatureTable.from(int32(sections[2]!), int32(sections[3]!));
    const gazetteer = Gazetteer.deserialize(sections[4]!.toString('utf8'));
    const clusters = new Map<string, string>();
    for (const line of lines(sections[5]!)) {
      const tab = line.indexOf('\t');
      clusters.set(line.slice(0, tab), line.slice(tab + 1));
    }
    const space = new FeatureSpace({ gazetteer, clusters }, atoms, shapes, table);
    space.freeze();
    const passes: ChainWeights[] = [];
    for (let p = 0; p < header.passes; p++) {
      const bytes = sections[6 + p]!;
      const scale = header.scales[p]!;
      const weights = new Float32Array(header.features * T);
      let k = 0;
      for (let f = 0; f < header.features; f++) {
        const cnt = bytes.readUInt8(k++);
        for (let j = 0; j < cnt; j++) {
          const t = bytes.readUInt8(k++);
          weights[f * T + t] = bytes.readInt16LE(k) * scale; k += 2;
        }
      }
      const trans = new Float32Array(TRANS_SIZE);
      trans.set(header.trans[p]!);
      passes.push({ weights, trans });
    }
    return new NerModel(space, passes[0]!, passes[1], header.meta);
  }
}
