import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { EVENT_COLUMNS, GKG_COLUMNS } from '../export/index.js';
import type { ArticleResponse, ErrorResponse, IngestResponse, SearchResponse, StoryListResponse, StoryResponse } from './api-types.js';
import { exampleStore, serve, type ExampleStore } from './_fixture.js';
import { DEFAULT_MAX_BODY_BYTES, type RunningServer } from './index.js';
import { buildBrief } from '../render/brief.js';
import { INCIDENT_ARTICLES, INCIDENT_STORY } from '../render/_incident.js';
import { openStore, type Store } from '../store/index.js';

// The HTTP API against a real server on loopback (port 0), over a store holding examples/.

let ex: ExampleStore;
let server: RunningServer;
let storyId: string;
const MAX_BODY = 64 * 1024;

before(async () => {
  ex = await exampleStore();
  server = await serve(ex.store, { maxBodyBytes: MAX_BODY });
  storyId = (await ex.store.listStories())[0]!.id;
});
after(async () => {
  await server.close();
  await ex.store.close();
});

const url = (path: string) => `${server.url}${path}`;
async function getJson<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const r = await fetch(url(path), init);
  return { status: r.status, headers: r.headers, body: (await r.json()) as T };
}
function assertError(r: { status: number; body: unknown; headers: Headers }, status: number, code: string) {
  assert.equal(r.status, status);
  assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
  const e = (r.body as ErrorResponse).error;
  assert.equal(e.code, code);
  assert.equal(typeof e.message, 'string');
  assert.ok(e.message.length > 0);
}

/** A request exactly as written (fetch would normalise the path and refuses to set Host). */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string; chunks?: Buffer[] } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    if (options.chunks) for (const c of options.chunks) req.write(c);
    req.end(options.body);
  });
}

describe('GET /api/stories', () => {
  test('lists the stories with their summary, latest first, and pages', async () => {
    const r = await getJson<StoryListResponse>('/api/stories');
    assert.equal(r.status, 200);
    assert.equal(r.body.total, 1);
    const [s] = r.body.stories;
    assert.equal(s!.id, storyId);
    assert.equal(s!.articles, 4);
    assert.deepEqual([...s!.sources].sort(), ['Harbour Wire', 'Lakeside Courier', 'Tanga Daily Post', 'The Evening Ledger']);
    assert.ok(s!.entities.some((e) => e.name === 'Lake Victoria'));
    const next = await getJson<StoryListResponse>('/api/stories?limit=1&offset=1');
    assert.deepEqual(next.body.stories, []);
    assert.equal(next.body.total, 1);
    assert.equal(next.body.limit, 1);
  });

  test('?q= keeps the stories whose articles match, or that name an entity so spelled', async () => {
    const words = await getJson<StoryListResponse>('/api/stories?q=ferry%20capsized');
    assert.deepEqual(words.body.stories.map((s) => s.id), [storyId]);
    assert.equal(words.body.q, 'ferry capsized');
    const entity = await getJson<StoryListResponse>('/api/stories?entity=mwanza');
    assert.deepEqual(entity.body.stories.map((s) => s.id), [storyId]);
    const none = await getJson<StoryListResponse>('/api/stories?q=zeppelin');
    assert.equal(none.body.total, 0);
    assert.deepEqual(none.body.stories, []);
  });

  test('a limit that is not a number is a 400', async () => {
    assertError(await getJson('/api/stories?limit=ten'), 400, 'bad-parameter');
    assertError(await getJson('/api/stories?offset=-1'), 400, 'bad-parameter');
  });
});

describe('GET /api/stories/:id', () => {
  test('answers the whole story, its article summaries and its actor network', async () => {
    const r = await getJson<StoryResponse>(`/api/stories/${storyId}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.story.id, storyId);
    assert.equal(r.body.story.articles.length, 4);
    assert.ok(r.body.story.entities.length > 0);
    assert.ok(Array.isArray(r.body.story.facts) && Array.isArray(r.body.story.timeline) && Array.isArray(r.body.story.framing));
    assert.deepEqual(r.body.articles.map((a) => a.id), r.body.story.articles);
    assert.ok(r.body.articles.every((a) => !('text' in a) && a.characters > 0));
    assert.ok(Array.isArray(r.body.network.nodes) && Array.isArray(r.body.network.edges));
  });

  test('includes the Brief, equal to buildBrief of the stored story: the one the terminal brief and report.html render', async () => {
    const r = await getJson<StoryResponse>(`/api/stories/${storyId}`);
    const story = (await ex.store.getStory(storyId as never))!;
    const articles = (await ex.store.getArticles(story.articles)).map((s) => s.article);
    assert.deepEqual(r.body.brief, JSON.parse(JSON.stringify(buildBrief(story, articles))));
    assert.equal(r.body.brief.story, storyId);
    assert.deepEqual(r.body.brief.sources.map((s) => s.article), r.body.story.articles);
  });

  test('an old id of a story that grew redirects to its current id', async (t) => {
    if (ex.firstStoryId === storyId) return t.skip('the store kept the story id as it grew; nothing to redirect');
    const r = await fetch(url(`/api/stories/${ex.firstStoryId}`), { redirect: 'manual' });
    assert.equal(r.status, 301);
    assert.equal(r.headers.get('location'), `/api/stories/${storyId}`);
    const followed = await getJson<StoryResponse>(`/api/stories/${ex.firstStoryId}`);
    assert.equal(followed.body.story.id, storyId);
  });

  test('an unknown or malformed id is a 404', async () => {
    assertError(await getJson('/api/stories/Snothing'), 404, 'not-found');
    assertError(await getJson('/api/stories/%3Cscript%3E'), 404, 'not-found');
  });
});

describe('GET /api/articles/:id', () => {
  test('answers the article with its text, segments, layers, story and entity names', async () => {
    const [summary] = await ex.store.listArticles({ story: storyId as never });
    const r = await getJson<ArticleResponse>(`/api/articles/${summary!.id}`);
    assert.equal(r.status, 200);
    const a = r.body.article;
    assert.equal(a.id, summary!.id);
    assert.ok(a.text.length > 100);
    assert.ok(a.segments.length > 0);
    assert.ok((a.mentions ?? []).length > 0);
    assert.deepEqual(r.body.story?.id, storyId);
    const named = new Set(r.body.entities.map((e) => e.id));
    assert.ok(r.body.links.length > 0 && r.body.links.every((l) => named.has(l.entity)), 'the story links this article\'s mentions to its entities');
    assert.ok(r.body.links.every((l) => (a.mentions ?? []).some((m) => m.start === l.start && m.end === l.end)));
  });

  test('an unknown article is a 404', async () => {
    assertError(await getJson('/api/articles/0000000000000000'), 404, 'not-found');
  });
});

describe('GET /api/search', () => {
  test('finds articles with a plain-text snippet and the matches marked by range', async () => {
    const r = await getJson<SearchResponse>('/api/search?q=ferry');
    assert.equal(r.status, 200);
    assert.ok(r.body.hits.length >= 3);
    for (const hit of r.body.hits) {
      assert.ok(hit.highlights.length > 0);
      for (const [s, e] of hit.highlights) assert.match(hit.snippet.slice(s, e), /^ferr/i);
    }
    const limited = await getJson<SearchResponse>('/api/search?q=ferry&limit=1');
    assert.equal(limited.body.hits.length, 1);
  });

  test('without q it is a 400', async () => {
    assertError(await getJson('/api/search'), 400, 'missing-parameter');
    assertError(await getJson('/api/search?q=%20'), 400, 'missing-parameter');
  });
});

describe('POST /api/articles', () => {
  const post = (body: string | Buffer, type: string | undefined, query = '', headers: Record<string, string> = {}) =>
    getJson<IngestResponse>(`/api/articles${query}`, { method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body), headers: { ...(type ? { 'Content-Type': type } : {}), ...headers } });

  test('plain text with metadata in the query is analysed and stored; the same text again is a duplicate', async () => {
    const text = 'Engineers reopened the Kigoma rail bridge on Monday after three weeks of repairs, the transport ministry said.\n\n'
      + 'About 40 trains a week cross the bridge, officials said.\n';
    const r = await post(text, 'text/plain; charset=utf-8', '?source=Test%20Wire&title=Bridge%20reopens&published=2025-04-07');
    assert.equal(r.status, 201);
    assert.equal(r.body.added.length, 1);
    const added = r.body.added[0]!;
    assert.equal(added.source.name, 'Test Wire');
    assert.equal(added.title, 'Bridge reopens');
    assert.ok(added.story);
    const stored = await getJson<ArticleResponse>(`/api/articles/${added.id}`);
    assert.equal(stored.body.article.text, text);
    assert.equal(stored.body.article.published, '2025-04-07');
    const again = await post(text, 'text/plain');
    assert.equal(again.status, 200);
    assert.deepEqual(again.body.added, []);
    assert.equal(again.body.duplicates[0]!.id, added.id);
  });

  test('JSON: one record or an array of records', async () => {
    const records = [
      { text: 'Floods closed the main road into Kisumu on Tuesday, county officials said.', source: 'Lake Post', title: 'Road closed' },
      { html: '<html><body><article><h1>Market fire</h1><p>A fire destroyed forty stalls at the Gikomba market on Wednesday night, the fire brigade said.</p></article></body></html>', source: 'City Desk' },
    ];
    const r = await post(JSON.stringify(records), 'application/json');
    assert.equal(r.status, 201);
    assert.deepEqual(r.body.added.map((a) => a.source.name), ['Lake Post', 'City Desk']);
    const one = await post(JSON.stringify({ text: 'Health workers in Arusha ended a two-day strike on Friday after a pay deal.' }), 'application/json');
    assert.equal(one.body.added.length, 1);
  });

  test('HTML and feeds by their media types; a gzipped body is accepted', async () => {
    const html = '<!DOCTYPE html><html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>'
      + '<p>Dock workers in Mombasa returned to work on Thursday after a week-long strike over pay, their union said.</p>'
      + '<p>Shipping lines had warned of delays of up to ten days.</p></article></body></html>';
    const r = await post(gzipSync(html), 'text/html', '?source=Coast%20Times');
    assert.equal(r.status, 201);
    assert.equal(r.body.added[0]!.source.name, 'Coast Times');
    const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Radio</title>'
      + '<item><title>Dam level rises</title><link>https://valley.example/dam</link><pubDate>Mon, 05 May 2025 08:00:00 GMT</pubDate>'
      + '<description>&lt;p&gt;The water level at the Masinga dam rose by two metres after heavy rain, the power company said.&lt;/p&gt;</description></item></channel></rss>';
    const f = await post(feed, 'application/rss+xml');
    assert.equal(f.status, 201);
    assert.equal(f.body.added[0]!.source.name, 'Valley Radio');
    assert.equal(f.body.added[0]!.title, 'Dam level rises');
  });

  test('bad bodies: unknown media type 415, not JSON 400, nothing readable 422', async () => {
    assertError(await post('x', 'application/pdf'), 415, 'unsupported-media-type');
    assertError(await getJson('/api/articles', { method: 'POST', body: new Uint8Array([0x61]) }), 415, 'unsupported-media-type');
    assertError(await post('{"text": ', 'application/json'), 400, 'bad-request');
    assertError(await post('   \n', 'text/plain'), 422, 'no-article');
    assertError(await post('[{"title": "no text"}]', 'application/json'), 422, 'no-article');
  });

  test('a body over the cap is a 413, declared or streamed, and the server carries on', async () => {
    const big = Buffer.alloc(MAX_BODY + 1, 'a');
    const declared = await raw('/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Content-Length': String(big.length) }, body: big });
    assert.equal(declared.status, 413);
    assert.equal((JSON.parse(declared.text) as ErrorResponse).error.code, 'payload-too-large');
    const chunks = Array.from({ length: 5 }, () => Buffer.alloc(MAX_BODY / 4, 'b'));
    const streamed = await raw('/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' }, chunks });
    assert.equal(streamed.status, 413);
    const bomb = gzipSync(Buffer.alloc(MAX_BODY * 20, 'c'));
    assert.ok(bomb.length < MAX_BODY);
    assertError(await post(bomb, 'text/plain'), 413, 'payload-too-large');
    assert.equal((await fetch(url('/api/stories'))).status, 200);
  });

  test('the default cap is 10 MB', async () => {
    assert.equal(DEFAULT_MAX_BODY_BYTES, 10 * 1024 * 1024);
    const server10 = await serve(ex.store);
    try {
      const r = await fetch(`${server10.url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: new Uint8Array(DEFAULT_MAX_BODY_BYTES + 1).fill(97) });
      assert.equal(r.status, 413);
    } finally {
      await server10.close();
    }
  });

  test('a POST from another origin is refused (a page elsewhere cannot write to the store)', async () => {
    assertError(await post('Some text about a bridge.', 'text/plain', '', { Origin: 'https://evil.example' }), 403, 'cross-origin');
    const same = await post('Residents of Moshi voted on Sunday in a by-election for the town council.', 'text/plain', '', { Origin: server.url });
    assert.equal(same.status, 201);
  });
});

describe('GET /api/export', () => {
  const download = async (query: string) => {
    const r = await fetch(url(`/api/export${query}`));
    return { status: r.status, type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'), text: await r.text() };
  };

  test('every format streams with its media type and a download name', async () => {
    const expected: Record<string, RegExp> = {
      json: /^application\/json/, jsonl: /^application\/x-ndjson/, csv: /^text\/csv/,
      'gdelt-events': /^text\/tab-separated-values/, 'gdelt-gkg': /^text\/tab-separated-values/,
    };
    for (const [format, type] of Object.entries(expected)) {
      const r = await download(`?format=${format}&story=${storyId}`);
      assert.equal(r.status, 200, format);
      assert.match(r.type ?? '', type, format);
      assert.match(r.disposition ?? '', new RegExp(`^attachment; filename="corroborate-${storyId}\\.[A-Za-z.]+"$`), format);
      assert.ok(r.text.length > 0, format);
    }
    const json = JSON.parse((await download(`?format=json&story=${storyId}`)).text) as { stories: { id: string }[] };
    assert.deepEqual(json.stories.map((s) => s.id), [storyId]);
    const events = (await download('?format=gdelt-events')).text.split('\n').filter(Boolean);
    for (const line of events) assert.equal(line.split('\t').length, EVENT_COLUMNS.length);
    const gkg = (await download('?format=gdelt-gkg')).text.split('\n').filter(Boolean);
    assert.ok(gkg.length > 0);
    for (const line of gkg) assert.equal(line.split('\t').length, GKG_COLUMNS.length);
    assert.match((await download('?format=csv')).disposition ?? '', /filename="corroborate-all\.csv"/);
    const incidents = await download(`?format=csv&table=incidents&story=${storyId}`);
    assert.equal(incidents.status, 200);
    assert.match(incidents.disposition ?? '', new RegExp(`filename="corroborate-${storyId}\\.incidents\\.csv"`));
    assert.match(incidents.text, /^story_id,story_title,articles,sources,type,date,/);
    assert.equal(incidents.text.trimEnd().split('\r\n').length, 2, 'a header and the story\'s row');
  });

  test('an old story id exports the story it grew into', async (t) => {
    if (ex.firstStoryId === storyId) return t.skip('the store kept the story id as it grew');
    const r = await download(`?format=json&story=${ex.firstStoryId}`);
    assert.equal(r.status, 200);
    assert.match(r.disposition ?? '', new RegExp(`corroborate-${storyId}\\.json`));
  });

  test('a missing or unknown format is a 400, an unknown story a 404', async () => {
    assertError(await getJson('/api/export'), 400, 'missing-parameter');
    assertError(await getJson('/api/export?format=xlsx'), 400, 'bad-parameter');
    assertError(await getJson('/api/export?format=json&story=Snothing'), 404, 'not-found');
    assertError(await getJson('/api/export?format=csv&table=events'), 400, 'bad-parameter');
    assertError(await getJson('/api/export?format=json&table=incidents'), 400, 'bad-parameter');
  });
});

describe('routes, methods and headers', () => {
  test('an unknown API route is a 404, a wrong method a 405 with Allow', async () => {
    assertError(await getJson('/api/nothing'), 404, 'not-found');
    const r = await getJson('/api/stories', { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain' } });
    assertError(r, 405, 'method-not-allowed');
    assert.equal(r.headers.get('allow'), 'GET, HEAD');
    const d = await getJson('/api/articles', { method: 'DELETE' });
    assertError(d, 405, 'method-not-allowed');
    assert.equal(d.headers.get('allow'), 'POST');
  });

  test('every response carries a strict CSP (no inline script or style) and nosniff', async () => {
    for (const path of ['/', '/ui/main.js', '/ui/style.css', '/api/stories', '/api/nothing', '/nothing']) {
      const r = await fetch(url(path));
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
      await r.arrayBuffer();
    }
  });

  test('the UI page loads its script and stylesheet as files, with no inline script or style', async () => {
    const r = await fetch(url('/'));
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
    const html = await r.text();
    assert.match(html, /<script type="module" src="\/ui\/main\.js"><\/script>/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
    assert.doesNotMatch(html, /<style|style=/);
    const js = await fetch(url('/ui/main.js'));
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(await js.text(), /import/);
    const head = await fetch(url('/'), { method: 'HEAD' });
    assert.equal(head.status, 200);
  });

  test('paths outside the UI files are not found, however they are spelled', async () => {
    const attempts = [
      '/ui/../package.json', '/ui/../../package.json', '/../package.json', '/ui/%2e%2e/%2e%2e/package.json', '/%2e%2e/%2e%2e/package.json',
      '/ui/..%2f..%2fpackage.json', '/ui/%2e%2e%2f%2e%2e%2fpackage.json', '/ui/..\\..\\package.json', '//etc/passwd', '/ui//etc/passwd',
      '/ui/main.js%00.css', '/ui/main.ts', '/ui/main.js.map', '/ui/main.d.ts', '/ui/annotate.test.js', '/src/server/page.ts', '/dist/src/server/index.js',
      '/package.json', '/ui/', '/ui',
    ];
    for (const path of attempts) {
      const r = await raw(path);
      assert.equal(r.status, 404, path);
      assert.doesNotMatch(r.text, /"name": "corroborate"|root:|export /, path);
      assert.equal((JSON.parse(r.text) as ErrorResponse).error.code, 'not-found', path);
    }
    assert.equal((await raw('*', { method: 'OPTIONS' })).status, 400);
  });

  test('a loopback server answers only to loopback host names (no DNS rebinding)', async () => {
    const evil = await raw('/api/stories', { headers: { Host: `evil.example:${server.port}` } });
    assert.equal(evil.status, 403);
    assert.equal((JSON.parse(evil.text) as ErrorResponse).error.code, 'forbidden-host');
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, `[::1]:${server.port}`]) {
      assert.equal((await raw('/api/stories', { headers: { Host: host } })).status, 200, host);
    }
  });
});

describe('a story with an incident record', () => {
  let store: Store, incidentServer: RunningServer;
  before(async () => {
    store = await openStore(':memory:');
    await store.commit({ articles: INCIDENT_ARTICLES, regroup: () => ({ stories: [INCIDENT_STORY], removed: [] }) });
    incidentServer = await serve(store);
  });
  after(async () => {
    await incidentServer.close();
    await store.close();
  });

  test('GET /api/stories/:id carries the record as the model has it, and the brief shows it', async () => {
    const body = (await (await fetch(`${incidentServer.url}/api/stories/${INCIDENT_STORY.id}`)).json()) as StoryResponse;
    assert.deepEqual(body.story.incident, INCIDENT_STORY.incident);
    assert.deepEqual(body.brief.incident, buildBrief(INCIDENT_STORY, INCIDENT_ARTICLES).incident);
    assert.deepEqual(body.brief.incident!.fields.map((f) => f.name), ['when', 'where', 'killed', 'injured', 'arrested']);
  });

  test('the JSON export carries it, and the incidents table has its row', async () => {
    const json = (await (await fetch(`${incidentServer.url}/api/export?format=json`)).json()) as { stories: StoryResponse['story'][] };
    assert.deepEqual(json.stories[0]!.incident, INCIDENT_STORY.incident);
    const csv = await (await fetch(`${incidentServer.url}/api/export?format=csv&table=incidents`)).text();
    assert.match(csv.split('\r\n')[1]!, /^Sharlow,"Man killed, three hurt in Harlow Springs shooting",3,3,ASSAULT,2031-05-11,agreed,/);
  });
});
