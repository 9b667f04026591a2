import { gunzipSync, gzipSync } from 'node:zlib';
import type { Upos } from '../../core/model.js';
import { Lemmatizer } from './lemmatizer.js';
import { parseInput, Parser } from './parser.js';
import { Perceptron } from './perceptron.js';
import { TAGS, Tagger, type TagLexicon } from './tagger.js';
import { ACTIONS } from './transitions.js';
import { sentenceAtoms, udForms, WordAtomsMemo } from './wordform.js';

// The trained syntax model (models/syntax.bin): tagger, lemmatizer and parser in one gzip file.
// Layout: "corroborate-syntax\n", a JSON header line (version, label names, section sizes, the
// scale and width of each weight table, training facts), then the sections in the header's order.
// Weights are stored sparse and quantised (weight = q x scale, q an int16, or since version 3 an
// int8); a weight that rounds to 0 is dropped. Int8 loses nothing on UD dev and lets a loaded table
// keep 4 weights in one int32 (frozen.ts), but it moves downstream figures (models/README.md).

const MAGIC = 'corroborate-syntax';
const VERSION = 3;
/** Version 2 files: every table int16. */
const READABLE = [2, 3];

/** How many bits each stored weight keeps. */
export type WeightBits = 8 | 16;

/** One analysed word: UD part of speech, lemma, head (0-based within the sentence, -1 for the root) and relation. */
export interface AnalyzedWord {
  pos: Upos;
  lemma: string;
  head: number;
  dep: string;
}

export class SyntaxModel {
  readonly name = 'perceptron';
  /** Each word form's hashed atoms, computed once per form (deterministic: the output never depends on it). */
  private readonly atoms = new WordAtomsMemo();

  constructor(
    readonly tagger: Tagger,
    readonly parser: Parser,
    readonly lemmatizer: Lemmatizer,
    readonly meta: Record<string, unknown> = {},
  ) {}

  /** Tags, lemmatises and parses one sentence given as token texts (our tokenizer's or a treebank's). */
  analyze(tokens: readonly string[]): AnalyzedWord[] {
    if (tokens.length === 0) return [];
    const forms = udForms(tokens);
    const atoms = sentenceAtoms(forms, this.atoms);
    const ambiguity = this.tagger.ambiguity(forms);
    const tags = this.tagger.tagAtoms(forms, atoms, ambiguity);
    const { heads, deps } = this.parser.parse(parseInput(atoms, tags, ambiguity));
    return forms.map((f, i) => {
      const pos = TAGS[tags[i]!]!;
      return { pos, lemma: this.lemmatizer.lemma(f, pos), head: heads[i]!, dep: deps[i]! };
    });
  }

  serialize(bits: WeightBits = 16): Buffer {
    const tables = [this.tagger.weights, this.parser.actions, this.parser.labeller].map((p) => packWeights(p, bits));
    const lexicon = [...this.tagger.lexicon.fixed].map(([w, t]) => `${w}\t${t}`).join('\n');
    const ambiguity = [...this.tagger.lexicon.ambiguity].map(([w, m]) => `${w}\t${m}`).join('\n');
    const lemmas = [...this.lemmatizer.table].map(([k, l]) => `${k}\t${l}`).join('\n');
    const sections: Buffer[] = [];
    for (const t of tables) sections.push(t.keys, t.counts, t.classes, t.values);
    sections.push(Buffer.from(lexicon), Buffer.from(ambiguity), Buffer.from(lemmas));
    const header = { version: VERSION, labels: this.parser.labels, scales: tables.map((t) => t.scale), bits: tables.map(() => bits), rows: tables.map((t) => t.rows), sizes: sections.map((s) => s.length), meta: this.meta };
    return gzipSync(Buffer.concat([Buffer.from(`${MAGIC}\n${JSON.stringify(header)}\n`), ...sections]), { level: 9 });
  }

  static deserialize(bytes: Buffer): SyntaxModel {
    const raw = gunzipSync(bytes);
    const nl1 = raw.indexOf(10), nl2 = raw.indexOf(10, nl1 + 1);
    if (raw.subarray(0, nl1).toString() !== MAGIC) throw new Error('not a corroborate syntax model');
    const header = JSON.parse(raw.subarray(nl1 + 1, nl2).toString()) as { version: number; labels: string[]; scales: number[]; bits?: WeightBits[]; rows: number[]; sizes: number[]; meta: Record<string, unknown> };
    if (!READABLE.includes(header.version)) throw new Error(`syntax model version ${header.version}, expected one of ${READABLE.join(', ')}`);
    let at = nl2 + 1, next = 0;
    const take = () => { const size = header.sizes[next++]!; const b = Buffer.from(raw.subarray(at, at + size)); at += size; return b; };
    const widths = [TAGS.length, ACTIONS, header.labels.length];
    const [tagW, actW, labW] = widths.map((c, i) => unpackWeights(c, header.rows[i]!, header.scales[i]!, header.bits?.[i] ?? 16, take(), take(), take(), take()));
    const lines = (b: Buffer) => (b.length ? b.toString('utf8').split('\n').map((l) => l.split('\t')) : []);
    const fixed = new Map(lines(take()).map(([w, t]) => [w!, Number(t)] as const));
    const ambiguity = new Map(lines(take()).map(([w, m]) => [w!, Number(m)] as const));
    const table = new Map(lines(take()).map(([f, u, l]) => [`${f}\t${u}`, l!] as const));
    const lexicon: TagLexicon = { fixed, ambiguity };
    return new SyntaxModel(new Tagger(tagW!, lexicon), new Parser(actW!, labW!, header.labels), new Lemmatizer(table), header.meta);
  }
}

interface Packed { rows: number; scale: number; keys: Buffer; counts: Buffer; classes: Buffer; values: Buffer }

/** A weight table as sparse rows of `bits`-bit weights: keys, per row the count of its weights, their classes and values. */
function packWeights(p: Perceptron, bits: WeightBits): Packed {
  if (p.loadedOnly) throw new Error('a loaded syntax model cannot be saved again: save the trained one');
  const C = p.classes;
  let max = 0;
  for (let i = 0; i < p.rows * C; i++) max = Math.max(max, Math.abs(p.weights[i]!));
  const scale = max / (bits === 8 ? 127 : 32767) || 1;
  const keys: number[] = [], counts: number[] = [], classes: number[] = [], values: number[] = [];
  for (let r = 0; r < p.rows; r++) {
    const before = values.length;
    for (let c = 0; c < C; c++) {
      const q = Math.round(p.weights[r * C + c]! / scale);
      if (q !== 0) { classes.push(c); values.push(q); }
    }
    if (values.length === before) continue;
    keys.push(p.rowKeys[r]!);
    counts.push(values.length - before);
  }
  // keys sorted ascending and stored as differences: smaller after gzip
  const order = keys.map((_, i) => i);
  const starts: number[] = [];
  let s = 0;
  for (const c of counts) { starts.push(s); s += c; }
  order.sort((a, b) => keys[a]! - keys[b]!);
  const k = new Int32Array(order.length), n = new Uint8Array(order.length), cl = new Uint8Array(values.length), v = bits === 8 ? new Int8Array(values.length) : new Int16Array(values.length);
  let j = 0, prev = 0;
  order.forEach((i, o) => {
    k[o] = keys[i]! - prev; prev = keys[i]!;
    n[o] = counts[i]!;
    for (let m = 0; m < counts[i]!; m++) { cl[j] = classes[starts[i]! + m]!; v[j++] = values[starts[i]! + m]!; }
  });
  const buf = (a: Int32Array | Uint8Array | Int8Array | Int16Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return { rows: order.length, scale, keys: buf(k), counts: buf(n), classes: buf(cl), values: buf(v) };
}

function unpackWeights(C: number, rows: number, scale: number, bits: WeightBits, keys: Buffer, counts: Buffer, classes: Buffer, values: Buffer): Perceptron {
  const k = new Int32Array(keys.buffer, keys.byteOffset, rows);
  const v = bits === 8 ? new Int8Array(values.buffer, values.byteOffset, values.length) : new Int16Array(values.buffer, values.byteOffset, values.length / 2);
  const row = new Float32Array(C);
  return Perceptron.frozenFrom(C, rows, (put) => {
    let key = 0, j = 0;
    for (let r = 0; r < rows; r++) {
      key += k[r]!;
      row.fill(0);
      for (let m = 0; m < counts[r]!; m++, j++) row[classes[j]!] = v[j]! * scale;
      put(key, row);
    }
  }, scale);
}
