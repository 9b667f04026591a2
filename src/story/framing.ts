import type { AnalyzedArticle, Entity, EntityId, Fact, Mention, Sentence, SourceFraming, Span } from '../core/model.js';
import type { StoryPass } from './pass.js';
import { readStory, type StoryReading } from './reading.js';
import { overlapsByItem, segmentAt, withinByItem } from '../core/spans.js';
import { toneOf, valenceOf, type Tone } from './tone.js';

// Framing: how each source presents the main actors. Tone is targeted lexicon sentiment: the mean
// valence, in the outlet's own voice, of the sentences that mention an actor (see tone.ts for the
// lexicon). Every score can be explained word by word.
// Hedges: words by which a source keeps its distance from what it reports.
const HEDGES = /\b(?:may|might|could|reportedly|allegedly|alleged|apparently|appears?|seems?|possibly|potentially|perhaps|likely|unclear|unconfirmed|claim(?:s|ed|ing)?|purported(?:ly)?|suggest(?:s|ed)?)\b/i;
// Opinion markers beyond valence: evaluation and prescription in the outlet's own voice.
const OPINION = /\b(?:it is (?:essential|important|clear|crucial|necessary|vital)|should|must|ought|undoubtedly|clearly|obviously|notably|time will tell|remains to be seen|arguably)\b/i;
const OWN_TEXT = new Set(['body', 'title', 'heading']);
/** Pseudo-sentences of neutral tone added to every actor's evidence. */
const PRIOR_SENTENCES = 3;
/** Actors whose framing is measured: those of several sources, or the story's most mentioned. */
const MAIN_ACTORS = 8;
/** Valenced words kept as each tone's explanation. */
const TERMS_SHOWN = 6;

export function frameSources(articles: readonly Readonly<AnalyzedArticle>[], entities: readonly Entity[], facts: readonly Fact[], reading: StoryReading): SourceFraming[] {
  const main = mainActors(entities, articles, reading);
  const agreed = facts.filter((f) => f.status === 'agreed');
  const factsBy = new Map<string, Set<Fact>>();
  for (const f of facts) for (const c of f.claims) {
    const set = factsBy.get(c.article) ?? new Set<Fact>();
    set.add(f);
    factsBy.set(c.article, set);
  }
  return articles.map((a): SourceFraming => {
    const sentences = (a.sentences ?? []).filter((s) => OWN_TEXT.has(segmentAt(a.segments, s)?.kind ?? ''));
    // Quotes and mentions indexed by sentence once: asking every sentence about every mention grew with the square of the length.
    const quotesIn = overlapsByItem(sentences, (a.quotes ?? []).filter((q) => q.direct));
    const mentionsIn = overlapsByItem(sentences, a.mentions ?? []);
    const voices = sentences.map((s, i) => outletVoice(s, [...quotesIn[i]!, ...mentionsIn[i]!]));
    const named = withinByItem(sentences, a.mentions ?? []).map((ms) => entitiesOf(a, ms, reading));
    const tones = voices.map(toneOf);
    const toward: SourceFraming['toward'] = [];
    for (const e of main) {
      const side = sideOf(e, entities);
      const about = tones.filter((_, i) => named[i]!.some((id) => side.has(id)));
      if (about.length === 0) continue;
      // Shrunk toward neutral when few sentences speak of the actor: little text is weak evidence of a stance.
      const mean = about.reduce((x, t) => x + valenceOf(t), 0) / (about.length + PRIOR_SENTENCES);
      toward.push({ entity: e.id, name: e.name, score: round(Math.tanh(4 * mean)), sentences: about.length, terms: strongestTerms(about) });
    }
    const n = Math.max(1, sentences.length);
    const mine = factsBy.get(a.id) ?? new Set<Fact>();
    return {
      article: a.id,
      source: a.source.name,
      toward,
      opinion: round(voices.filter((v, i) => isOpinion(v, tones[i]!)).length / n),
      hedging: round(sentences.filter((s) => HEDGES.test(s.text)).length / n),
      unique: [...mine].filter((f) => f.status === 'single').map((f) => f.id),
      omitted: agreed.filter((f) => !mine.has(f)).map((f) => f.id),
    };
  });
}

/**
 * The sentence with direct quotations and names blanked out: quoted words are the speaker's stance,
 * not the outlet's, and a name ("Palestinian Authority", "United Nations") is no evaluation.
 */
function outletVoice(s: Sentence, blanked: readonly Span[]): string {
  let text = s.text;
  const blank = (start: number, end: number) => {
    if (end <= s.start || start >= s.end) return;
    const from = Math.max(start, s.start) - s.start, to = Math.min(end, s.end) - s.start;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  };
  for (const b of blanked) blank(b.start, b.end);
  return text;
}

/** The words and phrases that weigh most in a tone, summed over its sentences: why the score is what it is. */
function strongestTerms(tones: readonly Tone[]): { term: string; value: number }[] {
  const sum = new Map<string, number>();
  for (const t of tones) for (const x of t.terms) sum.set(x.term, (sum.get(x.term) ?? 0) + x.value);
  return [...sum].filter(([, v]) => v !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, TERMS_SHOWN).map(([term, value]) => ({ term, value }));
}

/** A sentence judges when it has an opinion marker or a strongly valenced word or phrase. */
function isOpinion(voice: string, tone: Tone): boolean {
  return OPINION.test(voice) || tone.terms.some((t) => Math.abs(t.value) >= 2);
}

/** People and organisations, and places only when some report has them act or be acted on (a country, not a lake). */
function mainActors(entities: readonly Entity[], articles: readonly Readonly<AnalyzedArticle>[], reading: StoryReading): Entity[] {
  const acting = new Set(articles.flatMap((a) => (a.events ?? []).flatMap((e) => [reading.entityId(a.id, e.actor, 'participant'), reading.entityId(a.id, e.target, 'participant')])));
  const multi = (e: Entity) => new Set(e.aliases.flatMap((a) => a.articles)).size;
  return [...entities].filter((e) => e.type === 'PER' || e.type === 'ORG' || (e.type === 'LOC' && acting.has(e.id)))
    .sort((a, b) => multi(b) - multi(a) || b.count - a.count).slice(0, MAIN_ACTORS);
}

/**
 * The entity and what speaks as it: for a country, its demonym ("Russian officials"), the
 * organisations affiliated with it ("the Russian Foreign Ministry") and its officials ("Russian
 * President Vladimir Putin"), as CAMEO codes them all as the one state actor; people stay themselves.
 */
function sideOf(e: Entity, entities: readonly Entity[]): ReadonlySet<EntityId> {
  const side = new Set<EntityId>([e.id]);
  if (e.type === 'LOC') for (const x of entities) if (x.type !== 'LOC' && x.affiliation === e.name) side.add(x.id);
  return side;
}

/** The story entities that a sentence's mentions are linked to. */
function entitiesOf(a: Readonly<AnalyzedArticle>, mentions: readonly Mention[], reading: StoryReading): EntityId[] {
  return mentions.flatMap((m) => reading.entityId(a.id, m, 'mention') ?? []);
}

/** How each source frames the main actors: reads the story's entities, links and facts. */
export const framingPass: StoryPass<'framing'> = {
  name: 'framing', requires: ['entities', 'links', 'facts'], assigns: ['framing'],
  run: (story, articles) => ({ framing: frameSources(articles, story.entities!, story.facts!, readStory(story)) }),
};

const round = (x: number) => Math.round(x * 1000) / 1000;
