import { articleId } from '../core/ids.js';
import type { Article, Diagnostic } from '../core/model.js';
import type { Draft } from '../read/types.js';
import { segment } from './index.js';
import { identifyLanguage } from './language.js';
import { unknownSource } from '../read/source.js';

/** Draft to Article: segments that cover the text, language, id. */
export function prepareArticle(draft: Draft, diagnostics: Diagnostic[]): Article {
  const segments = segment(draft);
  const language = identifyLanguage(draft.text, segments);
  if (language !== 'eng') {
    diagnostics.push({
      level: 'warning', source: 'language', rule: language === 'und' ? 'language-undetermined' : 'not-english', origin: draft.origin,
      message: language === 'und'
        ? `${draft.origin}: too little text to tell its language; analysed as English`
        : `${draft.origin}: the text is in another language (${language}); the analysis is tuned for English and may miss things`,
    });
  }
  const id = articleId(draft.text);
  // Nothing named the outlet: it is unknown, and an outlet of its own (never one shared "unknown" that would count as one source).
  const source = draft.source.name.trim() ? draft.source : unknownSource(id, draft.source.url);
  const article: Article = { id, origin: draft.origin, source, language, text: draft.text, segments };
  if (draft.title) article.title = draft.title;
  else {
    const title = segments.find((s) => s.kind === 'title');
    if (title) article.title = draft.text.slice(title.start, title.end).trim();
  }
  if (draft.published) article.published = draft.published;
  if (draft.author) article.author = draft.author;
  if (draft.canonicalUrl) article.canonicalUrl = draft.canonicalUrl;
  return article;
}
