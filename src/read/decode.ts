import { gunzipSync } from 'node:zlib';

export type Decoded =
  | { ok: true; text: string; encoding: string; note?: string; rule?: 'not-utf8' | 'bad-utf8'; badLines?: BadLine[] }
  | { ok: false; rule: 'empty-file' | 'binary-file' | 'bad-gzip' | 'too-large' | 'undecodable'; message: string };

/** A line of a line-record input that is not text: left out (blank) of the decoded text, reported by its number. */
export interface BadLine { line: number; rule: 'binary-line' | 'bad-utf8-line'; problem: string }

export interface DecodeOptions {
  /** Largest decoded input: gzip stops unpacking past it (a small gzip can expand a thousandfold). */
  maxBytes?: number;
  /** Line records (JSONL): binary content is judged per line by the reader, not for the whole input. */
  lineRecords?: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8');
/**
 * Text with invalid UTF-8 is read as UTF-8 (each bad sequence becoming U+FFFD) while at most this share of its
 * non-ASCII sequences are invalid: Windows-1252 text is invalid at nearly every non-ASCII byte, UTF-8 text with
 * a stray byte at almost none. Half is the plain majority between the two readings.
 */
const MAX_INVALID_SHARE = 0.5;

/**
 * Bytes to text, saying which encoding was used and why. Order: gzip magic (unpacked up to the cap), BOMs,
 * strict UTF-8, a charset the document declares (HTML meta, XML prolog), UTF-8 with a few bad sequences
 * replaced, then Windows-1252, which is what "Latin-1" text almost always is (WHATWG maps the latin1
 * label to it too). Never throws: what cannot be decoded is a refusal with a reason.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  try {
    return decodeBytes(bytes, options);
  } catch (e) {
    return { ok: false, rule: 'undecodable', message: `cannot be decoded (${(e as Error).message})` };
  }
}

function decodeBytes(bytes: Uint8Array, options: DecodeOptions): Decoded {
  const max = options.maxBytes ?? Infinity;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = Number.isFinite(max) ? gunzipSync(bytes, { maxOutputLength: max }) : gunzipSync(bytes);
    } catch (e) {
      if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return { ok: false, rule: 'too-large', message: `unpacks to over ${mb(max)}, the limit; skipped` };
      }
      return { ok: false, rule: 'bad-gzip', message: `looks gzipped but does not decompress (${(e as Error).message})` };
    }
  }
  if (bytes.length > max) return { ok: false, rule: 'too-large', message: `is ${mb(bytes.length)}, over the ${mb(max)} limit; skipped` };
  if (bytes.length === 0) return { ok: false, rule: 'empty-file', message: 'is empty' };
  if (options.lineRecords && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) return decodeLines(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (looksBinary(bytes)) return { ok: false, rule: 'binary-file', message: 'is a binary file, not text, HTML or a feed' };
  try {
    return finish(UTF8.decode(bytes), 'utf-8');
  } catch {
    const declared = declaredCharset(bytes);
    if (declared && /^(?:windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii)$/i.test(declared)) {
      return finish(decodeWindows1252(bytes), declared.toLowerCase(), `not UTF-8; decoded as ${declared}, as the document declares`);
    }
    if (declared && !/^utf-?8$/i.test(declared)) {
      try {
        return finish(new TextDecoder(declared).decode(bytes), declared.toLowerCase(), `not UTF-8; decoded as ${declared}, as the document declares`);
      } catch { /* unknown label: fall through to the byte-based guess */ }
    }
    const lenient = UTF8_LENIENT.decode(bytes);
    const { invalid, valid } = utf8Sequences(bytes, lenient);
    if (invalid <= MAX_INVALID_SHARE * (invalid + valid)) {
      return finish(lenient, 'utf-8', `UTF-8 with ${invalid} invalid byte sequence${invalid === 1 ? '' : 's'}, each replaced by U+FFFD`, 'bad-utf8');
    }
    const has1252Only = bytes.some((b) => b >= 0x80 && b <= 0x9f);
    const name = has1252Only ? 'windows-1252' : 'latin-1';
    return finish(decodeWindows1252(bytes), name, `not UTF-8; decoded as ${name}`);
  }
}

/**
 * Line records (JSONL) are UTF-8 by definition: each line is decoded on its own, and a line with NUL bytes,
 * many control characters or invalid UTF-8 is blanked (so line numbers hold) and reported, never the whole input.
 */
function decodeLines(bytes: Uint8Array): Decoded {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const lines: string[] = [];
  const badLines: BadLine[] = [];
  for (let from = start, n = 1; from <= bytes.length; n++) {
    let to = bytes.indexOf(0x0a, from);
    if (to < 0) to = bytes.length;
    const line = bytes.subarray(from, to);
    from = to + 1;
    if (looksBinary(line)) { badLines.push({ line: n, rule: 'binary-line', problem: 'holds binary data (NUL or control bytes)' }); lines.push(''); continue; }
    try { lines.push(UTF8.decode(line)); } catch {
      badLines.push({ line: n, rule: 'bad-utf8-line', problem: 'is not valid UTF-8' });
      lines.push('');
    }
  }
  const text = lines.join('\n');
  if (text.trim() === '' && badLines.length === 0) return { ok: false, rule: 'empty-file', message: 'holds only whitespace' };
  return { ok: true, text, encoding: 'utf-8', ...(badLines.length ? { badLines } : {}) };
}

/** Invalid UTF-8 sequences (U+FFFD the lenient decoding made, less those the bytes spelled out) and valid non-ASCII characters. */
function utf8Sequences(bytes: Uint8Array, lenient: string): { invalid: number; valid: number } {
  let replaced = 0, valid = 0, spelled = 0;
  for (let i = 0; i < lenient.length; i++) {
    const c = lenient.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) valid++;
  }
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) spelled++;
  return { invalid: replaced - spelled, valid: valid + spelled };
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, euro). Node's
// TextDecoder treats the label as Latin-1 and leaves these as C1 controls, so map them here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    parts.push(String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!));
  }
  return parts.join('');
}

function finish(text: string, encoding: string, note?: string, rule: 'not-utf8' | 'bad-utf8' = 'not-utf8'): Decoded {
  if (text.trim() === '') return { ok: false, rule: 'empty-file', message: 'holds only whitespace' };
  return note ? { ok: true, text, encoding, note, rule } : { ok: true, text, encoding };
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** NUL bytes or many control characters in the first 8 KB mean binary (as git and grep decide). */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / head.length > 0.1;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}
