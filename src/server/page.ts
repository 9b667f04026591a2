// The web UI's shell, stylesheet and icon, served as files (the Content-Security-Policy allows no inline
// script or style). The page is empty until ui/main.js renders the view the address names.

export const INDEX_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>corroborate</title>
<link rel="icon" href="/ui/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/ui/style.css">
<script type="module" src="/ui/main.js"></script>
</head>
<body>
<header class="top">
  <a class="brand" href="#/">corroborate</a>
  <form class="search" id="search" role="search">
    <input type="search" name="q" placeholder="Search stories and articles" aria-label="Search stories and articles" autocomplete="off">
    <button type="submit">Search</button>
  </form>
</header>
<main id="view" aria-live="polite"><p class="empty">Loading…</p></main>
<noscript><p class="empty">This page needs JavaScript. The same data is at <a href="/api/stories">/api/stories</a>.</p></noscript>
</body>
</html>
`;

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1b1f24"/><path d="M4 8.5l2.5 2.5L12 5" stroke="#fff" stroke-width="2" fill="none"/></svg>`;

export const STYLESHEET = `
:root{--fg:#1b1f24;--muted:#5b6570;--line:#d8dde3;--bg:#fff;--soft:#f6f7f9;--link:#0b5cad;
--agreed:#1f7a3a;--conflict:#b42318;--single:#6b5b00;--pos:#2f8f4e;--neg:#c2410c;
--PER:#1d4ed8;--ORG:#b45309;--LOC:#047857;--MISC:#7c3aed;--side-0:#fde2e1;--side-1:#dbeafe;--side-2:#fef3c7;--side-3:#e9d5ff}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:break-word}
h1,h2,h3,.meta,.card,.column,.side,.story-item,.hit,.statement,.claims,.relations li,.toc button{overflow-wrap:anywhere;min-width:0}
a{color:var(--link)}
button{font:inherit;cursor:pointer}
.top{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.5rem 1rem;background:var(--fg);color:#fff}
.brand{color:#fff;font-weight:700;text-decoration:none;font-size:1.15rem}
.search{display:flex;flex:1 1 16rem;gap:.4rem;max-width:36rem}
.search input{flex:1;min-width:0;padding:.35rem .6rem;border:1px solid var(--line);border-radius:4px;font:inherit}
.search button,.btn{padding:.35rem .8rem;border:1px solid var(--line);border-radius:4px;background:var(--soft);color:var(--fg)}
main{max-width:72rem;margin:0 auto;padding:0 1rem 3rem}
h1{font-size:1.5rem;line-height:1.25;margin:1.2rem 0 .3rem}
h2{font-size:1.2rem;margin:2rem 0 .6rem;padding-top:.6rem;border-top:2px solid var(--fg)}
h3{font-size:1rem;margin:1.2rem 0 .4rem}
.meta,.note,.empty,.count{color:var(--muted);font-size:.9rem}
.empty{font-style:italic}
.error{color:var(--conflict);font-weight:600}
.chips{display:flex;flex-wrap:wrap;gap:.3rem;margin:.3rem 0;padding:0;list-style:none}
.chip{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:0 .55rem;font-size:.82rem;background:var(--soft)}
.chip.type-PER{border-color:var(--PER);color:var(--PER)}.chip.type-ORG{border-color:var(--ORG);color:var(--ORG)}
.chip.type-LOC{border-color:var(--LOC);color:var(--LOC)}.chip.type-MISC{border-color:var(--MISC);color:var(--MISC)}
.tag{display:inline-block;font-size:.72rem;font-weight:600;border-radius:3px;padding:0 .35rem;color:#fff;background:var(--muted);vertical-align:middle;text-transform:uppercase;letter-spacing:.02em}
.tag.agreed{background:var(--agreed)}.tag.conflict{background:var(--conflict)}.tag.single{background:var(--single)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(16rem,100%),1fr));gap:.75rem;padding:0;list-style:none}
.card{border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;background:var(--bg)}
.card h3{margin:.1rem 0 .3rem;font-size:1.05rem}
.card p{margin:.25rem 0}
.story-list{list-style:none;padding:0}
.story-item{border-bottom:1px solid var(--line);padding:.8rem 0}
.story-item h3{margin:0 0 .2rem;font-size:1.1rem}
.hits{list-style:none;padding:0}.hit{border-bottom:1px solid var(--line);padding:.5rem 0}
.hit .snippet{margin:.2rem 0;color:#333}.hit mark{background:#ffe58f}
.toc{display:flex;flex-wrap:wrap;gap:.35rem;margin:.6rem 0}
.toc button{border:1px solid var(--line);border-radius:999px;background:var(--soft);padding:.1rem .7rem;font-size:.85rem}
.downloads{display:flex;flex-wrap:wrap;gap:.5rem;font-size:.85rem;margin:.4rem 0}
ul.facts{list-style:none;padding:0;margin:.3rem 0}
.fact{border-left:4px solid var(--line);padding:.25rem .75rem;margin:.5rem 0}
.fact.agreed{border-color:var(--agreed)}.fact.conflict{border-color:var(--conflict);background:#fff5f4}.fact.single{border-color:var(--single)}
.statement{margin:.1rem 0;font-weight:600}
.claims{padding-left:1rem;margin:.2rem 0;font-size:.92rem}
.src{font-weight:600;margin-right:.3rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(14rem,100%),1fr));gap:.5rem;margin:.4rem 0}
.side{border-radius:4px;padding:.4rem .6rem}
.side-0{background:var(--side-0)}.side-1{background:var(--side-1)}.side-2{background:var(--side-2)}.side-3{background:var(--side-3)}
.side .value{font-weight:700;font-size:1.05rem}
.columns{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(15rem,100%),1fr));gap:.75rem}
.column{border:1px solid var(--line);border-radius:6px;padding:.4rem .7rem}
.column h3,.column summary{margin:.2rem 0;font-weight:600}.column summary{cursor:pointer}
.column ul{padding-left:1.1rem;margin:.2rem 0;font-size:.92rem}
.chart{width:100%;overflow-x:auto}
.chart svg{display:block;max-width:100%;height:auto;font-family:inherit}
svg text{font-size:12px;fill:var(--fg)}
svg .axis line,svg .axis path{stroke:#8a939c}
svg .tick text{fill:var(--muted);font-size:11px}
svg .halo{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
svg .point.agreed{fill:var(--agreed)}svg .point.conflict{fill:var(--conflict)}svg .point.single{fill:var(--single)}
svg .span.agreed{fill:var(--agreed);opacity:.45}svg .span.conflict{fill:var(--conflict);opacity:.45}svg .span.single{fill:var(--single);opacity:.45}
svg .publication{fill:#fff;stroke:var(--muted);stroke-width:1.5}
svg .point-label{fill:#fff;font-size:10px;font-weight:700}
svg .edge{stroke:#8a939c;stroke-width:1.5;fill:none}
svg .edge.negated{stroke-dasharray:4 3}
svg .edge-label{font-size:10px;fill:var(--muted)}
svg #arrow path{fill:#8a939c}
svg .node{stroke:#fff;stroke-width:2}
svg .node.unnamed{fill:#fff;stroke:#8a939c;stroke-width:1.5}svg .edge.to-unnamed{stroke:#c3c9d0}svg .unnamed .edge-label{fill:#8a939c}
svg text.na{fill:var(--muted);font-size:11px}
.legend .key.node-key{border-radius:50%;border:0}.key.node-key.PER{background:var(--PER)}.key.node-key.ORG{background:var(--ORG)}.key.node-key.LOC{background:var(--LOC)}.key.node-key.MISC{background:var(--MISC)}.key.node-key.none{background:#8a939c}.legend .key.node-key.unnamed{background:#fff;border:1.5px solid #8a939c}
svg .node.type-PER{fill:var(--PER)}svg .node.type-ORG{fill:var(--ORG)}svg .node.type-LOC{fill:var(--LOC)}svg .node.type-MISC{fill:var(--MISC)}svg .node.type-none{fill:#8a939c}
svg .bar.pos{fill:var(--pos)}svg .bar.neg{fill:var(--neg)}svg .bar.share{fill:#64748b}
svg .zero{stroke:var(--fg);stroke-width:1}
svg .gridline{stroke:var(--line)}
svg .group-label{font-weight:700}
ol.timeline-list{padding-left:1.6rem}
ol.timeline-list time{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.4rem}
.table-wrap{overflow-x:auto;margin:.4rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft);position:sticky;top:0}
.facts-table td.cell{text-align:center;min-width:4.5rem}
.facts-table th{max-width:9rem}
/* The fact stays readable and in view while many source columns scroll beside it. */
.facts-table td.statement-cell,.facts-table th:first-child{min-width:16rem;position:sticky;left:0;z-index:1;background:var(--bg)}.facts-table th:first-child{z-index:2;background:var(--soft)}
.facts-table tr.conflict td.statement-cell{box-shadow:inset 4px 0 var(--conflict)}
.facts-table tr.agreed td.statement-cell{box-shadow:inset 4px 0 var(--agreed)}
.facts-table tr.single td.statement-cell{box-shadow:inset 4px 0 var(--single)}
.facts-table td.states{background:#eaf6ee}
.facts-table td.omits{color:var(--conflict)}
.facts-table td.cell a{text-decoration:none}
.filters{display:flex;flex-wrap:wrap;gap:.35rem;margin:.3rem 0}
.filters button{border:1px solid var(--line);border-radius:4px;background:var(--bg);padding:.1rem .6rem;font-size:.85rem}
.filters button[aria-pressed=true]{background:var(--fg);color:#fff;border-color:var(--fg)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.85rem;margin:.5rem 0;padding:0;list-style:none}
.legend label{display:inline-flex;gap:.3rem;align-items:center}
.article-text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;line-height:1.7;font-size:1.02rem}
.seg{display:inline}
.seg:not([data-kind=body]){color:#8a939c;background:#f3f4f6}
.seg:not([data-kind=body])::before{content:attr(data-kind);font-size:.65rem;text-transform:uppercase;letter-spacing:.04em;border:1px solid #c3c9d0;border-radius:3px;padding:0 .25rem;margin-right:.3rem;color:#6b7280;font-style:normal}
.show-entities .mention{border-radius:3px;padding:0 .1rem;border-bottom:2px solid}
.show-entities .mention[data-type=PER]{background:#dbe4ff;border-color:var(--PER)}
.show-entities .mention[data-type=ORG]{background:#ffe8cc;border-color:var(--ORG)}
.show-entities .mention[data-type=LOC]{background:#d3f9e4;border-color:var(--LOC)}
.show-entities .mention[data-type=MISC]{background:#ede1ff;border-color:var(--MISC)}
.show-quotes .quote{font-style:italic;background:#fff4d6}
.show-quotes .quote.direct{box-shadow:inset 0 -1px #e0a800}
.show-dates .date{text-decoration:underline 2px #0891b2;text-underline-offset:3px}
.show-quantities .quantity{text-decoration:underline 2px dotted #be185d;text-underline-offset:3px}
.claim-target{outline:2px solid #f08c00;background:#ffe066}
.key{display:inline-block;width:.9rem;height:.9rem;border-radius:2px;vertical-align:-2px}
.key.PER{background:#dbe4ff;border-bottom:2px solid var(--PER)}.key.ORG{background:#ffe8cc;border-bottom:2px solid var(--ORG)}
.key.LOC{background:#d3f9e4;border-bottom:2px solid var(--LOC)}.key.MISC{background:#ede1ff;border-bottom:2px solid var(--MISC)}
.key.quote{background:#fff4d6}.key.date{border-bottom:2px solid #0891b2}.key.quantity{border-bottom:2px dotted #be185d}.key.nonbody{background:#f3f4f6;border:1px solid #c3c9d0}
.layers{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(20rem,100%),1fr));gap:1rem}
details.ingest{border:1px solid var(--line);border-radius:6px;padding:.5rem .8rem;margin:1rem 0;background:var(--soft)}
details.ingest summary{cursor:pointer;font-weight:600}
.ingest form{display:grid;gap:.5rem;margin-top:.5rem}
.ingest textarea{width:100%;min-height:8rem;font:inherit;padding:.4rem}
.ingest input[type=text]{font:inherit;padding:.3rem .5rem}
.ingest .row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.pager{margin:1rem 0}
ul.relations{list-style:none;padding:0;margin:.3rem 0}.relations li{border-bottom:1px solid var(--line);padding:.35rem 0}.relations p{margin:0}
.relations .meta{white-space:pre-line}.relations .event-type{font-size:.8rem;font-weight:600;border:1px solid var(--line);border-radius:3px;padding:0 .3rem;background:var(--soft)}.relations .negated .event-type{text-decoration:line-through}
svg .framing-bar{cursor:pointer}svg .framing-bar .hit{fill:transparent}svg .framing-bar:focus{outline:none}svg .framing-bar:hover .bar,svg .framing-bar:focus .bar{stroke:var(--fg);stroke-width:1.5}
.framing-words{min-height:1.5em;font-size:.9rem;margin:.3rem 0;padding:.3rem .5rem;background:var(--soft);border-radius:4px}
dl.incident{margin:.5rem 0;border:1px solid var(--line);border-radius:6px;padding:.2rem .75rem}
dl.incident .field{display:grid;grid-template-columns:minmax(5rem,7rem) 1fr;gap:.5rem;padding:.35rem 0;border-bottom:1px solid var(--line)}dl.incident .field:last-child{border-bottom:0}
dl.incident dt{font-weight:600;color:var(--muted)}dl.incident dd{margin:0;min-width:0;overflow-wrap:anywhere}
dl.incident .value{margin-right:.35rem}dl.incident .geo{margin-left:.35rem}dl.incident .also{margin-top:.15rem}
dl.incident .field.conflict{background:var(--side-0)}
@media (max-width:40rem){body{font-size:15px}h1{font-size:1.3rem}main{padding:0 .6rem 2rem}.article-text{padding:.6rem}
/* The facts table becomes one card per fact: the fact, its status, then each source that states or omits it. */
.facts-table,.facts-table tbody,.facts-table tr,.facts-table td{display:block;width:auto}.facts-table thead{display:none}.facts-table tr[hidden]{display:none}
.facts-table tr{border:1px solid var(--line);border-left-width:4px;border-radius:6px;margin:.5rem 0;padding:.3rem .6rem}.facts-table tr.agreed{border-left-color:var(--agreed)}.facts-table tr.conflict{border-left-color:var(--conflict)}.facts-table tr.single{border-left-color:var(--single)}
.facts-table td{border:0;padding:.1rem 0}.facts-table td.statement-cell{position:static;min-width:0;box-shadow:none!important;font-weight:600;overflow-wrap:anywhere}
.facts-table td.cell{display:flex;gap:.3rem;justify-content:flex-end;text-align:right;min-width:0;padding:.1rem .3rem}.facts-table td.cell::before,.facts-table td.support-cell::before{content:attr(data-source);margin-right:auto;color:var(--muted);text-align:left;overflow-wrap:anywhere;min-width:0}
.facts-table td.silent{display:none}.facts-table td.support-cell{display:flex;gap:.5rem;font-size:.85rem}}
`;
