import type { AnalyzedArticle, Story } from '../../core/model.js';
import type { ExportInput } from '../types.js';

/** Each story with its articles in story order; then each article no story holds, alone. */
export function* storiesWithArticles(input: ExportInput): Generator<{ story: Story | undefined; articles: AnalyzedArticle[] }> {
  const byId = new Map(input.articles.map((a) => [a.id as string, a]));
  const placed = new Set<string>();
  for (const story of input.stories) {
    const articles = story.articles.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => a !== undefined);
    for (const a of articles) placed.add(a.id);
    yield { story, articles };
  }
  for (const a of input.articles) if (!placed.has(a.id)) yield { story: undefined, articles: [a] };
}
