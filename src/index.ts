// The public surface of corroborate, listed one by one.
export type {
  Alias, AnalyzedArticle, Analysis, Article, ArticleId, Claim, DateRef, Diagnostic, Entity, EntityId, EntityLink, EntityType, Event, Fact,
  Geo, Layer, LinkKind, Mention, Quantity, Quote, Segment, SegmentKind, Sentence, Source, SourceFraming, Story, StoryDate, StoryEventDate,
  StoryId, TimelineItem, Token,
} from './core/model.js';
export { ENTITY_TYPES, SEGMENT_KINDS } from './core/model.js';
export { createPipeline, type Pipeline, type PipelineOptions } from './analyze/pipeline.js';
export { prepareArticle } from './clean/prepare.js';
export { DEFAULT_STAGES } from './analyze/index.js';
export { articleId } from './core/ids.js';
export { buildStories as analyzeStories } from './story/story.js';
export { STORY_PASSES } from './story/index.js';
export { checkStoryPasses, type StoryLayer, type StoryPass } from './story/pass.js';
export { createStoryContext, type StoryContext } from './story/context.js';
export { readStory, type StoryReading } from './story/reading.js';
export { checkPipeline, type Context, type Stage } from './core/stage.js';
export { readers, readPaths, readBytes, type Draft, type Format, type Input, type Reader, type ReadOptions } from './read/index.js';
export type { EntityRecognizer } from './analyze/entities/types.js';
export type { Report } from './core/report.js';

// The store and the server load SQLite and node:http on first use only: analysing articles never pays for them.
export type { Store, StoredArticle, StorySummary, SearchHit, ArticleSummary } from './store/index.js';
export type { ServerOptions, RunningServer } from './server/index.js';
/** Opens (creating if needed) a store: a SQLite file path, or ':memory:'. */
export async function openStore(location: string): Promise<import('./store/index.js').Store> {
  return (await import('./store/index.js')).openStore(location);
}
/** Starts the HTTP API and web UI over a store. */
export async function startServer(options: import('./server/index.js').ServerOptions): Promise<import('./server/index.js').RunningServer> {
  return (await import('./server/index.js')).startServer(options);
}
export { exporters, EXPORT_FORMATS, type ExportFormat, type Exporter } from './export/index.js';
