import type { AnalyzedArticle, Story } from '../core/model.js';
import { checkOrder } from '../core/stage.js';
import type { StoryContext } from './context.js';

// A story pass is the story-level twin of a per-article Stage (core/stage.ts): named, with the story
// layers it reads and those it writes. It reads the story's articles, never changes them, and
// returns only story-level records (links, dates, facts, ...) that point back at article spans.

/** The layers passes write: everything of a Story but what grouping decides (its id and articles). */
export type StoryLayer = Exclude<keyof Story, 'id' | 'articles'>;

/** A story while its passes run: grouping gave its id and articles, passes add the rest. */
export type StoryDraft = Pick<Story, 'id' | 'articles'> & Partial<Pick<Story, StoryLayer>>;

export interface StoryPass<L extends StoryLayer = StoryLayer> {
  readonly name: string;
  readonly requires: readonly StoryLayer[];
  readonly assigns: readonly L[];
  /**
   * `articles` are the story's, in story order (`story.articles`); they are read, never written.
   * Returns exactly the layers in `assigns` (a list of passes of any layers, StoryPass, returns some).
   */
  run(story: Readonly<StoryDraft>, articles: readonly Readonly<AnalyzedArticle>[], ctx: StoryContext): [StoryLayer] extends [L] ? Partial<Pick<Story, StoryLayer>> : Pick<Story, L>;
}

/** Problems with a pass list: a pass needing a layer no earlier pass assigns, a layer assigned twice, a name used twice. */
export function checkStoryPasses(passes: readonly StoryPass[]): string[] {
  return checkOrder(passes, 'pass');
}

/** Layers a story may lack: a pass assigning one may return none (a story that tells no incident). */
const OPTIONAL_LAYERS: ReadonlySet<StoryLayer> = new Set(['incident']);

/** Layers a complete Story has, in the order its JSON lists them. */
const STORY_LAYERS = ['title', 'derivation', 'entities', 'links', 'dates', 'eventDates', 'facts', 'timeline', 'framing', 'network'] as const satisfies readonly StoryLayer[];

/** Runs the passes in order over one story's articles and returns the finished Story. */
export function runStoryPasses(draft: StoryDraft, articles: readonly Readonly<AnalyzedArticle>[], passes: readonly StoryPass[], ctx: StoryContext): Story {
  const story: StoryDraft = { ...draft };
  for (const pass of passes) {
    const layers: Partial<Pick<Story, StoryLayer>> = pass.run(story, articles, ctx);
    // Only what the pass declares: a layer it did not declare cannot slip in unchecked.
    for (const layer of pass.assigns) {
      if (layers[layer] === undefined && OPTIONAL_LAYERS.has(layer)) continue;
      if (layers[layer] === undefined) throw new Error(`story pass ${pass.name}: assigns '${layer}' but returned none`);
      (story as Record<StoryLayer, unknown>)[layer] = layers[layer];
    }
  }
  const missing = STORY_LAYERS.filter((l) => story[l] === undefined);
  if (missing.length) throw new Error(`story passes assign no ${missing.join(', ')}`);
  const out = { id: story.id } as Story;
  out.title = story.title!;
  out.articles = story.articles;
  for (const l of STORY_LAYERS) {
    if (l !== 'title') (out as unknown as Record<string, unknown>)[l] = story[l];
    if (l === 'links' && story.incident) out.incident = story.incident;
  }
  return out;
}
