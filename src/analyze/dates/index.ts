// The dates layer: the per-article stage, and the story-level pass that fills what one article cannot.
export { dateStage } from './stage.js';
export { refineStoryDates } from './story.js';
export { extractDates, type DateOptions } from './extract.js';
export type { Reference } from './reference.js';
