import { existsSync, readFileSync } from 'node:fs';
import { compileLexicon, type CameoLexicon, type EventLexicon, type EventTyping } from './cameo.js';

/** Where `npm run train:events` writes the CAMEO lexicon: models/event-lexicon.json at the repository root. */
export const DEFAULT_EVENT_LEXICON = new URL('../../../../models/event-lexicon.json', import.meta.url);

/** The CAMEO verb lexicon, or undefined when the file is absent (the hand lexicon alone types events). */
export function loadEventLexiconSync(path: string | URL = DEFAULT_EVENT_LEXICON): CameoLexicon | undefined {
  return existsSync(path) ? compileLexicon(JSON.parse(readFileSync(path, 'utf8')) as EventLexicon) : undefined;
}

/** The policy chosen on data (models/README.md, event-lexicon.json: the 2-fold on gsr-dev.json). */
export const DEFAULT_TYPING: Omit<EventTyping, 'lexicon'> = { policy: 'hand+veto', appeals: false, parseGate: false, defaults: false, argsOnParse: 'either' };

/** The default event typing: the committed lexicon under the chosen policy, or undefined without the file. */
export function defaultEventTyping(): EventTyping | undefined {
  const lexicon = loadEventLexiconSync();
  return lexicon ? { lexicon, ...DEFAULT_TYPING } : undefined;
}
