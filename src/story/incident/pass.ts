import type { AnalyzedArticle, Incident } from '../../core/model.js';
import { isOwnText } from '../claims.js';
import type { StoryContext } from '../context.js';
import type { StoryDraft, StoryPass } from '../pass.js';
import { readStory } from '../reading.js';
import { isBackground } from './background.js';
import { articleFigures, storyFigures } from './figures.js';
import { articleOutcomes } from './outcomes.js';
import { articleDate, storyDate } from './when.js';
import { articlePlace, storyPlace } from './where.js';

// The incident record (DESIGN.md "Incident"): what happened, as one row, each field with the claims
// it rests on and its agreement across the story's reports. Place and date come first: whether a
// count speaks for this incident depends on them (background.ts).

export function buildIncident(story: Readonly<StoryDraft>, articles: readonly Readonly<AnalyzedArticle>[], ctx: StoryContext): Incident | undefined {
  const reading = readStory(story);
  const type = mainEventType(articles);
  if (!type) return undefined;
  const read = articles.map((a) => {
    const outcomes = articleOutcomes(a);
    const outcomeSentences = new Set(outcomes.map((m) => m.sentence));
    const eventSentences = new Set<number>();
    const sentences = a.sentences ?? [];
    let s = 0;
    for (const e of a.events ?? []) {
      if (e.type !== type || !isOwnText(a, e)) continue;
      while (s < sentences.length - 1 && sentences[s]!.end <= e.start) s++;
      eventSentences.add(s);
    }
    const dates = reading.dates(a);
    return { article: a, outcomes, dates, date: articleDate(a, dates, outcomeSentences, eventSentences), place: articlePlace(a, ctx.gazetteer()) };
  });
  const date = storyDate(read);
  const place = storyPlace(read);
  const figures = storyFigures(read.map((r) => ({
    article: r.article,
    figures: articleFigures(r.outcomes.filter((m) => !isBackground(r.article, m.sentence, r.dates, date ? { date: date.value } : {}))),
  })));
  const incident: Incident = { type, figures, participants: [] };
  if (date) incident.date = date;
  if (place) incident.place = place;
  return incident;
}

/** The PLOVER type most of the story's own-text events have; undefined when its reports tell no event. */
function mainEventType(articles: readonly Readonly<AnalyzedArticle>[]): string | undefined {
  const counts = new Map<string, number>();
  for (const a of articles) for (const e of a.events ?? []) if (!e.negated && isOwnText(a, e)) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  let best: string | undefined, most = 0;
  for (const [t, n] of counts) if (n > most) { best = t; most = n; }
  return best;
}

/** The incident record of the story: needs its dates (refined) to read when things happened. */
export const incidentPass: StoryPass<'incident'> = {
  name: 'incident', requires: ['dates'], assigns: ['incident'],
  run: (story, articles, ctx) => ({ incident: buildIncident(story, articles, ctx) }) as { incident: Incident },
};
