import type { Stage } from '../core/stage.js';
import { dateStage } from './dates/stage.js';
import { entityStage } from './entities/stage.js';
import { eventStage } from './events/stage.js';
import { genreStage } from './genre/stage.js';
import { quantityStage } from './quantities/stage.js';
import { quoteStage } from './quotes/stage.js';
import { sentenceStage } from './sentences/stage.js';
import { syntaxStage } from './syntax/stage.js';
import { tokenStage } from './tokens/stage.js';

/** The per-article stages, in order. A new capability is one more line here. */
export const DEFAULT_STAGES: readonly Stage[] = [tokenStage, sentenceStage, entityStage, syntaxStage, dateStage, quantityStage, quoteStage, genreStage, eventStage];
