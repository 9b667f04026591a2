import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, ArticleId } from '../../core/model.js';
import { articleFingerprint, findNearCopies, isNearCopy } from './near-copies.js';
import { estimatedJaccard } from './minhash.js';
import { containment, reportWords, shingleSet } from './shingles.js';

const REPORT = ['A passenger ferry capsized in a storm on the lake near the port town on Thursday, killing three people and leaving eight missing, the ports authority said.',
  'The boat was carrying 57 passengers from the island to the town when strong winds struck at about four in the afternoon, the regional commissioner told reporters.',
  'Rescuers pulled 46 people from the water and divers resumed the search on Friday morning while relatives waited at the harbour for news.',
  'The prime minister ordered an inquiry into the accident and declared three days of national mourning for the victims of the disaster.'];

/** An article whose whole text is one body segment, after an optional header (boilerplate). */
function article(id: string, body: string, header = '', published?: string): Pick<Article, 'id' | 'text' | 'segments' | 'published'> {
  const text = header + body;
  return { id: id as ArticleId, text, ...(published ? { published } : {}),
    segments: [...(header ? [{ start: 0, end: header.length, kind: 'boilerplate' as const }] : []), { start: header.length, end: text.length, kind: 'body' as const }] };
}

test('words come from the running text only: a header or source line is not compared', () => {
  const a = article('a', 'Ferry sank.', 'source: Harbour Wire\n\n');
  assert.deepEqual(reportWords(a), ['ferry', 'sank']);
});

test('a copy with a trailing newline, another source line or a cut ending is a near-copy; another report is not', () => {
  const original = article('o', REPORT.join('\n\n'), 'source: Harbour Wire\n\n', '2025-03-14');
  const newline = article('n', REPORT.join('\n\n') + '\n', 'source: Harbour Wire\n\n', '2025-03-14');
  const resourced = article('r', REPORT.join('\n\n'), 'source: Lake Times\n\n', '2025-03-15');
  const cut = article('c', REPORT.slice(0, 3).join('\n\n'), '', '2025-03-15');
  const other = article('x', 'Fishermen on the lake say the boats leave overloaded every market day and that the authority never checks them. One owner said he carries twice the number of people the licence allows because fares are low and fuel is dear.', '', '2025-03-15');
  const found = findNearCopies([cut, other, original, newline, resourced]);
  assert.deepEqual(found.map((f) => [f.article, f.original]).sort(), [['c', 'o'], ['n', 'o'], ['r', 'o']]);
  assert.equal(isNearCopy(articleFingerprint(original), articleFingerprint(other)), undefined);
});

test('MinHash estimates the Jaccard of the shingle sets', () => {
  const a = shingleSet(reportWords(article('a', REPORT.join(' ')))), b = shingleSet(reportWords(article('b', REPORT.slice(0, 2).join(' '))));
  const exact = containment(a, b);
  assert.equal(exact, 1);
  const j = a.size && b.size ? [...b].filter((x) => a.has(x)).length / new Set([...a, ...b]).size : 0;
  const estimate = estimatedJaccard(articleFingerprint(article('a', REPORT.join(' '))), articleFingerprint(article('b', REPORT.slice(0, 2).join(' '))));
  assert.ok(Math.abs(estimate - j) < 0.15, `estimate ${estimate} vs exact ${j}`);
});
