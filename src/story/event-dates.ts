import { dateOfOwnClause } from '../analyze/events/dating.js';
import { isReport } from '../core/kinds.js';
import { datesFromSameEvent, withoutInheritedDate, withSameEventDates, wordsNear, type EventMention } from '../analyze/events/same-event.js';
import type { AnalyzedArticle, ArgRef, ArticleId, Entity, Event, StoryEventDate } from '../core/model.js';
import { partyResolver } from './parties.js';
import type { StoryPass } from './pass.js';
import { readStory, type StoryReading } from './reading.js';
import { redatedEvents } from './redate.js';
import { itemAt, segmentAt } from '../core/spans.js';

// Reports of one story date the same event in some articles and not in others ("Hamas' attack on
// Israel" in one, "the attack carried out on October 7" in the next). Once participants are linked
// to story entities, an undated mention takes the date its dated namesakes in the story agree on, by
// the rule of analyze/events/same-event.ts, with the parties compared as the story's facts compare
// them. The result is a story layer (Story.eventDates): the articles themselves are not changed.

/**
 * Story-level dates of the articles' events, for each event whose date (or basis) in the story
 * differs from its article's own: read against dates the story refined, or lent by another report.
 * `refined`: the articles the story holds dates for (Story.dates).
 */
export function storyEventDates(articles: readonly Readonly<AnalyzedArticle>[], entities: readonly Entity[], reading: StoryReading, refined: ReadonlySet<ArticleId>): StoryEventDate[] {
  const party = partyResolver(entities);
  const events = articles.map((a) => eventsInStory(a, reading, refined.has(a.id)));
  const mentions: EventMention[] = [];
  const owners: { article: number; event: number }[] = [];
  articles.forEach((a, i) => events[i]!.forEach((event, j) => {
    if (!isReport(segmentAt(a.segments, event)?.kind)) return;
    const sentence = itemAt(a.sentences ?? [], event);
    const mention: EventMention = {
      event, actor: party(event.actor, reading.entityId(a.id, event.actor, 'participant')).key,
      target: party(event.target, reading.entityId(a.id, event.target, 'participant')).key,
      near: wordsNear(a.text, sentence, event), where: `article ${a.id}`,
    };
    if (a.published) mention.notAfter = a.published;
    const own = dateOfOwnClause(a.text, sentence, event, [...reading.dates(a)]);
    if (own) mention.ownDate = own;
    mentions.push(mention);
    owners.push({ article: i, event: j });
  }));
  datesFromSameEvent(mentions).forEach((got, k) => {
    if (!got) return;
    const { article, event } = owners[k]!;
    events[article]![event] = { ...mentions[k]!.event, date: got.date, dateBasis: got.basis };
  });
  const out: StoryEventDate[] = [];
  articles.forEach((a, i) => (a.events ?? []).forEach((own, j) => {
    const story = events[i]![j]!;
    if (story.date === own.date && story.dateBasis === own.dateBasis) return;
    const record: StoryEventDate = { article: a.id, start: own.start, end: own.end };
    if (story.date) record.date = story.date;
    if (story.dateBasis) record.dateBasis = story.dateBasis;
    out.push(record);
  }));
  return out;
}

/**
 * The article's events as the story reads them before other reports lend dates (working values,
 * never stored): read against the story's dates when it refined them, their participants carrying
 * their linked entity's country, and dates inherited within the article derived again from those.
 */
function eventsInStory(a: Readonly<AnalyzedArticle>, reading: StoryReading, refined: boolean): Event[] {
  const given = refined ? redatedEvents(a, reading.dates(a)) : [...(a.events ?? [])];
  const withCountry = (ref: ArgRef | undefined): ArgRef | undefined => {
    const country = ref && !ref.country ? reading.entity(a.id, ref, 'participant')?.country : undefined;
    return country ? { ...ref!, country } : ref;
  };
  const events = given.map((e): Event => {
    const out = { ...e };
    for (const k of ['actor', 'target', 'place'] as const) { const r = withCountry(e[k]); if (r) out[k] = r; }
    return out;
  });
  if (!events.some((e) => e.dateBasis)) return events;
  return withSameEventDates(events.map(withoutInheritedDate), { text: a.text, sentences: a.sentences ?? [], segments: a.segments, dates: [...reading.dates(a)] });
}

/** Event dates the story lends: needs the story's dates (refined) and entity links. */
export const eventDatesPass: StoryPass<'eventDates'> = {
  name: 'event-dates', requires: ['dates', 'entities', 'links'], assigns: ['eventDates'],
  run(story, articles) {
    const refined = new Set(story.dates!.map((d) => d.article));
    return { eventDates: storyEventDates(articles, story.entities!, readStory(story), refined) };
  },
};
