import { createRequire } from 'node:module';
import type { AnalyzedArticle, Entity, EntityId, Fact, Sentence, SourceFraming } from '../model.js';
import { segmentAt } from './text.js';

// Framing: how each source presents the main actors. Tone is targeted lexicon sentiment: the mean
// valence of the sentences that mention an actor, with AFINN-165 (the `sentiment` package's word
// list) plus a small supplement of words news framing turns on that AFINN lacks. Every score can
// be explained word by word.
const require = createRequire(import.meta.url);
const AFINN = require('sentiment/languages/en/labels.json') as Record<string, number>;
const SUPPLEMENT: Record<string, number> = {
  terrorism: -3, terrorist: -3, terrorists: -3, terror: -3, extremist: -2, extremists: -2, 'neo-nazi': -3, aggression: -3, aggressor: -3,
  atrocities: -3, atrocity: -3, massacre: -3, occupation: -1, occupiers: -2, propaganda: -2, regime: -1, isolate: -1, isolated: -1,
  soured: -2, sour: -1, strain: -2, strained: -2, rift: -2, tensions: -1, tension: -1, condemning: -2, denounced: -2, denounce: -2,
  constructive: 2, impartiality: 2, impartial: 2, stability: 2, stabilising: 2, stabilizing: 2, reconciliation: 2, peacebuilding: 2,
  mediating: 1, mediate: 1, mediation: 1, dialogue: 1, diplomacy: 1, diplomatic: 1, balanced: 2, steadfast: 2, facilitative: 2,
  humanitarian: 1, ceasefire: 1, 'cease-fire': 1, lauding: 2, endorsing: 1, commending: 2, commitment: 2, advantageous: 2, leverage: 1,
};
const NEGATORS = new Set(['not', 'no', 'never', 'without', "n't", 'cannot', 'nor', 'neither', 'hardly']);
// Hedges: words by which a source keeps its distance from what it reports.
const HEDGES = /\b(?:may|might|could|reportedly|allegedly|alleged|apparently|appears?|seems?|possibly|potentially|perhaps|likely|unclear|unconfirmed|claim(?:s|ed|ing)?|purported(?:ly)?|suggest(?:s|ed)?)\b/i;
// Opinion markers beyond valence: evaluation and prescription in the outlet's own voice.
const OPINION = /\b(?:it is (?:essential|important|clear|crucial|necessary|vital)|should|must|ought|undoubtedly|clearly|obviously|notably|time will tell|remains to be seen|arguably)\b/i;
// Valenced words that report what happened rather than judge it: they do not make a sentence opinion.
const FACTUAL = new Set(('killed kill kills killing died die dies dead death deaths war wars attack attacks attacked wounded injured injury missing hostage ' +
  'hostages captive captives arrested arrest bombardment bombing violence conflict crisis fatalities casualties victims fire fighting fight ' +
  'release released free freed help evacuation rescue rescued').split(' '));
const OWN_TEXT = new Set(['body', 'title', 'heading']);
/** Pseudo-sentences of neutral tone added to every actor's evidence. */
const PRIOR_SENTENCES = 3;
/** Actors whose framing is measured: those of several sources, or the story's most mentioned. */
const MAIN_ACTORS = 8;

export function frameSources(articles: readonly AnalyzedArticle[], entities: readonly Entity[], facts: readonly Fact[]): SourceFraming[] {
  const main = mainActors(entities, articles);
  const agreed = facts.filter((f) => f.status === 'agreed');
  const factsBy = new Map<string, Set<Fact>>();
  for (const f of facts) for (const c of f.claims) {
    const set = factsBy.get(c.article) ?? new Set<Fact>();
    set.add(f);
    factsBy.set(c.article, set);
  }
  return articles.map((a): SourceFraming => {
    const sentences = (a.sentences ?? []).filter((s) => OWN_TEXT.has(segmentAt(a.segments, s)?.kind ?? ''));
    const valence = sentences.map((s) => sentenceValence(outletVoice(a, s)));
    const toward: SourceFraming['toward'] = [];
    for (const e of main) {
      const side = sideOf(e, entities);
      const scores = sentences.flatMap((s, i) => (mentionsAny(a, s, side) ? [valence[i]!] : []));
      if (scores.length === 0) continue;
      // Shrunk toward neutral when few sentences speak of the actor: little text is weak evidence of a stance.
      const mean = scores.reduce((x, y) => x + y, 0) / (scores.length + PRIOR_SENTENCES);
      toward.push({ entity: e.id, name: e.name, score: round(Math.tanh(4 * mean)), sentences: scores.length });
    }
    const n = Math.max(1, sentences.length);
    const mine = factsBy.get(a.id) ?? new Set<Fact>();
    return {
      article: a.id,
      source: a.source.name,
      toward,
      opinion: round(sentences.filter((s) => isOpinion(s.text)).length / n),
      hedging: round(sentences.filter((s) => HEDGES.test(s.text)).length / n),
      unique: [...mine].filter((f) => f.status === 'single').map((f) => f.id),
      omitted: agreed.filter((f) => !mine.has(f)).map((f) => f.id),
    };
  });
}

/** The sentence with direct quotations blanked out: quoted words are the speaker's stance, not the outlet's. */
function outletVoice(a: AnalyzedArticle, s: Sentence): string {
  let text = s.text;
  for (const q of a.quotes ?? []) {
    if (!q.direct || q.end <= s.start || q.start >= s.end) continue;
    const from = Math.max(q.start, s.start) - s.start, to = Math.min(q.end, s.end) - s.start;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

/** Mean word valence of a sentence in [-5, 5] / word, negation flipping the next three words. */
export function sentenceValence(text: string): number {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}][\p{L}'-]*/gu) ?? [];
  if (words.length === 0) return 0;
  let sum = 0, negatedFor = 0;
  for (const w of words) {
    // Words that report what happened (killed, war) say nothing of the outlet's stance toward an actor.
    const v = FACTUAL.has(w) ? 0 : SUPPLEMENT[w] ?? AFINN[w] ?? AFINN[w.replace(/'s$/, '')] ?? 0;
    sum += negatedFor > 0 ? -v : v;
    negatedFor = NEGATORS.has(w) || w.endsWith("n't") ? 3 : Math.max(0, negatedFor - 1);
  }
  return sum / words.length;
}

/** A sentence judges when it has an opinion marker or a valenced word that is not plain reporting. */
function isOpinion(text: string): boolean {
  if (OPINION.test(text)) return true;
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}][\p{L}'-]*/gu) ?? [];
  return words.some((w) => !FACTUAL.has(w) && Math.abs(SUPPLEMENT[w] ?? AFINN[w] ?? 0) >= 2);
}

/** People and organisations, and places only when some report has them act or be acted on (a country, not a lake). */
function mainActors(entities: readonly Entity[], articles: readonly AnalyzedArticle[]): Entity[] {
  const acting = new Set(articles.flatMap((a) => (a.events ?? []).flatMap((e) => [e.actor?.entity, e.target?.entity])));
  const multi = (e: Entity) => new Set(e.aliases.flatMap((a) => a.articles)).size;
  return [...entities].filter((e) => e.type === 'PER' || e.type === 'ORG' || (e.type === 'LOC' && acting.has(e.id)))
    .sort((a, b) => multi(b) - multi(a) || b.count - a.count).slice(0, MAIN_ACTORS);
}

/**
 * The entity and what speaks as it: for a country, its demonym ("Russian officials") and the
 * organisations affiliated with it ("the Russian Foreign Ministry"); people stay themselves.
 */
function sideOf(e: Entity, entities: readonly Entity[]): ReadonlySet<EntityId> {
  const side = new Set<EntityId>([e.id]);
  if (e.type === 'LOC') for (const x of entities) if ((x.type === 'MISC' || x.type === 'ORG') && x.affiliation === e.name) side.add(x.id);
  return side;
}

function mentionsAny(a: AnalyzedArticle, s: Sentence, ids: ReadonlySet<EntityId>): boolean {
  return (a.mentions ?? []).some((m) => m.entity !== undefined && ids.has(m.entity) && m.start >= s.start && m.end <= s.end);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
