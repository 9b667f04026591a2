import { ApiError } from './api.js';
import { articleView } from './article-view.js';
import { clear, h } from './dom.js';
import { parseRoute, routes } from './format.js';
import { listView } from './list-view.js';
import { storyView } from './story-view.js';

// The web UI's entry: a hash router over three views (stories, one story, one article). Each render
// replaces the main element's content; a newer navigation cancels what an older one was drawing.

const view = document.getElementById('view')!;
const searchForm = document.getElementById('search') as HTMLFormElement;
const searchBox = searchForm.elements.namedItem('q') as HTMLInputElement;
let current: AbortController | undefined;

async function render(): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const route = parseRoute(location.hash);
  searchBox.value = route.view === 'list' ? route.q ?? '' : '';
  view.setAttribute('aria-busy', 'true');
  let content: HTMLElement;
  try {
    content = route.view === 'story' ? await storyView(route.id, controller.signal)
      : route.view === 'article' ? await articleView(route.id, route.at)
      : await listView(route.q, () => void render());
  } catch (e) {
    content = h('div', { class: 'error-page' },
      h('h1', null, e instanceof ApiError && e.status === 404 ? 'Not found' : 'Something went wrong'),
      h('p', { class: 'error' }, e instanceof Error ? e.message : String(e)),
      h('p', null, h('a', { href: routes.home() }, 'Back to the stories')));
  }
  if (controller.signal.aborted) return;
  clear(view);
  view.append(content);
  view.removeAttribute('aria-busy');
  document.title = `${content.querySelector('h1')?.textContent ?? 'corroborate'} · corroborate`;
  if (route.view !== 'article' || !route.at) window.scrollTo(0, 0);
}

searchForm.addEventListener('submit', (e) => {
  e.preventDefault();
  location.hash = routes.home(searchBox.value.trim());
});
window.addEventListener('hashchange', () => void render());
void render();
