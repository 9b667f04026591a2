import { gunzipSync } from 'node:zlib';

export type Decoded =
  | { ok: true; text: string; encoding: string; note?: string }
  | { ok: false; rule: 'empty-file' | 'binary-file' | 'bad-gzip'; message: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text, saying which encoding was used and why. Order: gzip magic, BOMs, strict UTF-8,
 * a charset the document declares (HTML meta, XML prolog), then Windows-1252, which is what
 * "Latin-1" text almost always is (WHATWG maps the latin1 label to it too).
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try { bytes = gunzipSync(bytes); } catch (e) {
      return { ok: false, rule: 'bad-gzip', message: `looks gzipped but does not decompress (${(e as Error).message})` };
    }
  }
  if (bytes.length === 0) return { ok: false, rule: 'empty-file', message: 'is empty' };
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
    const has1252Only = bytes.some((b) => b >= 0x80 && b <= 0x9f);
    const name = has1252Only ? 'windows-1252' : 'latin-1';
    return finish(decodeWindows1252(bytes), name, `not UTF-8; decoded as ${name}`);
  }
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, euro). Node's
// TextDecoder treats the label as Latin-1 and leaves these as C1 controls, so map them here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

function finish(text: string, encoding: string, note?: string): Decoded {
  if (text.trim() === '') return { ok: false, rule: 'empty-file', message: 'holds only whitespace' };
  return note ? { ok: true, text, encoding, note } : { ok: true, text, encoding };
}

/** NUL bytes or many control characters in the first 8 KB mean binary (as git and grep decide). */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
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
