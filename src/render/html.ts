import type { AnalyzedArticle } from '../core/model.js';
import { factLines, type Brief, type Citation, type FactLine, type Framing, type SourceLine, type Tone } from './brief.js';
import { clip, plural } from './format.js';
import { geoNote, incidentCitations, isLater, type IncidentRecord, type IncidentVersion } from './incident.js';

// report.html: one self-contained file (no network, no script), readable on a phone and a desktop.
// It renders the full form of each story's Brief (every item, every claim), in the Brief's order.
// Every statement links to the sentence it rests on, shown in the sources section at the end.
// All article text is hostile input: it is escaped, never inserted as markup.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const anchor = (articleId: string, start: number) => `s-${articleId}-${start}`;

/** `articles` gives the texts shown at the end of each story, with the Brief's citations marked. */
export function renderReport(briefs: readonly Brief[], articles: readonly AnalyzedArticle[], generated: string): string {
  const byId = new Map<string, AnalyzedArticle>(articles.map((a) => [a.id, a]));
  const body = briefs.map((b, i) => storySection(b, i, byId)).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>corroborate: ${esc(briefs[0]?.title ?? 'report')}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>corroborate report</h1><p class="meta">${articles.length} articles, ${briefs.length} ${briefs.length === 1 ? 'story' : 'stories'} · generated ${esc(generated)}</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}

function storySection(brief: Brief, index: number, byId: Map<string, AnalyzedArticle>): string {
  const claimLink = (c: Citation) =>
    `<a class="claim" href="#${anchor(c.article, c.start)}"><span class="src">${esc(c.source)}</span> “${esc(clip(c.text, 220))}”${c.later ? ' <span class="tag later">later report</span>' : ''}</a>`;
  const factItem = (f: FactLine) => `<li class="fact ${f.status}" id="${esc(f.id)}"><p class="statement">${esc(f.statement)} <span class="tag ${f.status}">${f.status}</span> <span class="support">${esc(f.supportNote)}</span></p><ul class="claims">${f.claims.items.map((c) => `<li>${claimLink(c)}</li>`).join('')}</ul></li>`;
  const list = (facts: readonly FactLine[], empty: string) => (facts.length ? `<ul class="facts">${facts.map(factItem).join('')}</ul>` : `<p class="empty">${empty}</p>`);
  const { happened } = brief;
  const texts = brief.sources.map((s) => byId.get(s.article)).filter((a): a is AnalyzedArticle => !!a);

  return `<section class="story" id="${esc(brief.story)}">
<h2><span class="num">Story ${index + 1}</span> ${esc(brief.title)}</h2>
${brief.incident ? incidentSection(brief.incident) : ''}
<section><h3>What happened</h3>${happened.facts.length ? `<ul class="summary">${happened.facts.map((f) => `<li><a href="#${esc(f.fact)}">${esc(f.statement)}</a> <span class="tag ${f.status}">${f.status}</span> <span class="support">${plural(f.support, 'source')}</span></li>`).join('')}</ul>${happened.fromOneSource ? '<p class="note">No fact is stated by more than one source yet; these are the main single-source facts.</p>' : ''}` : '<p class="empty">No fact has been aligned across the sources yet.</p>'}</section>
<section><h3>Sources</h3><div class="sources">${brief.sources.map(sourceCard).join('')}</div></section>
<section><h3>Conflicts</h3>${list(brief.conflicts.items, 'The sources do not contradict each other on any aligned fact.')}</section>
<section><h3>Agreed by several sources</h3>${list(brief.agreed.items, 'No fact is stated by more than one source.')}</section>
<section><h3>Stated by one source only</h3>${list(brief.single.items, 'None.')}</section>
<section><h3>Timeline</h3>${brief.timeline.items.length ? `<ol class="timeline">${brief.timeline.items.map((t) => `<li><time${t.inheritedFrom ? ` class="inherited" title="${esc(`date from ${t.inheritedFrom}`)}"` : ''}>${esc(t.date)}${t.inheritedFrom ? '*' : ''}</time> <a href="#${esc(t.fact)}">${esc(t.statement)}</a> <span class="tag ${t.status}">${t.status}</span> <span class="support">${t.sources.map(esc).join(', ')}</span></li>`).join('')}</ol>${brief.timeline.items.some((t) => t.inheritedFrom) ? '<p class="note">* the reports behind the item do not state its date: it comes from another mention of the same event (hover for which).</p>' : ''}` : '<p class="empty">No dated event.</p>'}</section>
<section><h3>Entities and their spellings</h3><table class="entities"><thead><tr><th>Entity</th><th>Type</th><th>Mentions</th><th>Spellings</th><th>Place</th></tr></thead><tbody>${brief.entities.items.map((e) => `<tr><td>${esc(e.name)}${e.roles ? ` <span class="count">(${esc(e.roles.join(', '))})</span>` : ''}</td><td>${e.type}</td><td>${e.count}</td><td>${e.aliases.map((a) => `${esc(a.text)} <span class="count">×${a.count}</span>`).join(', ')}</td><td>${e.geo ? `${esc(e.geo.country)} (${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)})` : esc(e.country ?? '')}</td></tr>`).join('')}</tbody></table></section>
<section><h3>How each source frames the main actors</h3>${framingTable(brief.framing)}</section>
<section><h3>The articles</h3>${texts.map((a) => articleText(a, brief)).join('')}</section>
</section>`;
}

/**
 * The incident record, first in the story: each field with its status, each version with the sources
 * behind it, every source name a link to the sentence it rests on.
 */
function incidentSection(record: IncidentRecord): string {
  const sources = (v: { claims: readonly Citation[] }) => {
    const first = new Map<string, Citation>();
    for (const c of v.claims) if (!first.has(c.article)) first.set(c.article, c);
    return `<span class="support">${plural(first.size, 'source')}:</span> ${[...first.values()].map((c) => `<a class="cite" href="#${anchor(c.article, c.start)}" title="${esc(clip(c.text, 300))}">${esc(c.source)}</a>`).join(', ')}`;
  };
  const version = (v: IncidentVersion, fact?: string) =>
    `<span class="version"><strong class="value">${fact ? `<a href="#${esc(fact)}">${esc(v.label)}</a>` : esc(v.label)}</strong> ${sources(v)}${isLater(v) ? ' <span class="tag later">later report</span>' : ''}</span>`;
  const rows = record.fields.map((f) => {
    const [best, ...others] = f.versions as [IncidentVersion, ...IncidentVersion[]];
    const status = f.status === 'single' ? 'one source only' : f.status;
    return `<div class="field ${f.status}" data-field="${esc(f.field)}"><dt>${esc(f.name)}</dt><dd>${version(best, f.fact)}${f.geo ? ` <span class="geo">${esc(geoNote(f.geo))}</span>` : ''} <span class="tag ${f.status}">${status}</span>${others.map((v) => ` <span class="also">also ${version(v)}</span>`).join('')}</dd></div>`;
  });
  const people = record.participants.map((p) => `<div class="field participant" data-role="${esc(p.role)}"><dt>${esc(p.role)}</dt><dd><span class="version"><strong class="value">${esc(p.name)}${p.age !== undefined ? `, ${p.age}` : ''}</strong> ${sources(p)}</span></dd></div>`);
  return `<section class="incident"><h3>Incident record <span class="type">${esc(record.type)}</span>${record.years ? ` <span class="tag years">dated ${record.years[0]} to ${record.years[1]}</span>` : ''}</h3><dl class="incident">${[...rows, ...people].join('')}</dl></section>`;
}

function sourceCard(s: SourceLine): string {
  return `<article class="source"><h4>${esc(s.name)}</h4><p>${esc(s.title ?? s.origin)}</p><p class="meta">${esc(s.published ?? 'date unknown')}${s.language ? ` · language ${esc(s.language)}` : ''}</p>${s.derivation ? `<p class="derivation" title="${esc(s.derivation.evidence.join('; '))}">${esc(s.derivation.note)}</p>` : ''}${s.setAside.length ? `<p class="meta">not body: ${s.setAside.map((x) => `${x.segments.length} ${x.kind}`).join(', ')}</p>` : ''}<p><a href="#art-${s.article}">read the text</a></p></article>`;
}

function framingTable({ actors, rows }: Framing): string {
  if (!actors.items.length) return '<p class="empty">Too little text about the actors to measure tone.</p>';
  const cell = (tone: Tone | null) => {
    if (tone === null) return '<td class="na">–</td>';
    const w = Math.round(Math.abs(tone.score) * 50);
    // The strongest words say why the score is what it is.
    const why = tone.terms.map((x) => `${esc(x.term)} ${x.value > 0 ? '+' : '−'}${Math.abs(x.value)}`).join(', ');
    return `<td><span class="bar ${tone.score < 0 ? 'neg' : 'pos'}" style="width:${w}%"></span><span class="score">${tone.score.toFixed(2)}</span>${why ? `<span class="why">${why}</span>` : ''}</td>`;
  };
  // A source that names none of the actors gets no row of dashes: it is listed once, under the table.
  const silent = rows.filter((r) => r.tones.every((t) => t === null));
  const shown = rows.filter((r) => !silent.includes(r));
  return `<table class="framing"><thead><tr><th>Source</th>${actors.items.map((a) => `<th>${esc(a.name)}</th>`).join('')}<th>Opinion</th><th>Hedging</th></tr></thead><tbody>${shown.map((r) => `<tr><td>${esc(r.source)}</td>${r.tones.map(cell).join('')}<td>${Math.round(r.opinion * 100)}%</td><td>${Math.round(r.hedging * 100)}%</td></tr>`).join('')}</tbody></table>${silent.length ? `<p class="note silent">Not naming any of these actors: ${silent.map((r) => esc(r.source)).join(', ')}.</p>` : ''}<p class="note">Tone from −1 (hostile) to +1 (favourable): the mean word valence (AFINN-165 adjusted for news framing) of the sentences that name the actor, in the outlet’s own voice (quotations left out); under each score, the words that weigh most.</p>`;
}

/** The article's text with the sentences the brief cites anchored, and non-body segments greyed. */
function articleText(a: AnalyzedArticle, brief: Brief): string {
  const starts = new Map<number, number>();
  const cited = [...factLines(brief).flatMap((f) => f.claims.items), ...incidentCitations(brief.incident)];
  for (const c of cited) if (c.article === a.id) starts.set(c.start, Math.max(starts.get(c.start) ?? 0, c.end));
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

const CSS = `
:root{--fg:#1b1f24;--muted:#5b6570;--line:#d8dde3;--bg:#fff;--agreed:#1f7a3a;--conflict:#b42318;--single:#6b5b00;--pos:#2f8f4e;--neg:#c2410c}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:break-word}
h1,h2,h3,h4,.meta,.source,.statement,.claims,ol.timeline li,article.text h4{overflow-wrap:anywhere;min-width:0}
header,main{max-width:70rem;margin:0 auto;padding:0 1rem}header h1{margin:1rem 0 0;font-size:1.4rem}
.meta,.note,.empty,.support,.count{color:var(--muted);font-size:.9rem}
h2{border-top:3px solid var(--fg);padding-top:.75rem;font-size:1.35rem}h2 .num{color:var(--muted);font-weight:normal;margin-right:.4rem}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
.sources{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(15rem,100%),1fr));gap:.75rem}
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
.incident dl,dl.incident{margin:.5rem 0;border:1px solid var(--line);border-radius:6px;padding:.25rem .75rem}
.incident h3 .type{font-size:.8rem;font-weight:600;color:var(--muted);margin-left:.4rem}
dl.incident .field{display:grid;grid-template-columns:7rem 1fr;gap:.5rem;padding:.3rem 0;border-bottom:1px solid var(--line)}dl.incident .field:last-child{border-bottom:0}
dl.incident dt{font-weight:600;color:var(--muted)}dl.incident dd{margin:0;overflow-wrap:anywhere}
dl.incident .value{margin-right:.35rem}dl.incident .geo{color:var(--muted);font-size:.9rem}
dl.incident .also{display:block;margin-top:.15rem}dl.incident .field.conflict{background:#fff5f4}
@media (max-width:40rem){body{font-size:15px}h2{font-size:1.2rem}header,main{padding:0 .6rem}dl.incident .field{grid-template-columns:5rem 1fr}}
`;
