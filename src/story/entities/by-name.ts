// The first, name-only grouping is replaced by story-entities.ts; its name key lives on in names.ts.
export { nameKey } from './names.js';
