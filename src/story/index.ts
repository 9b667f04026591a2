import { datesPass } from './dates.js';
import { derivationPass } from './derivation/pass.js';
import { entitiesPass } from './entities/pass.js';
import { eventDatesPass } from './event-dates.js';
import { factsPass } from './facts.js';
import { framingPass } from './framing.js';
import { incidentPass } from './incident/pass.js';
import { networkPass } from './network.js';
import type { StoryPass } from './pass.js';
import { timelinePass } from './timeline.js';
import { titlePass } from './title.js';

// The story passes, in order (grouping comes before: it makes the stories they run on). Each reads
// the story's articles and earlier passes' layers, and writes story-level layers only.
export const STORY_PASSES: readonly StoryPass[] = [
  derivationPass,   // which reports copy or rewrite which: every support count reads it
  datesPass,        // dates the story refines for articles with no reference day of their own
  entitiesPass,     // entities, and links from mentions and participants to them
  eventDatesPass,   // event dates read against refined dates and lent across reports (needs the links)
  titlePass,
  incidentPass,     // the incident record: when, where, figures (reads the refined dates)
  factsPass,        // claims aligned across sources
  timelinePass,
  framingPass,      // reads the facts (unique / omitted per source)
  networkPass,      // who did what to whom, between the story's entities (needs the links)
];
