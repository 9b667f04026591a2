// Builds the derivation set (`corroborate eval derivation FILE`) from ../shared/data, outside the repo
// (third-party text never enters it): real reports of one event that are independent of each other (the
// outlets of an ECB+ sub-topic, the reports of one GVA incident) plus copies and rewrites of some of
// them made by scripted edits. Every record: `{id, text, title?, published?, source, group, from?, kind?}`
// with `from`/`kind` the gold derivation. Groups alternate between tune.jsonl (thresholds are chosen on
// it: scripts/derivation/tune.ts) and test.jsonl (reported).
//
//   node dist/scripts/derivation/build-set.js OUTDIR [DATA_DIR=../shared/data]
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom, shuffle } from '../../src/core/random.js';
import { containment, shingleSet } from '../../src/analyze/copies/shingles.js';

export interface SetRecord {
  id: string; text: string; title?: string; published?: string; source: string; group: string;
  from?: string; kind?: 'copy' | 'rewrite'; edits?: string[];
}

interface Real { id: string; text: string; title?: string; published?: string; source: string; cluster: string }

const random = seededRandom(15);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const paragraphs = (text: string) => text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
const sentencesOf = (p: string) => p.match(/[^.!?]+(?:[.!?]+["”’)]?\s*|$)/g)?.map((s) => s.trim()).filter(Boolean) ?? [p];

// Our own boilerplate (written here, not taken from any page): what outlets wrap a story they run in.
const BOILERPLATE = ['Copyright 2016 {S}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Follow {S} on Facebook and Twitter for the latest local news.', 'Click here to sign up for the {S} morning newsletter.',
  'Have a news tip? Email the {S} newsroom.', 'Related coverage: more stories from {S}.'];
const OUTLETS = ['Daily Courier', 'Metro Herald', 'Valley News Network', 'The Morning Post', 'Channel 7 News', 'Coastal Times', 'Evening Star'];
// Everyday rewordings a rewrite makes (ours; applied word by word, whole words only).
const REWORD: Record<string, string> = {
  said: 'stated', says: 'states', told: 'informed', police: 'officers', officials: 'authorities', killed: 'slain', shot: 'wounded by gunfire',
  man: 'male', woman: 'female', car: 'vehicle', home: 'residence', house: 'residence', hospital: 'medical center', died: 'passed away',
  after: 'following', before: 'prior to', about: 'around', near: 'close to', also: 'additionally', arrested: 'taken into custody',
  announced: 'revealed', found: 'discovered', investigation: 'inquiry', suspect: 'alleged gunman', victim: 'injured party', later: 'subsequently',
};

function readReal(dataDir: string): Real[] {
  const out: Real[] = [];
  const read = (file: string, prefix: string) => {
    if (!existsSync(file)) return;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; text: string; title?: string; published?: string; url?: string; cluster: string | number };
      const source = r.url ? (new URL(r.url.replace(/^.*?\/(https?:\/\/)/, '$1')).hostname.replace(/^www\./, '')) : `outlet ${r.id}`;
      out.push({ id: `${prefix}${r.id}`, text: r.text, ...(r.title ? { title: r.title } : {}), ...(r.published ? { published: r.published } : {}), source, cluster: `${prefix}${r.cluster}` });
    }
  };
  read(join(dataDir, 'ecbplus', 'dev.jsonl'), 'ecb:');
  read(join(dataDir, 'gva', 'articles.jsonl'), 'gva:');
  return out;
}

const laterDay = (day: string | undefined, by: number) => {
  if (!day) return undefined;
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
};

/** A copy: the same report with one to three of the edits outlets make when they run it. */
function copyOf(o: Real, other: Real, n: number): SetRecord {
  let paras = paragraphs(o.text);
  const outlet = pick(OUTLETS), edits: string[] = [];
  const recipes = ['cut ending', 'new headline', 'local paragraph', 'boilerplate', 'source line', 'trailing newline'];
  shuffle(recipes, random);
  let title = o.title;
  for (const edit of recipes.slice(0, 1 + Math.floor(random() * 3))) {
    if (edit === 'cut ending' && paras.length >= 3) paras = paras.slice(0, Math.max(2, Math.ceil(paras.length * (0.5 + random() * 0.3))));
    else if (edit === 'new headline') title = other.title ?? paragraphs(other.text)[0]!.slice(0, 90);
    else if (edit === 'local paragraph') { const p = pick(paragraphs(other.text)); paras.splice(1 + Math.floor(random() * paras.length), 0, p); }
    else if (edit === 'boilerplate') paras = [...paras, ...BOILERPLATE.slice(0, 1 + Math.floor(random() * 3)).map((b) => b.replaceAll('{S}', outlet))];
    else if (edit === 'source line') paras = [`By staff, ${outlet}`, ...paras];
    else if (edit === 'trailing newline') paras = [...paras, ''];
    else continue;
    edits.push(edit);
  }
  return { id: `${o.id}~copy${n}`, text: paras.join('\n\n'), ...(title ? { title } : {}), ...maybe('published', laterDay(o.published, Math.floor(random() * 2))),
    source: outlet, group: o.cluster, from: o.id, kind: 'copy', edits };
}

/** A rewrite: sentences dropped, reworded, clauses swapped, words cut, and a few sentences of its own added. */
function rewriteOf(o: Real, other: Real, n: number): SetRecord {
  const out: string[] = [];
  for (const p of paragraphs(o.text)) {
    const kept: string[] = [];
    for (const s of sentencesOf(p)) {
      if (random() < 0.15) continue;
      let words = s.split(/\s+/).map((w) => { const bare = w.toLowerCase().replace(/\W+$/, ''); const r = REWORD[bare]; return r && random() < 0.7 ? w.replace(/^\w+/, r) : w; });
      words = words.filter((_, i) => i === 0 || random() > 0.08);
      let sentence = words.join(' ');
      const comma = sentence.indexOf(', ');
      if (comma > 20 && random() < 0.3) sentence = `${sentence.slice(comma + 2).replace(/[.!?]+$/, '')}, ${sentence.slice(0, comma)}.`;
      kept.push(sentence);
    }
    if (kept.length) out.push(kept.join(' '));
  }
  const own = sentencesOf(pick(paragraphs(other.text))).slice(0, 2).join(' ');
  out.splice(Math.min(out.length, 1 + Math.floor(random() * 2)), 0, own);
  return { id: `${o.id}~rewrite${n}`, text: out.join('\n\n'), title: other.title ?? `Report: ${paragraphs(o.text)[0]!.slice(0, 60)}`,
    ...maybe('published', laterDay(o.published, Math.floor(random() * 3))), source: pick(OUTLETS), group: o.cluster, from: o.id, kind: 'rewrite', edits: ['rewrite'] };
}

/**
 * Real reports of one event are not all independent: outlets run agency and network stories, and
 * newsrooms post updated versions that keep paragraphs (ECB+ and GVA hold such pairs). Whether such a
 * pair is one source or two the data cannot say, so a real report that shares a run of VERBATIM_RUN
 * words or more (outside quotation marks) with an earlier one of its event is left out of the set: the
 * real reports kept are independent, and the test shares no feature or threshold with the detector.
 */
const VERBATIM_RUN = 25;
function independentOnly(records: SetRecord[]): SetRecord[] {
  const words = (t: string) => t.replace(/[“"][^“”"]*[”"]/g, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sets = records.map((r) => { const w = words(r.text); return w.length >= VERBATIM_RUN ? shingleSet(w, VERBATIM_RUN) : new Set<number>(); });
  const order = records.map((_, i) => i).sort((i, j) => (records[i]!.published ?? '9999').localeCompare(records[j]!.published ?? '9999') || i - j);
  const kept: number[] = [];
  for (const i of order) if (!kept.some((j) => containment(sets[i]!, sets[j]!) > 0)) kept.push(i);
  return kept.sort((x, y) => x - y).map((i) => records[i]!);
}

const maybe = <K extends string>(k: K, v: string | undefined) => (v ? { [k]: v } as Record<K, string> : {});

function main(): void {
  const [outDir, dataDir = '../shared/data'] = process.argv.slice(2);
  if (!outDir) { process.stderr.write('usage: build-set OUTDIR [DATA_DIR]\n'); process.exitCode = 2; return; }
  const real = readReal(dataDir).filter((r) => paragraphs(r.text).join(' ').split(/\s+/).length >= 60);
  if (!real.length) { process.stderr.write(`no ECB+ or GVA articles under ${dataDir}\n`); process.exitCode = 1; return; }
  const clusters = new Map<string, Real[]>();
  for (const r of real) clusters.set(r.cluster, [...(clusters.get(r.cluster) ?? []), r]);
  // every ECB+ sub-topic, and GVA incidents: those with several reports, and as many single-report ones
  const keys = [...clusters.keys()].filter((k) => k.startsWith('ecb:') || clusters.get(k)!.length > 1);
  const singles = [...clusters.keys()].filter((k) => k.startsWith('gva:') && clusters.get(k)!.length === 1);
  shuffle(singles, random);
  keys.push(...singles.slice(0, 150));
  const sets: Record<'tune' | 'test', SetRecord[]> = { tune: [], test: [] };
  let dropped = 0;
  keys.forEach((key, g) => {
    let members = clusters.get(key)!;
    const all: SetRecord[] = members.map((r) => ({ id: r.id, text: r.text, ...(r.title ? { title: r.title } : {}), ...maybe('published', r.published), source: r.source, group: key }));
    const records = independentOnly(all);
    dropped += all.length - records.length;
    const keptIds = new Set(records.map((r) => r.id));
    members = members.filter((m) => keptIds.has(m.id));
    // derivatives of one or two members; what they add comes from a report of another event
    const originals = [...members]; shuffle(originals, random);
    originals.slice(0, random() < 0.4 ? 2 : 1).forEach((o, n) => {
      const other = pick(real.filter((r) => r.cluster !== key));
      const roll = random();
      if (roll < 0.45) records.push(copyOf(o, other, n));
      else if (roll < 0.8) records.push(rewriteOf(o, other, n));
      else records.push(copyOf(o, other, n), rewriteOf(o, pick(real.filter((r) => r.cluster !== key)), n));
    });
    sets[g % 2 === 0 ? 'tune' : 'test'].push(...records);
  });
  process.stdout.write(`${dropped} real reports left out: each shares a ${VERBATIM_RUN}-word run with an earlier report of its event\n`);
  mkdirSync(outDir, { recursive: true });
  for (const [name, records] of Object.entries(sets)) {
    writeFileSync(join(outDir, `${name}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const derived = records.filter((r) => r.from).length;
    process.stdout.write(`${name}.jsonl: ${records.length} records, ${new Set(records.map((r) => r.group)).size} groups, ${derived} derived (${records.filter((r) => r.kind === 'copy').length} copies, ${records.filter((r) => r.kind === 'rewrite').length} rewrites)\n`);
  }
}

main();
