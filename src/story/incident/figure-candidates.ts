import type { AnalyzedArticle, Claim } from '../../core/model.js';
import { sentenceClaim } from '../claims.js';
import type { ArticleFigure } from './figures.js';
import type { OutcomeMention } from './outcomes.js';
import type { Candidate, FigureField } from './ranker.js';
import { tellsOfSeveral } from './roundup.js';

// The values a story's count of killed or injured may take, each with how its reports support it:
// every report's toll as the rules read it (figures.ts), every count its own text states of that
// outcome (also those further down, in a background sentence, or only in the headline), the shot less
// the dead, and none at all. The features say how a value is supported (by how many reports, how early
// in them, in so many words or derived), never what it is: ranker.ts weighs them.

/** One outcome the report states, and where. */
export interface ReadMention {
  mention: OutcomeMention;
  /** In a sentence about another time or event (background.ts). */
  background: boolean;
  /** In a title segment. */
  title: boolean;
}

export interface ArticleReading {
  article: Readonly<AnalyzedArticle>;
  mentions: readonly ReadMention[];
  /** The report's counts as the rules read them (figures.ts articleFigures). */
  figures: readonly ArticleFigure[];
}

export interface FigureCandidate extends Candidate<number> {
  /** The sentences that state the value (or those it is worked out from). */
  claims: Claim[];
}

/** Sentences a report's lead holds: a count told there is the report's own. */
const LEAD = 2;

interface Support { article: number; sentence: number; background: boolean; title: boolean; derived: boolean; qualifier: OutcomeMention['qualifier']; mention?: OutcomeMention; roundup?: boolean }

/**
 * The candidates for one field. `rule` is the value the rules chose (0 when they chose none); `killed`,
 * for the injured, the story's count of dead already chosen (the shot less the dead are wounded).
 */
export function figureCandidates(field: FigureField, readings: readonly ArticleReading[], rule: number, killed = 0): FigureCandidate[] {
  const support = new Map<number, Support[]>();
  // (a count told of several events at once: roundup.ts; each sentence read once, however many values it supports)
  const roundups = new Map<string, boolean>();
  const roundup = (article: number, sentence: number) => {
    const key = `${article}|${sentence}`;
    let known = roundups.get(key);
    if (known === undefined) roundups.set(key, known = tellsOfSeveral(readings[article]!.article, sentence));
    return known;
  };
  const add = (value: number, s: Support) => { if (value >= 0) (support.get(value) ?? support.set(value, []).get(value)!).push({ ...s, roundup: roundup(s.article, s.sentence) }); };
  const tolls: number[] = [];
  readings.forEach((r, article) => {
    const own = (m: ReadMention) => ({ article, sentence: m.mention.sentence, background: m.background, title: m.title, qualifier: m.mention.qualifier, mention: m.mention });
    const figure = r.figures.find((f) => f.category === field);
    const toll = !figure ? 0 : figure.shot !== undefined ? Math.max(0, figure.shot - killed) : figure.value;
    tolls.push(toll);
    if (figure && toll > 0) {
      const m = figure.mentions[0]!;
      add(toll, { article, sentence: m.sentence, background: false, title: false, derived: toll !== m.value, qualifier: figure.qualifier, mention: m });
    }
    const reportKilled = r.figures.find((f) => f.category === 'killed')?.value ?? 0;
    for (const m of r.mentions) {
      const { outcome, self, value } = m.mention;
      if (field === 'killed' && outcome === 'killed' && !self) {
        add(value, { ...own(m), derived: false });
        if (r.mentions.some((x) => x.mention.self && x.mention.outcome === 'killed')) add(value + 1, { ...own(m), derived: true });
      }
      if (field === 'injured' && outcome === 'injured' && !self) add(value, { ...own(m), derived: false });
      // the shot are the dead and the wounded: less the report's dead, or the story's
      if (field === 'injured' && outcome === 'shot' && !self)
        for (const dead of new Set([reportKilled || killed, killed])) if (value > dead) add(value - dead, { ...own(m), derived: dead > 0 });
    }
  });
  // Support is measured against the best-supported value, not the number of reports: in a story of ten
  // reports the one that counts the wounded speaks for all (silence is no count of none).
  const values = [...support.keys()].filter((v) => v > 0).sort((a, b) => a - b);
  const reportsWith = (pick: (s: Support) => boolean, v: number) => new Set((support.get(v) ?? []).filter(pick).map((s) => s.article)).size;
  const tollsOf = (v: number) => tolls.filter((t) => t === v).length;
  const stated = (v: number) => reportsWith((s) => !s.background && !s.derived, v);
  const derived = (v: number) => reportsWith((s) => !s.background && s.derived, v);
  const most = (f: (v: number) => number) => Math.max(1, ...values.map(f));
  const [mostTolls, mostStated, mostDerived] = [most(tollsOf), most(stated), most(derived)];
  const earliest = (v: number) => Math.min(...(support.get(v) ?? []).filter((s) => !s.background).map((s) => s.sentence));
  const early = (v: number) => { const first = earliest(v); return Number.isFinite(first) ? 1 / (1 + first) : 0; };
  const led = (v: number) => (support.get(v) ?? []).some((s) => !s.background && (s.title || s.sentence < LEAD));
  const out: FigureCandidate[] = [];
  out.push({
    value: 0,
    claims: [],
    features: {
      'none': 1,
      'none.rule': rule === 0 ? 1 : 0,
      'none.single': readings.length === 1 ? 1 : 0,
      // no report tells a count of it in its lead or headline, and how late the earliest count comes
      'none.unled': values.some(led) ? 0 : 1,
      'none.late': 1 - Math.max(0, ...values.map(early)),
      'none.tollShare': tolls.filter((t) => t === 0).length / readings.length,
    },
  });
  const latest = latestReport(readings);
  for (const v of values) {
    const all = support.get(v)!;
    const own = all.filter((s) => !s.background);
    out.push({
      value: v,
      claims: claimsOf(readings, all, v),
      features: {
        'rule': rule === v ? 1 : 0,
        'tolls': tollsOf(v) / mostTolls,
        'tollLatest': latest !== undefined && tolls[latest] === v ? 1 : 0,
        'stated': stated(v) / mostStated,
        'derived': derived(v) / mostDerived,
        'backgroundOnly': own.length ? 0 : 1,
        'roundupOnly': own.length && own.every((s) => s.roundup) ? 1 : 0,
        'lead': own.some((s) => s.sentence < LEAD && !s.title) ? 1 : 0,
        'title': own.some((s) => s.title) ? 1 : 0,
        'early': early(v),
        'largest': v === values[values.length - 1] && values.length > 1 ? 1 : 0,
        'smallest': v === values[0] && values.length > 1 ? 1 : 0,
        'atLeast': own.some((s) => s.qualifier === 'at least') ? 1 : 0,
        'individual': own.length && own.every((s) => s.mention?.individual) ? 1 : 0,
        'definite': own.some((s) => s.mention?.definite) ? 1 : 0,
        'others': own.some((s) => s.mention?.others) ? 1 : 0,
        'shotWord': own.some((s) => s.mention?.outcome === 'shot') ? 1 : 0,
      },
    });
  }
  return out;
}

/** Index of the report published last (undefined when none is dated). */
function latestReport(readings: readonly ArticleReading[]): number | undefined {
  let best: number | undefined;
  readings.forEach((r, i) => { if (r.article.published && (best === undefined || r.article.published > readings[best]!.article.published!)) best = i; });
  return best;
}

/** The sentences behind a value: its own statements first, one claim per sentence. */
function claimsOf(readings: readonly ArticleReading[], support: readonly Support[], value: number): Claim[] {
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (const s of [...support].sort((a, b) => Number(a.background) - Number(b.background) || Number(a.derived) - Number(b.derived))) {
    if (!s.mention) continue;
    const a = readings[s.article]!.article;
    const c = sentenceClaim(a, s.mention);
    const key = `${c.article}|${c.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...c, value, qualifier: s.qualifier, ...(a.published ? { asOf: a.published } : {}) });
  }
  return out;
}
