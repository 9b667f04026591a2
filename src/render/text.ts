import type { AnalyzedArticle, ArticleId, Fact, Story } from '../core/model.js';
import { NON_BODY_KINDS } from '../core/kinds.js';

const NON_BODY = NON_BODY_KINDS;

/** The readable brief: stories, their sources, what was set aside as non-body, main entities. */
export function renderBrief(stories: readonly Story[], articles: readonly AnalyzedArticle[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sources = new Set(articles.map((a) => a.source.name));
  const lines: string[] = [
    `${articles.length} article${s(articles.length)} from ${sources.size} source${s(sources.size)}, ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}`,
    '',
  ];
  stories.forEach((story, i) => {
    lines.push(`Story ${i + 1}: ${story.title}  [${story.id}]`);
    lines.push(`  ${story.articles.length} article${s(story.articles.length)}:`);
    for (const id of story.articles) {
      const a = byId.get(id);
      if (!a) continue;
      const meta = [a.source.name, a.published ?? 'date unknown', a.language !== 'eng' ? `language ${a.language}` : ''].filter(Boolean).join(', ');
      lines.push(`    - ${a.title ? `"${clip(a.title, 70)}"` : a.origin} (${meta})`);
      const removed = NON_BODY.map((k) => [k, a.segments.filter((x) => x.kind === k)] as const).filter(([, segs]) => segs.length > 0)
        .map(([k, segs]) => `${segs.length} ${k}${k === 'boilerplate' ? '' : s(segs.length)}: ${segs.map((x) => `"${clip(a.text.slice(x.start, x.end).trim(), 40)}"`).join(', ')}`);
      if (removed.length) lines.push(`      not body: ${removed.join('; ')}`);
    }
    const sourceOf = (id: string) => byId.get(id as ArticleId)?.source.name ?? id;
    const factLines = (status: Fact['status'], heading: string, limit: number) => {
      const facts = story.facts.filter((f) => f.status === status).slice(0, limit);
      if (!facts.length) return;
      lines.push(`  ${heading}:`);
      for (const f of facts) {
        lines.push(`    - ${f.statement}${f.support > 1 ? ` (${f.support} sources)` : ''}`);
        for (const c of f.claims.slice(0, status === 'conflict' ? 6 : 3))
          lines.push(`        ${sourceOf(c.article)}${c.later ? ' (later)' : ''}: "${clip(c.text, 100)}" [${c.start}-${c.end}]`);
      }
    };
    factLines('conflict', 'Conflicts', 8);
    factLines('agreed', 'Agreed by several sources', 10);
    factLines('single', 'Stated by one source only', 8);
    if (story.timeline.length) {
      lines.push('  Timeline:');
      const shown = story.timeline.slice(0, 12);
      for (const t of shown) lines.push(`    ${t.date}${t.dateBasis ? '*' : ' '} ${t.statement} (${[...new Set(t.claims.map((c) => sourceOf(c.article)))].join(', ')})`);
      if (shown.some((t) => t.dateBasis)) lines.push('    * date not stated by these reports: taken from another mention of the same event');
    }
    const main = story.entities.slice(0, 12);
    if (main.length) {
      lines.push('  Main entities:');
      for (const e of main) {
        const others = e.aliases.filter((x) => x.text !== e.name);
        const spellings = others.length ? `; also ${others.slice(0, 4).map((x) => `"${x.text}"`).join(', ')}` : '';
        const inArticles = new Set(e.aliases.flatMap((x) => x.articles)).size;
        lines.push(`    ${e.name} (${e.type}): ${e.count} mention${s(e.count)} in ${inArticles} article${s(inArticles)}${spellings}`);
      }
    }
    const actors = [...new Set(story.framing.flatMap((f) => f.toward.slice(0, 4).map((t) => t.name)))].slice(0, 4);
    if (actors.length) {
      lines.push(`  Framing (tone -1..+1 toward ${actors.join(', ')}; opinion share):`);
      for (const f of story.framing)
      {
        lines.push(`    ${sourceOf(f.article)}: ${actors.map((n) => { const t = f.toward.find((x) => x.name === n); return `${n} ${t ? signed(t.score) : '  –  '}`; }).join(', ')}; opinion ${Math.round(f.opinion * 100)}%`);
        // Why, for the first actor: the words that weigh most in its score.
        const why = f.toward.find((x) => x.name === actors[0])?.terms.slice(0, 4) ?? [];
        if (why.length) lines.push(`      ${actors[0]}: ${why.map((x) => `${x.term} ${x.value > 0 ? '+' : ''}${x.value}`).join(', ')}`);
      }
    }
    lines.push('');
  });
  return lines.join('\n');
}

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
const s = (n: number) => (n === 1 ? '' : 's');
function clip(text: string, n: number): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
