// The public surface of corroborate, listed one by one.
export type {
  Alias, AnalyzedArticle, Analysis, Article, ArticleId, Claim, DateRef, Diagnostic, Entity, EntityId, EntityType, Event, Fact,
  Geo, Layer, Mention, Quantity, Quote, Segment, SegmentKind, Sentence, Source, SourceFraming, Story, StoryId, TimelineItem, Token,
} from './model.js';
export { ENTITY_TYPES, SEGMENT_KINDS } from './model.js';
export { analyzeStories, articleId, createPipeline, DEFAULT_STAGES, type Pipeline, type PipelineOptions } from './pipeline.js';
export { checkPipeline, type Context, type Stage } from './stage.js';
export { readers, readPaths, readBytes, type Draft, type Format, type Input, type Reader, type ReadOptions } from './ingest/index.js';
export type { EntityRecognizer } from './nlp/ner/types.js';
export type { Report } from './report.js';
