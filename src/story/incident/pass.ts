import type { AnalyzedArticle, DateRef, Incident, IncidentDate, IncidentFigure } from '../../core/model.js';
import { isMaterialConflict } from '../../analyze/events/ontology.js';
import { isOwnText } from '../claims.js';
import { withinByItem } from '../../core/spans.js';
import type { StoryContext } from '../context.js';
import type { StoryDraft, StoryPass } from '../pass.js';
import { readStory } from '../reading.js';
import { oneReportPerSource } from '../derivation/sources.js';
import { isBackground, type IncidentFrame } from './background.js';
import type { ArticleReading } from './figure-candidates.js';
import { rankedFigures } from './ranked-figures.js';
import { articleFigures, storyFigures } from './figures.js';
import { bodyBeforeHeadline } from './headline.js';
import { articleOutcomes, type OutcomeMention } from './outcomes.js';
import { storyParticipants } from './participants.js';
import { articleDateOf, dayMentions, storyDate } from './when.js';
import type { DateReading } from './date-candidates.js';
import { rankedDate } from './ranked-date.js';
import { placeReadings, ruledPlace } from './place-candidates.js';
import { rankedPlace } from './ranked-place.js';

// The incident record (DESIGN.md "Incident"): what happened, as one row, each field with the claims
// it rests on and its agreement across the story's reports. Place and date come first: whether a
// count speaks for this incident depends on them (background.ts).

/** What the figures were chosen from (for training the field rankers: scripts/incident/train-fields.ts). */
export type FigureInspector = (readings: readonly ArticleReading[], ruled: readonly IncidentFigure[]) => void;
/** What the date was chosen from (for training its ranker: scripts/incident/train-date.ts). */
export type DateInspector = (readings: readonly DateReading[], ruled: IncidentDate | undefined) => void;

export function buildIncident(story: Readonly<StoryDraft>, articles: readonly Readonly<AnalyzedArticle>[], ctx: StoryContext, inspect?: FigureInspector, inspectDate?: DateInspector): Incident | undefined {
  // A story told mostly by sports reports is a contest: its "beat" and "crushed" are no incident of force.
  if (mostlySports(articles)) return undefined;
  const reading = readStory(story);
  const outcomesOf = new Map(articles.map((a) => [a.id, articleOutcomes(a)]));
  // Casualty figures belong to an event that can cause them: a meeting's record has no death toll,
  // even when its reports recall the war's. A story whose reports lead with what happened to people
  // (half of them at least: "charged in the shooting death of a 13-year-old") is that violence: its main event is the best
  // supported act of force, and its toll stands even when no act of force was coded.
  // each report's lead outcomes, read once
  const leadOutcomes = new Map(articles.map((a) => { const lead = leadSentences(a); return [a.id, outcomesOf.get(a.id)!.filter((m) => lead.has(m.sentence))]; }));
  const leading = articles.filter((a) => leadOutcomes.get(a.id)!.length > 0);
  const ranked = rankEventTypes(articles, outcomesOf);
  // (with no event coded at all, "a boy, 10, died after he was accidentally shot": a lead that tells people shot, stabbed
  // or murdered tells an act of force, PLOVER's ASSAULT; not one that tells deaths alone, "three died in the fire")
  const forceful = leading.filter((a) => leadOutcomes.get(a.id)!.some((m) => tellsForce(a, m.sentence)));
  // (nor when the only events coded are no material conflict, what followed it: "a man charged in the shooting" coded ACCUSE)
  if (!ranked.some(isMaterialConflict) && forceful.length > 0 && forceful.length * 2 >= articles.length) ranked.unshift('ASSAULT');
  if (!ranked.length) return undefined;
  // So is one at least half of whose reports tell an act of force in a sentence that states what it did to
  // people, wherever it stands (a court report that tells the shooting further down).
  const harming = articles.filter((a) => tellsHarm(a, outcomesOf.get(a.id)!));
  const leadsWithOutcomes = leading.length * 2 >= articles.length || harming.length * 2 >= articles.length;
  const chosen = leadsWithOutcomes ? ranked.find(isMaterialConflict) ?? ranked[0]! : ranked[0]!;
  // people harmed and an arrest told ("One dead after weekend shooting, man arrested"): the arrest followed the act
  // of force that harmed them, which is the incident (PLOVER codes arrests COERCE, the shooting ASSAULT)
  const type = leadsWithOutcomes && chosen === 'COERCE' && ranked.includes('ASSAULT') ? 'ASSAULT' : chosen;
  const counts = isMaterialConflict(type) || leadsWithOutcomes;
  const read = articles.map((a) => {
    const outcomes = counts ? outcomesOf.get(a.id)! : [];
    const outcomeSentences = new Set(outcomes.map((m) => m.sentence));
    const eventSentences = new Set<number>();
    const acts = (a.events ?? []).filter((e) => e.type === type && isOwnText(a, e));
    for (const e of acts) eventSentences.add(sentenceOf(a, e.start));
    const dates = reading.dates(a);
    // each sentence's dates found once, not by scanning every date of the article per sentence
    const datesBySentence = withinByItem(a.sentences ?? [], dates);
    const mentions = dayMentions(a, dates, outcomeSentences, eventSentences, acts);
    return { article: a, outcomes, dates, datesBySentence, telling: new Set([...outcomeSentences, ...eventSentences]), mentions, date: articleDateOf(a, mentions) };
  });
  const ruledDate = storyDate(read);
  const dateReadings = read.map((r) => ({ article: r.article, mentions: r.mentions, ruled: r.date?.value }));
  inspectDate?.(dateReadings, ruledDate);
  const date = rankedDate(ruledDate, dateReadings, ctx.incidentModel);
  // the place the trained ranker chooses among the towns the reports name (the rules' choice where there is no model)
  const places = placeReadings(articles, ctx.gazetteer());
  const place = rankedPlace(ruledPlace(places), places, ctx.incidentModel);
  // counts are judged against the rules' day: the figure rankers were fitted with it (the ranked day moves
  // GVA dev killed 0.853 -> 0.852, injured 0.765 -> 0.763 until they are refitted with it)
  const frame = ruledDate ? { date: ruledDate.value } : {};
  const readings = figureReadings(read, frame);
  const ruled = storyFigures(readings);
  inspect?.(readings, ruled);
  const figures = rankedFigures(ruled, readings, ctx.incidentModel);
  const participants = counts ? storyParticipants(read.map((r) => ({ article: r.article, background: (s: number) => isBackground(r.article, s, r.datesBySentence[s] ?? [], frame) }))) : [];
  const incident: Incident = { type, figures, participants };
  const years = yearsTold(read.map((r) => ({ article: r.article, dates: r.dates, sentences: r.telling })));
  if (years) incident.years = years;
  if (date) incident.date = date;
  if (place) incident.place = place;
  return incident;
}

/**
 * Each report's outcomes, marked background or not and headline or not, and its counts as the rules
 * read them: from the mentions that speak for the incident, the body's before the headline's.
 */
function figureReadings(read: readonly { article: Readonly<AnalyzedArticle>; outcomes: readonly OutcomeMention[]; datesBySentence: readonly (readonly DateRef[])[] }[], frame: IncidentFrame): ArticleReading[] {
  return read.map((r) => {
    const titles = r.article.segments.filter((s) => s.kind === 'title');
    const mentions = r.outcomes.map((m) => ({
      mention: m,
      background: isBackground(r.article, m.sentence, r.datesBySentence[m.sentence] ?? [], frame),
      title: titles.some((s) => s.start <= m.start && m.start < s.end),
    }));
    return { article: r.article, mentions, figures: articleFigures(bodyBeforeHeadline(r.article, mentions.filter((m) => !m.background).map((m) => m.mention))) };
  });
}

/** Whether more than half of the reports are sports reports (analyze/genre/). */
export function mostlySports(articles: readonly Readonly<AnalyzedArticle>[]): boolean {
  return articles.filter((a) => a.genre?.label === 'sports').length * 2 > articles.length;
}

/**
 * The first and last year of the days the reports tell the incident on (in its sentences: outcomes
 * and the main event), when they differ: reports a year apart, or a record that mixes two incidents.
 */
export function yearsTold(perArticle: readonly { article: Readonly<AnalyzedArticle>; dates: readonly DateRef[]; sentences: ReadonlySet<number> }[]): [number, number] | undefined {
  const years = perArticle.flatMap(({ article, dates, sentences }) =>
    dates.filter((d) => d.grain === 'day' && isOwnText(article, d) && sentences.has(sentenceOf(article, d.start))).map((d) => Number(d.value.slice(0, 4))));
  if (!years.length) return undefined;
  const first = Math.min(...years), last = Math.max(...years);
  return first === last ? undefined : [first, last];
}

/** Index of the sentence that holds the offset. */
export function sentenceOf(a: Readonly<AnalyzedArticle>, offset: number): number {
  const sentences = a.sentences ?? [];
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** The lead: a report's first own sentences (its headline among them) tell what it is about (three would gain GVA dev killed 0.791 -> 0.794, injured 0.671 -> 0.675, but takes a toll recalled in a short meeting report's third sentence for its own). */
const LEAD_SENTENCES = 2;

/**
 * The PLOVER type of the story's main event: the type most reports tell, a report that tells it in its
 * lead or in a sentence stating what happened to people counting twice (the shooting over the police's
 * appeal or an investigation; a meeting that leads every report over the war they recall further down).
 * Ties go to the type more reports tell in such sentences, then to the one with more events. Undefined
 * when the reports tell no event.
 */
export function mainEventType(articles: readonly Readonly<AnalyzedArticle>[], outcomesOf: ReadonlyMap<string, readonly OutcomeMention[]>): string | undefined {
  return rankEventTypes(articles, outcomesOf)[0];
}

/** Whether the report tells an act of force (own text, not negated) in a sentence that states an outcome. */
function tellsHarm(a: Readonly<AnalyzedArticle>, outcomes: readonly OutcomeMention[]): boolean {
  const stating = new Set(outcomes.map((m) => m.sentence));
  return (a.events ?? []).some((e) => !e.negated && isMaterialConflict(e.type) && isOwnText(a, e) && stating.has(sentenceOf(a, e.start)));
}

/** Words (lemmas) of violence done with a weapon: a sentence holding one tells an act of force. */
const FORCE = new Set(['shoot', 'shooting', 'gunshot', 'gunfire', 'gunman', 'stab', 'stabbing', 'murder', 'slay', 'execute', 'homicide']);
const tellsForce = (a: Readonly<AnalyzedArticle>, sentence: number) => (a.syntax?.[sentence]?.tokens ?? []).some((t) => FORCE.has(t.lemma.toLowerCase()));

/**
 * A report's lead: the indexes of its first own sentences that say something, a verb in their parse
 * (a dateline cut off as a sentence, "INDIANAPOLIS, Ind.", or a photo credit is no part of it).
 */
function leadSentences(a: Readonly<AnalyzedArticle>): Set<number> {
  const saying = (i: number) => (a.syntax?.[i]?.tokens ?? []).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return new Set((a.sentences ?? []).flatMap((s, i) => (isOwnText(a, s) && saying(i) ? [i] : [])).slice(0, LEAD_SENTENCES));
}

/** The event types the story's reports tell, best supported first (as mainEventType ranks them). */
export function rankEventTypes(articles: readonly Readonly<AnalyzedArticle>[], outcomesOf: ReadonlyMap<string, readonly OutcomeMention[]>): string[] {
  const events = new Map<string, number>();
  const support = new Map<string, number>();
  const stating = new Map<string, number>();
  for (const a of articles) {
    const telling = new Set((outcomesOf.get(a.id) ?? []).map((m) => m.sentence));
    for (const i of leadSentences(a)) telling.add(i);
    const told = new Map<string, number>();
    for (const e of a.events ?? []) {
      if (e.negated || !isOwnText(a, e)) continue;
      events.set(e.type, (events.get(e.type) ?? 0) + 1);
      told.set(e.type, Math.max(told.get(e.type) ?? 0, telling.has(sentenceOf(a, e.start)) ? 2 : 1));
    }
    for (const [type, points] of told) {
      support.set(type, (support.get(type) ?? 0) + points);
      if (points === 2) stating.set(type, (stating.get(type) ?? 0) + 1);
    }
  }
  const by = (m: ReadonlyMap<string, number>, x: string, y: string) => (m.get(y) ?? 0) - (m.get(x) ?? 0);
  return [...support.keys()].sort((x, y) => by(support, x, y) || by(stating, x, y) || by(events, x, y));
}

/** The incident record of the story: needs its dates (refined) to read when things happened. */
export const incidentPass: StoryPass<'incident'> = {
  name: 'incident', requires: ['derivation', 'dates'], assigns: ['incident'],
  // One report per independent source: a copy or rewrite adds no support to any field (Story.derivation).
  run: (story, articles, ctx) => ({ incident: buildIncident(story, oneReportPerSource(articles, story.derivation ?? []), ctx) }) as { incident: Incident },
};
