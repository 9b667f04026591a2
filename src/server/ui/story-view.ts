import type { StoryResponse } from '../api-types.js';
import { api } from './api.js';
import { briefSections } from './brief.js';
import { append, clear, h, on } from './dom.js';
import { factsTable } from './facts-table.js';
import { dateRange, plural, routes } from './format.js';
import { framingChart } from './framing-chart.js';
import { incidentSection } from './incident.js';
import { networkChart } from './network-chart.js';
import { timelineChart } from './timeline-chart.js';

// One story: the brief, then the timeline, the actor network, the facts table, the framing chart,
// the entities and the articles. Charts are drawn for the width they get and redrawn when it changes.

export async function storyView(id: string, signal: AbortSignal): Promise<HTMLElement> {
  const data = await api.story(id);
  // A story id changes as the story grows: show the current one in the address.
  if (data.story.id !== id) history.replaceState(null, '', routes.story(data.story.id));
  return renderStory(data, signal);
}

function renderStory({ story, articles, network, brief }: StoryResponse, signal: AbortSignal): HTMLElement {
  const sources = [...new Set(articles.map((a) => a.source.name))];
  const dates = articles.map((a) => a.published).filter((d): d is string => !!d).sort();

  const timeline = h('div', { class: 'chart-slot' });
  const actors = h('div', { class: 'chart-slot' });
  const framing = h('div', { class: 'chart-slot' });
  const sections: [string, string, HTMLElement][] = [];
  const page = h('article', { class: 'story-page', 'data-story': story.id });

  const add = (id: string, title: string, ...body: HTMLElement[]) => {
    const el = h('section', { id, class: 'story-section' }, h('h2', null, title), body);
    sections.push([id, title, el]);
    return el;
  };
  // The incident record opens the story (when it has one worth showing).
  const incident = incidentSection(brief.incident);
  if (incident) sections.push(['incident', 'Incident record', incident]);
  for (const el of briefSections(brief)) sections.push([el.id, el.querySelector('h2')?.textContent ?? el.id, el]);
  add('timeline', 'Timeline', timeline);
  add('actors', 'Who did what to whom', actors);
  add('facts', 'Facts by source', factsTable(brief));
  add('framing', 'How each source frames the actors', framing);
  add('entities', 'Entities and their spellings', entitiesTable(brief));
  add('articles', 'The articles', h('ul', { class: 'cards' }, articles.map((a) => h('li', { class: 'card' },
    h('h3', null, h('a', { href: routes.article(a.id) }, a.title ?? a.origin)),
    h('p', { class: 'meta' }, `${a.source.name} · ${a.published ?? 'undated'}`)))));

  append(page, [
    h('h1', null, story.title),
    h('p', { class: 'meta' }, `${plural(articles.length, 'article')} from ${plural(sources.length, 'source')} (${sources.join(', ')}) · ${dateRange(dates[0], dates[dates.length - 1])} · story ${story.id}`),
    h('nav', { class: 'toc', 'aria-label': 'Sections' }, sections.map(([id, title]) =>
      on(h('button', { type: 'button' }, title), 'click', () => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth' })))),
    h('p', { class: 'downloads' }, 'Download:', (['json', 'csv', 'gdelt-events', 'gdelt-gkg'] as const).map((f) => h('a', { href: api.exportUrl(f, story.id), download: '' }, f)),
      h('a', { href: api.exportUrl('csv', story.id, 'incidents'), download: '' }, 'incidents csv')),
    sections.map(([, , el]) => el)]);

  let drawnWidth = -1;
  const draw = () => {
    const width = Math.max(300, Math.min(1100, Math.floor(page.clientWidth || document.documentElement.clientWidth - 32)));
    if (width === drawnWidth) return;
    drawnWidth = width;
    clear(timeline); timeline.append(timelineChart(brief.timeline, articles, width));
    clear(actors); actors.append(networkChart(network, width));
    clear(framing); framing.append(framingChart(brief, width));
  };
  // Drawn once the page is in the document (its width known), then on resize until the view changes.
  requestAnimationFrame(draw);
  draw();
  let pending = 0;
  const onResize = () => { cancelAnimationFrame(pending); pending = requestAnimationFrame(draw); };
  window.addEventListener('resize', onResize);
  signal.addEventListener('abort', () => window.removeEventListener('resize', onResize));
  return page;
}

function entitiesTable(brief: StoryResponse['brief']): HTMLElement {
  const shown = brief.entities.items;
  if (shown.length === 0) return h('p', { class: 'empty' }, 'No named entities found.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'entities' },
    h('thead', null, h('tr', null, h('th', null, 'Entity'), h('th', null, 'Type'), h('th', null, 'Mentions'), h('th', null, 'Spellings'), h('th', null, 'Place'))),
    h('tbody', null, shown.map((e) => h('tr', { 'data-entity': e.id },
      h('td', null, e.name, e.roles?.length ? h('span', { class: 'meta' }, ` (${e.roles.join(', ')})`) : ''),
      h('td', null, h('span', { class: `chip type-${e.type}` }, e.type)),
      h('td', null, String(e.count)),
      h('td', null, e.aliases.map((a) => `${a.text} ×${a.count}`).join(', ')),
      h('td', null, e.geo ? `${e.geo.country} (${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)})` : e.country ?? ''))))));
}
