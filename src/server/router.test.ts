import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Router } from './router.js';

test('routes match by method and pattern, with decoded params; HEAD takes the GET route', () => {
  const get = () => undefined, post = () => undefined;
  const r = new Router().get('/api/stories/:id', get).post('/api/articles', post);
  assert.deepEqual(r.match('GET', '/api/stories/S%2041'), { kind: 'found', handler: get, params: { id: 'S 41' } });
  assert.equal(r.match('HEAD', '/api/stories/S1').kind, 'found');
  assert.deepEqual(r.match('POST', '/api/stories/S1'), { kind: 'method-not-allowed', allowed: ['GET'] });
  assert.deepEqual(r.match('GET', '/api/stories/S1/more'), { kind: 'not-found' });
  assert.deepEqual(r.match('GET', '/api/stories/%E0%A4%A'), { kind: 'not-found' });
});
