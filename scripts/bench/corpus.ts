import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One generated input file: name (its extension picks the reader) and bytes. */
export interface CorpusFile { origin: string; bytes: Buffer }

const NAMES = ['Amina Rashidi', 'Joseph Okello', 'Grace Temba', 'Halima Said', 'David Mwakyusa', 'Rehema Kombo', 'Neema Mushi', 'Kassim Mollel'];
const PLACES = ['Mwanza', 'Kisumu', 'Entebbe', 'Bukoba', 'Musoma', 'Jinja', 'Kampala', 'Dodoma'];

/**
 * A corpus of at least `minBytes` built from our own examples with variations: names, places
 * and figures swapped, paragraphs repeated in shifted order, so no two articles are identical.
 */
export function buildCorpus(examplesDir: string, minBytes: number): CorpusFile[] {
  const templates = readdirSync(examplesDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(txt|html)$/.test(e.name))
    .map((e) => ({ ext: e.name.split('.').pop()!, text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
  const files: CorpusFile[] = [];
  let total = 0;
  for (let i = 0; total < minBytes; i++) {
    const t = templates[i % templates.length]!;
    const swap = (list: string[]) => (s: string) => list[(list.indexOf(s) + i) % list.length]!;
    let text = t.text
      .replace(new RegExp(NAMES.join('|'), 'g'), swap(NAMES))
      .replace(new RegExp(PLACES.join('|'), 'g'), swap(PLACES))
      .replace(/\b\d{1,3}\b/g, (n) => String((Number(n) + i) % 97));
    // Longer articles: repeat the body paragraphs in a shifted order.
    const paras = text.split('\n\n');
    if (t.ext === 'txt' && paras.length > 3) {
      const body = paras.slice(1, -1);
      const extra = body.map((_, k) => body[(k + i) % body.length]!);
      text = [...paras.slice(0, -1), ...extra, paras[paras.length - 1]!].join('\n\n');
    }
    const bytes = Buffer.from(text);
    files.push({ origin: `bench/${i}.${t.ext}`, bytes });
    total += bytes.length;
  }
  return files;
}
