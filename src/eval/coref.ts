import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { resolveStoryEntities } from '../story/entities/story-entities.js';
import { createStoryContext } from '../story/context.js';
import { readStory } from '../story/reading.js';
import type { AnalyzedArticle, ArticleId, EntityType, Mention } from '../core/model.js';
import { scoreClusters, type Clusters, type Prf } from './metrics.js';

// Cross-document entity coreference on ECB+ from gold mentions. Mentions: the HUMAN_PART_* and LOC_*
// markables that are proper names, in the sentences coreference_sentences.csv lists (the ones whose
// annotation is complete). Gold chains: CROSS_DOC_COREF instances, else INTRA_DOC_COREF chains, else
// singletons. Each topic's documents are resolved together as one story, by the same code that
// resolves a story's entities. Scores: MUC, B³ and CEAF-e F1 with singletons kept, and their mean
// (the CoNLL F1), all on a 0..100 scale.

export interface CorefScores { conllF1: number; muc: number; b3: number; ceafE: number }

// ---------------------------------------------------------------- ECB+ reading

interface EcbToken { id: number; sentence: number; number: number; text: string }
interface EcbMention { id: string; tag: string; tokens: number[] }
export interface EcbDoc { name: string; topic: string; tokens: EcbToken[]; mentions: EcbMention[]; chainOf: Map<string, string> }

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Parses one ECB+ document: tokens, markables and the chain each markable belongs to. */
export function parseEcbDoc(name: string, xml: string): EcbDoc {
  const tokens: EcbToken[] = [];
  for (const m of xml.matchAll(/<token\s+t_id="(\d+)"\s+sentence="(\d+)"\s+number="(\d+)"\s*>([^<]*)<\/token>/g))
    tokens.push({ id: Number(m[1]), sentence: Number(m[2]), number: Number(m[3]), text: unescape(m[4]!) });
  const markables = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  const mentions: EcbMention[] = [];
  for (const m of markables.matchAll(/<([A-Z_]+)\s+m_id="(\d+)"[^>]*?>([\s\S]*?)<\/\1>/g)) {
    const anchors = [...m[3]!.matchAll(/<token_anchor\s+t_id="(\d+)"/g)].map((a) => Number(a[1]));
    if (anchors.length) mentions.push({ id: m[2]!, tag: m[1]!, tokens: anchors });
  }
  const chainOf = new Map<string, string>();
  const relations = /<Relations>([\s\S]*?)<\/Relations>/.exec(xml)?.[1] ?? '';
  for (const r of relations.matchAll(/<(CROSS_DOC_COREF|INTRA_DOC_COREF)\s+r_id="(\d+)"([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const note = /note="([^"]*)"/.exec(r[3]!)?.[1];
    const target = /<target\s+m_id="(\d+)"/.exec(r[4]!)?.[1];
    const chain = r[1] === 'CROSS_DOC_COREF' && note ? `x:${note}` : `i:${name}:${target ?? r[2]}`;
    for (const s of r[4]!.matchAll(/<source\s+m_id="(\d+)"/g)) chainOf.set(s[1]!, chain);
  }
  const topic = /^(\d+)_/.exec(name)?.[1] ?? '0';
  return { name, topic, tokens, mentions, chainOf };
}

const TYPE_OF: Readonly<Record<string, EntityType>> = {
  HUMAN_PART_PER: 'PER', HUMAN_PART_ORG: 'ORG', HUMAN_PART_GPE: 'LOC', HUMAN_PART_FAC: 'LOC', LOC_GEO: 'LOC', LOC_FAC: 'LOC', LOC_OTHER: 'LOC',
};
const FUNCTION_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'for', 'de', 'del', 'la', 'le', 'van', 'von', 'al', 'bin', 'ibn', 'da', 'du', 'y', 'on', 'in', 'at', 'to', 'from', 'near', '&']);
const PRONOUNS = new Set('i he she it they we you him her them his hers its their theirs our ours who whom this that these those there here'.split(' '));

/**
 * A proper name: past a leading preposition or determiner, every content word is capitalised
 * (function words such as "of" aside), and either one of them the topic never writes in lower case
 * or several stand capitalised inside a sentence: "Betty Ford Center" and "Associated Press" are
 * names, a sentence-initial "Police" or a headline's "DRIVER" are not.
 */
export function isProperName(words: readonly EcbToken[], lowerSeen: ReadonlySet<string>): boolean {
  const content = words.filter((w) => /\p{L}/u.test(w.text) && !/^['’]s?$/.test(w.text) && !FUNCTION_WORDS.has(w.text.toLowerCase()));
  if (!content.length) return false;
  if (content.length === 1 && PRONOUNS.has(content[0]!.text.toLowerCase())) return false;
  if (!content.every((w) => /^\p{Lu}/u.test(w.text))) return false;
  if (content.some((w) => !lowerSeen.has(w.text.toLowerCase()))) return true;
  // Common words capitalised together inside a sentence name something ("Associated Press", "Middle East").
  return content.length >= 2 && content[0]!.number > 0 && !content.every((w) => w.text === w.text.toUpperCase());
}

interface Prepared { articles: AnalyzedArticle[]; gold: Map<string, string>; ids: Map<Mention, string> }

/** One topic's documents as articles whose mentions are the gold proper-name mentions of listed sentences (all, without a list). */
export function prepareTopic(docs: readonly EcbDoc[], listed: ReadonlySet<string> | undefined): Prepared {
  // Words the topic writes in lower case, URLs aside (ECB+ gives each page's address, or a lower-cased title, as sentence 0).
  const lowerSeen = new Set<string>();
  for (const d of docs) {
    const urls = new Set(d.tokens.filter((t) => t.sentence === 0 || /^(?:https?|www)$/i.test(t.text)).map((t) => t.sentence));
    for (const t of d.tokens) if (!urls.has(t.sentence) && /^\p{Ll}/u.test(t.text)) lowerSeen.add(t.text);
  }
  const gold = new Map<string, string>(), ids = new Map<Mention, string>();
  const articles = docs.map((d): AnalyzedArticle => {
    const stem = d.name.replace(/\.xml$/, '').replace(/^\d+_/, '');
    const offsets = new Map<number, { start: number; end: number }>();
    let text = '', sentence = -1;
    for (const t of d.tokens) {
      if (text) text += t.sentence !== sentence ? '\n' : ' ';
      sentence = t.sentence;
      offsets.set(t.id, { start: text.length, end: text.length + t.text.length });
      text += t.text;
    }
    const byId = new Map(d.tokens.map((t) => [t.id, t]));
    const mentions: Mention[] = [];
    for (const m of d.mentions) {
      const type = TYPE_OF[m.tag];
      const words = m.tokens.map((t) => byId.get(t)).filter((t): t is EcbToken => !!t).sort((a, b) => a.id - b.id);
      if (!type || !words.length || (listed && !words.every((w) => listed.has(`${d.topic}/${stem}/${w.sentence}`)))) continue;
      if (!isProperName(words, lowerSeen)) continue;
      const start = offsets.get(words[0]!.id)!.start, end = offsets.get(words.at(-1)!.id)!.end;
      const mention: Mention = { start, end, text: text.slice(start, end), type };
      const id = `${d.name}#${m.id}`;
      ids.set(mention, id);
      gold.set(id, d.chainOf.get(m.id) ?? `s:${id}`);
      mentions.push(mention);
    }
    return {
      id: d.name as ArticleId, origin: d.name, source: { name: 'ecb+' }, language: 'eng', text,
      segments: text ? [{ start: 0, end: text.length, kind: 'body' }] : [], mentions, diagnostics: [],
    };
  });
  return { articles, gold, ids };
}

function group(pairs: Iterable<[string, string]>): string[][] {
  const by = new Map<string, string[]>();
  for (const [mention, chain] of pairs) { const l = by.get(chain); if (l) l.push(mention); else by.set(chain, [mention]); }
  return [...by.values()];
}

async function readListed(dir: string): Promise<Set<string> | undefined> {
  for (const path of [join(dir, 'coreference_sentences.csv'), join(dir, '..', 'coreference_sentences.csv'), join(dir, 'ECBplus_coreference_sentences.csv')]) {
    const csv = await readFile(path, 'utf8').catch(() => undefined);
    if (csv === undefined) continue;
    const out = new Set<string>();
    for (const line of csv.split(/\r?\n/).slice(1)) {
      const [topic, file, sentence] = line.split(',').map((s) => s.trim());
      if (topic && file && sentence) out.add(`${topic}/${file}/${sentence}`);
    }
    return out;
  }
  return undefined;
}

async function readDocs(dir: string): Promise<EcbDoc[]> {
  const out: EcbDoc[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.xml')) out.push(parseEcbDoc(basename(p), await readFile(p, 'utf8')));
    }
  };
  await walk(dir);
  return out.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

const pct = (x: number) => (100 * x).toFixed(2);
const line = (name: string, s: Prf) => `${name} recall ${pct(s.recall)} precision ${pct(s.precision)} f1 ${pct(s.f1)}`;

/** `corroborate eval coref DIR`: DIR is ECB+'s xml folder (topic sub-folders), coreference_sentences.csv in it or beside it. */
export async function evalCoref(dir: string, out: (line: string) => void): Promise<CorefScores> {
  const root = resolve(dir);
  const listed = await readListed(root);
  if (!listed) out(`warning: no coreference_sentences.csv in ${root} or beside it: scoring every annotated sentence, not ECB+'s complete ones`);
  const docs = await readDocs(root);
  const topics = new Map<string, EcbDoc[]>();
  for (const d of docs) { const l = topics.get(d.topic); if (l) l.push(d); else topics.set(d.topic, [d]); }
  const goldPairs: [string, string][] = [], systemPairs: [string, string][] = [], baselinePairs: [string, string][] = [];
  const started = performance.now();
  const story = createStoryContext();
  for (const [topic, members] of topics) {
    const { articles, gold, ids } = prepareTopic(members, listed);
    for (const [id, chain] of gold) goldPairs.push([id, `${topic}/${chain}`]);
    const reading = readStory(resolveStoryEntities(articles, `T${topic}`, story));
    for (const a of articles) {
      a.mentions!.forEach((m) => {
        const id = ids.get(m)!;
        systemPairs.push([id, reading.entityId(a.id, m, 'mention') ?? `unresolved:${id}`]);
        baselinePairs.push([id, `${topic}/${m.type}/${m.text.toLowerCase().replace(/^the /, '')}`]);
      });
    }
  }
  const key = group(goldPairs), response = group(systemPairs);
  const singletons = key.filter((c) => c.length === 1).length;
  out(`ecb+ entities: ${topics.size} topics, ${docs.length} documents, ${goldPairs.length} proper-name mentions (HUMAN_PART_*, LOC_*), ${key.length} gold chains (${singletons} singletons)`);
  const base = scoreClusters(key, group(baselinePairs));
  out(`baseline (same type and lower-cased text, per topic): conll_f1 ${pct(base.conllF1)} muc ${pct(base.muc.f1)} b3 ${pct(base.b3.f1)} ceaf_e ${pct(base.ceafE.f1)}`);
  const s = scoreClusters(key, response);
  out(`resolved into ${response.length} chains in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  out(line('muc', s.muc));
  out(line('b3', s.b3));
  out(line('ceaf_e', s.ceafE));
  out(`conll_f1 ${pct(s.conllF1)} muc ${pct(s.muc.f1)} b3 ${pct(s.b3.f1)} ceaf_e ${pct(s.ceafE.f1)}`);
  return { conllF1: 100 * s.conllF1, muc: 100 * s.muc.f1, b3: 100 * s.b3.f1, ceafE: 100 * s.ceafE.f1 };
}
