import type { AnalyzedArticle, Claim, Fact, Story } from '../core/model.js';

// report.html: one self-contained file (no network, no script), readable on a phone and a desktop.
// Every statement links to the sentence it rests on, shown in the sources section at the end.
// All article text is hostile input: it is escaped, never inserted as markup.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const anchor = (articleId: string, start: number) => `s-${articleId}-${start}`;

export function renderReport(stories: readonly Story[], articles: readonly AnalyzedArticle[], generated: string): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const body = stories.map((s, i) => storySection(s, i, byId)).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>corroborate: ${esc(stories[0]?.title ?? 'report')}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>corroborate report</h1><p class="meta">${articles.length} articles, ${stories.length} ${stories.length === 1 ? 'story' : 'stories'} · generated ${esc(generated)}</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}

function storySection(story: Story, index: number, byId: Map<string, AnalyzedArticle>): string {
  const arts = story.articles.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => !!a);
  const sourceName = (id: string) => byId.get(id)?.source.name ?? id;
  const claimLink = (c: Claim) =>
    `<a class="claim" href="#${anchor(c.article, c.start)}"><span class="src">${esc(sourceName(c.article))}</span> “${esc(clip(c.text, 220))}”${c.later ? ' <span class="tag later">later report</span>' : ''}</a>`;
  const factItem = (f: Fact) => `<li class="fact ${f.status}" id="${esc(f.id)}"><p class="statement">${esc(f.statement)} <span class="tag ${f.status}">${f.status}</span> <span class="support">${f.support} source${f.support === 1 ? '' : 's'}</span></p><ul class="claims">${f.claims.map((c) => `<li>${claimLink(c)}</li>`).join('')}</ul></li>`;
  const list = (facts: readonly Fact[], empty: string) => (facts.length ? `<ul class="facts">${facts.map(factItem).join('')}</ul>` : `<p class="empty">${empty}</p>`);
  const agreed = story.facts.filter((f) => f.status === 'agreed');
  const conflicts = story.facts.filter((f) => f.status === 'conflict');
  const single = story.facts.filter((f) => f.status === 'single');
  const happened = [...conflicts, ...agreed].filter((f) => f.kind !== 'quote').slice(0, 5);
  const entityName = new Map(story.entities.map((e) => [e.id, e.name]));

  return `<section class="story" id="${esc(story.id)}">
<h2><span class="num">Story ${index + 1}</span> ${esc(story.title)}</h2>
<section><h3>What happened</h3>${happened.length ? `<ul class="summary">${happened.map((f) => `<li><a href="#${esc(f.id)}">${esc(f.statement)}</a> <span class="tag ${f.status}">${f.status}</span></li>`).join('')}</ul>` : '<p class="empty">No fact is stated by more than one source.</p>'}</section>
<section><h3>Sources</h3><div class="sources">${arts.map((a) => sourceCard(a)).join('')}</div></section>
<section><h3>Conflicts</h3>${list(conflicts, 'The sources do not contradict each other on any aligned fact.')}</section>
<section><h3>Agreed by several sources</h3>${list(agreed, 'No fact is stated by more than one source.')}</section>
<section><h3>Stated by one source only</h3>${list(single, 'None.')}</section>
<section><h3>Timeline</h3>${story.timeline.length ? `<ol class="timeline">${story.timeline.map((t) => `<li><time${t.dateBasis ? ` class="inherited" title="${esc(`date from ${t.dateBasis}`)}"` : ''}>${esc(t.date)}${t.dateBasis ? '*' : ''}</time> <a href="#${esc(t.fact)}">${esc(t.statement)}</a> <span class="tag ${t.status}">${t.status}</span> <span class="support">${t.claims.map((c) => esc(sourceName(c.article))).filter((v, i, xs) => xs.indexOf(v) === i).join(', ')}</span></li>`).join('')}</ol>${story.timeline.some((t) => t.dateBasis) ? '<p class="note">* the reports behind the item do not state its date: it comes from another mention of the same event (hover for which).</p>' : ''}` : '<p class="empty">No dated event.</p>'}</section>
<section><h3>Entities and their spellings</h3><table class="entities"><thead><tr><th>Entity</th><th>Type</th><th>Mentions</th><th>Spellings</th><th>Place</th></tr></thead><tbody>${story.entities.filter((e) => e.count > 0).slice(0, 40).map((e) => `<tr><td>${esc(e.name)}</td><td>${e.type}</td><td>${e.count}</td><td>${e.aliases.map((a) => `${esc(a.text)} <span class="count">×${a.count}</span>`).join(', ')}</td><td>${e.geo ? `${e.geo.country} (${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)})` : ''}</td></tr>`).join('')}</tbody></table></section>
<section><h3>How each source frames the main actors</h3>${framingTable(story, entityName, sourceName)}</section>
<section><h3>The articles</h3>${arts.map((a) => articleText(a, story)).join('')}</section>
</section>`;
}

function sourceCard(a: AnalyzedArticle): string {
  const removed = a.segments.filter((s) => s.kind !== 'body');
  const kinds = [...new Set(removed.map((s) => s.kind))];
  return `<article class="source"><h4>${esc(a.source.name)}</h4><p>${esc(a.title ?? a.origin)}</p><p class="meta">${esc(a.published ?? 'date unknown')}${a.language !== 'eng' ? ` · language ${esc(a.language)}` : ''}</p>${kinds.length ? `<p class="meta">not body: ${kinds.map((k) => `${removed.filter((s) => s.kind === k).length} ${k}`).join(', ')}</p>` : ''}<p><a href="#art-${a.id}">read the text</a></p></article>`;
}

function framingTable(story: Story, entityName: Map<string, string>, sourceName: (id: string) => string): string {
  const actors = [...new Set(story.framing.flatMap((f) => f.toward.map((t) => t.entity)))].slice(0, 6);
  if (!actors.length) return '<p class="empty">Too little text about the actors to measure tone.</p>';
  const cell = (tone: Story['framing'][number]['toward'][number] | undefined) => {
    if (tone === undefined) return '<td class="na">–</td>';
    const w = Math.round(Math.abs(tone.score) * 50);
    // The strongest words say why the score is what it is.
    const why = (tone.terms ?? []).slice(0, 3).map((x) => `${esc(x.term)} ${x.value > 0 ? '+' : '−'}${Math.abs(x.value)}`).join(', ');
    return `<td><span class="bar ${tone.score < 0 ? 'neg' : 'pos'}" style="width:${w}%"></span><span class="score">${tone.score.toFixed(2)}</span>${why ? `<span class="why">${why}</span>` : ''}</td>`;
  };
  return `<table class="framing"><thead><tr><th>Source</th>${actors.map((id) => `<th>${esc(entityName.get(id) ?? id)}</th>`).join('')}<th>Opinion</th><th>Hedging</th></tr></thead><tbody>${story.framing.map((f) => `<tr><td>${esc(sourceName(f.article))}</td>${actors.map((id) => cell(f.toward.find((t) => t.entity === id))).join('')}<td>${Math.round(f.opinion * 100)}%</td><td>${Math.round(f.hedging * 100)}%</td></tr>`).join('')}</tbody></table><p class="note">Tone from −1 (hostile) to +1 (favourable): the mean word valence (AFINN-165 adjusted for news framing) of the sentences that name the actor, in the outlet’s own voice (quotations left out); under each score, the words that weigh most.</p>`;
}

/** The article's text with the claim sentences anchored, and non-body segments greyed. */
function articleText(a: AnalyzedArticle, story: Story): string {
  const starts = new Map<number, number>();
  for (const f of story.facts) for (const c of f.claims) if (c.article === a.id) starts.set(c.start, Math.max(starts.get(c.start) ?? 0, c.end));
  const cuts = [...starts.entries()].sort((x, y) => x[0] - y[0]);
  const parts: string[] = [];
  for (const seg of a.segments) {
    let pos = seg.start;
    let html = '';
    for (const [start, end] of cuts) {
      if (start < pos || start >= seg.end) continue;
      const stop = Math.min(end, seg.end);
      html += esc(a.text.slice(pos, start)) + `<mark id="${anchor(a.id, start)}">${esc(a.text.slice(start, stop))}</mark>`;
      pos = stop;
    }
    html += esc(a.text.slice(pos, seg.end));
    parts.push(seg.kind === 'body' ? `<span class="seg body">${html}</span>` : `<span class="seg ${seg.kind}" title="${seg.kind}">${html}</span>`);
  }
  return `<article class="text" id="art-${a.id}"><h4>${esc(a.source.name)}${a.title ? `: ${esc(a.title)}` : ''}</h4><p class="meta">${esc(a.origin)}</p><div class="fulltext">${parts.join('')}</div></article>`;
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

const CSS = `
:root{--fg:#1b1f24;--muted:#5b6570;--line:#d8dde3;--bg:#fff;--agreed:#1f7a3a;--conflict:#b42318;--single:#6b5b00;--pos:#2f8f4e;--neg:#c2410c}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:70rem;margin:0 auto;padding:0 1rem}header h1{margin:1rem 0 0;font-size:1.4rem}
.meta,.note,.empty,.support,.count{color:var(--muted);font-size:.9rem}
h2{border-top:3px solid var(--fg);padding-top:.75rem;font-size:1.35rem}h2 .num{color:var(--muted);font-weight:normal;margin-right:.4rem}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
.sources{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.75rem}
.source{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem}.source h4{margin:.2rem 0}.source p{margin:.25rem 0}
ul.facts{list-style:none;padding:0}.fact{border-left:4px solid var(--line);padding:.25rem .75rem;margin:.5rem 0}
.fact.agreed{border-color:var(--agreed)}.fact.conflict{border-color:var(--conflict);background:#fff5f4}.fact.single{border-color:var(--single)}
.statement{margin:.2rem 0;font-weight:600}.claims{padding-left:1rem;margin:.2rem 0}.claims li{margin:.2rem 0}
a.claim{color:inherit;text-decoration:none}a.claim:hover{text-decoration:underline}.src{font-weight:600;margin-right:.3rem}
.tag{display:inline-block;font-size:.75rem;font-weight:600;border-radius:3px;padding:0 .35rem;color:#fff;background:var(--muted);vertical-align:middle}
.tag.agreed{background:var(--agreed)}.tag.conflict{background:var(--conflict)}.tag.single{background:var(--single)}.tag.later{background:#475467}
ol.timeline{padding-left:1.2rem}ol.timeline time{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.4rem}
table{border-collapse:collapse;width:100%;font-size:.92rem;display:block;overflow-x:auto}th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
.framing td{min-width:7rem;position:relative}.bar{display:inline-block;height:.7rem;margin-right:.35rem;border-radius:2px;vertical-align:middle}.bar.pos{background:var(--pos)}.bar.neg{background:var(--neg)}
.score{font-variant-numeric:tabular-nums}.why{display:block;font-size:.75rem;color:var(--muted)}
article.text{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;margin:.75rem 0}.fulltext{white-space:pre-wrap;overflow-wrap:anywhere}
.seg:not(.body){color:#8a939c;background:#f3f4f6}mark{background:#fff3bf}mark:target{background:#ffd43b;outline:2px solid #f08c00}
@media (max-width:40rem){body{font-size:15px}h2{font-size:1.2rem}}
`;
