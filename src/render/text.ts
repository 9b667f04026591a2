import { shortForm, type Brief, type Citation, type FactLine, type Shortlist } from './brief.js';
import { clip, plural } from './format.js';
import { geoNote, isLater, sourcesNote, type IncidentRecord, type IncidentVersion } from './incident.js';

// The terminal brief: the short form of each story's Brief. It renders what the Brief holds, in its
// order, and says how much more the full forms (report.html, the web UI) list.

export function renderText(briefs: readonly Brief[]): string {
  const articles = briefs.reduce((n, b) => n + b.sources.length, 0);
  // sources: outlets of independent reports (a copy or rewrite is its original's source)
  const sources = new Set(briefs.flatMap((b) => b.sources.filter((x) => !x.derivation).map((x) => x.name)));
  const lines: string[] = [
    `${plural(articles, 'article')} from ${plural(sources.size, 'source')}, ${plural(briefs.length, 'story', 'stories')}`,
    '',
  ];
  briefs.forEach((brief, i) => {
    lines.push(`Story ${i + 1}: ${brief.title}  [${brief.story}]`, ...storyLines(brief), '');
  });
  return lines.join('\n');
}

function storyLines(brief: Brief): string[] {
  const lines: string[] = brief.incident ? incidentLines(brief.incident) : [];
  const { happened } = brief;
  if (happened.facts.length) {
    lines.push(`  What happened${happened.fromOneSource ? ' (no fact is stated by more than one source yet; the main single-source facts)' : ''}:`);
    for (const f of happened.facts) lines.push(`    - ${f.statement} [${f.status}${f.support > 1 ? `, ${f.support} sources` : ''}]`);
  }
  lines.push(`  ${plural(brief.sources.length, 'article')}:`);
  for (const a of brief.sources) {
    const meta = [a.name, a.published ?? 'date unknown', a.language ? `language ${a.language}` : ''].filter(Boolean).join(', ');
    lines.push(`    - ${a.title ? `"${clip(a.title, 70)}"` : a.origin} (${meta})${a.derivation ? `: ${a.derivation.note}` : ''}`);
    const removed = a.setAside.map(({ kind, segments }) =>
      `${segments.length} ${kind}${kind === 'boilerplate' || segments.length === 1 ? '' : 's'}: ${segments.map((x) => `"${clip(x.text, 40)}"`).join(', ')}`);
    if (removed.length) lines.push(`      not body: ${removed.join('; ')}`);
  }
  factSection(lines, brief.conflicts, 'Conflicts');
  factSection(lines, brief.agreed, 'Agreed by several sources');
  factSection(lines, brief.single, 'Stated by one source only');
  const timeline = shortForm(brief.timeline);
  if (timeline.shown.length) {
    lines.push('  Timeline:');
    for (const t of timeline.shown) lines.push(`    ${t.date}${t.inheritedFrom ? '*' : ' '} ${t.statement} (${t.sources.join(', ')})`);
    more(lines, '    ', timeline.more, 'dated fact');
    if (timeline.shown.some((t) => t.inheritedFrom)) lines.push('    * date not stated by these reports: taken from another mention of the same event');
  }
  const entities = shortForm(brief.entities);
  if (entities.shown.length) {
    lines.push('  Main entities:');
    for (const e of entities.shown) {
      const spellings = e.alsoSpelled.length ? `; also ${e.alsoSpelled.map((x) => `"${x}"`).join(', ')}` : '';
      lines.push(`    ${e.name} (${e.type}): ${plural(e.count, 'mention')} in ${plural(e.articles, 'article')}${spellings}`);
    }
    more(lines, '    ', entities.more, 'entity', 'entities');
  }
  const actors = shortForm(brief.framing.actors).shown;
  if (actors.length) {
    lines.push(`  Framing (tone -1..+1 toward ${actors.map((x) => x.name).join(', ')}; opinion share):`);
    for (const row of brief.framing.rows) {
      lines.push(`    ${row.source}: ${actors.map((x, i) => { const t = row.tones[i]; return `${x.name} ${t ? signed(t.score) : '  –  '}`; }).join(', ')}; opinion ${Math.round(row.opinion * 100)}%`);
      // Why, for the first actor: the words that weigh most in its score.
      const why = row.tones[0]?.terms ?? [];
      if (why.length) lines.push(`      ${actors[0]!.name}: ${why.map((x) => `${x.term} ${x.value > 0 ? '+' : ''}${x.value}`).join(', ')}`);
    }
  }
  return lines;
}

/**
 * The incident record opens the story: one line per field, a conflict naming every version with its
 * sources, a single-source field saying so. Each value points to the sentences it rests on (s1, s2 …),
 * listed once under the record, as many fields rest on the same sentence.
 */
function incidentLines(record: IncidentRecord): string[] {
  const lines = [`  Incident record: ${record.type}${record.years ? ` (dated ${record.years[0]} to ${record.years[1]})` : ''}`];
  const sentences = new Map<string, Citation & { ref: string }>();
  const refs = (claims: readonly Citation[]) => [...new Set(claims.map((c) => {
    const key = `${c.article}:${c.start}:${c.end}`;
    if (!sentences.has(key)) sentences.set(key, { ...c, ref: `s${sentences.size + 1}` });
    return sentences.get(key)!.ref;
  }))].join(' ');
  const said = (v: IncidentVersion) => `${sourcesNote(v)}${isLater(v) ? ', later report' : ''}`;
  for (const f of record.fields) {
    const [best, ...others] = f.versions as [IncidentVersion, ...IncidentVersion[]];
    const value = `${best.label}${f.geo ? ` (${geoNote(f.geo)})` : ''}`;
    if (f.status === 'conflict') {
      lines.push(`    ${f.name}: ${value} (${said(best)})${others.map((v) => ` — also ${v.label} (${said(v)})`).join('')} [conflict]`
        + `  ${f.versions.map((v) => `${v.label}: ${refs(v.claims)}`).join('; ')}`);
    } else {
      lines.push(`    ${f.name}: ${value} [${f.status === 'single' ? `one source only: ${best.sources[0]}` : `${f.status}, ${sourcesNote(best)}`}]  ${refs(best.claims)}`);
    }
  }
  for (const p of record.participants) lines.push(`    ${p.role}: ${p.name}${p.age !== undefined ? `, ${p.age}` : ''} (${sourcesNote(p)})  ${refs(p.claims)}`);
  lines.push('    sentences:');
  for (const c of sentences.values()) lines.push(`      ${c.ref} ${c.source} [${c.start}-${c.end}]: "${clip(c.text, 100)}"`);
  return lines;
}

function factSection(lines: string[], facts: Shortlist<FactLine>, heading: string): void {
  const { shown, more: left } = shortForm(facts);
  if (!shown.length) return;
  lines.push(`  ${heading}:`);
  for (const f of shown) {
    lines.push(`    - ${f.statement}${f.support > 1 || f.reports > f.support ? ` (${f.supportNote})` : ''}`);
    const claims = shortForm(f.claims);
    for (const c of claims.shown) lines.push(`        ${c.source}${c.later ? ' (later)' : ''}: "${clip(c.text, 100)}" [${c.start}-${c.end}]`);
    more(lines, '        ', claims.more, 'claim', 'claims', false);
  }
  more(lines, '    ', left, 'fact');
}

/** Says what the short form left out and, for whole items, where the rest is. */
function more(lines: string[], indent: string, n: number, one: string, many = `${one}s`, where = true): void {
  if (n > 0) lines.push(`${indent}… and ${plural(n, `more ${one}`, `more ${many}`)}${where ? ' (report.html and the web UI list them all)' : ''}`);
}

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
