import type { Citation, IncidentRecord, IncidentVersion } from '../api-types.js';
import { h } from './dom.js';
import { clip, plural, routes } from './format.js';

// The incident record, first on a story page: what happened (the type), when, where, each figure and
// the participants, as the Brief holds them (uncited values are already left out there). A disputed
// field shows each version with its sources; every source name leads to the sentence it rests on.

export function incidentSection(record: IncidentRecord | undefined): HTMLElement | null {
  if (!record) return null;
  const fields = record.fields.map((f) => {
    const [best, ...others] = f.versions as [IncidentVersion, ...IncidentVersion[]];
    const geo = f.geo ? `${f.geo.admin1 ? `${f.geo.admin1}, ` : ''}${f.geo.country} · ${f.geo.lat.toFixed(2)}, ${f.geo.lon.toFixed(2)}` : null;
    return h('div', { class: `field ${f.status}`, 'data-field': f.field },
      h('dt', null, f.name),
      h('dd', null, version(best), geo ? h('span', { class: 'meta geo' }, geo) : null, ' ',
        h('span', { class: `tag ${f.status}` }, f.status === 'single' ? 'one source only' : f.status),
        others.map((v) => h('div', { class: 'also' }, 'also ', version(v)))));
  });
  const people = record.participants.map((p) => h('div', { class: 'field participant', 'data-role': p.role },
    h('dt', null, p.role),
    h('dd', null, version({ label: `${p.name}${p.age !== undefined ? `, ${p.age}` : ''}`, claims: p.claims }))));
  return h('section', { id: 'incident', class: 'brief-section incident' },
    h('h2', null, 'Incident record ', h('span', { class: 'chip' }, record.type)),
    h('dl', { class: 'incident' }, fields, people));
}

/** A value, then its sources: one link per article, to the first sentence it states the value in. */
function version(v: { label: string; claims: readonly Citation[] }): HTMLElement {
  const first = new Map<string, Citation>();
  for (const c of v.claims) if (!first.has(c.article)) first.set(c.article, c);
  const later = v.claims.length > 0 && v.claims.every((c) => c.later);
  return h('span', { class: 'version' },
    h('strong', { class: 'value' }, v.label), ' ',
    h('span', { class: 'meta' }, `${plural(first.size, 'source')}: `),
    [...first.values()].map((c, i) => [i ? ', ' : '', h('a', { class: 'cite', href: routes.article(c.article, c), title: clip(c.text, 300) }, c.source)]),
    later ? h('span', { class: 'meta' }, ' (later report)') : null);
}
