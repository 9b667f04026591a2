import assert from 'node:assert/strict';
import type { AnalyzedArticle } from '../model.js';

/** Every standoff record points at its own text, and segments cover the text exactly once. */
export function assertOffsets(a: AnalyzedArticle): void {
  let pos = 0;
  for (const s of a.segments) {
    assert.equal(s.start, pos, `${a.origin}: segment at ${s.start} leaves a gap or overlaps (expected ${pos})`);
    assert.ok(s.end > s.start, `${a.origin}: empty segment at ${s.start}`);
    pos = s.end;
  }
  assert.equal(pos, a.text.length, `${a.origin}: segments end at ${pos}, the text at ${a.text.length}`);
  const layers = { tokens: a.tokens, sentences: a.sentences, mentions: a.mentions, dates: a.dates, quantities: a.quantities, quotes: a.quotes };
  for (const [layer, records] of Object.entries(layers))
    for (const r of records ?? []) {
      assert.ok(r.start >= 0 && r.end <= a.text.length && r.start <= r.end, `${a.origin}: ${layer} record [${r.start}, ${r.end}) out of range`);
      assert.equal(a.text.slice(r.start, r.end), r.text, `${a.origin}: ${layer} record [${r.start}, ${r.end}) does not match its text`);
    }
  for (const e of a.events ?? []) assert.ok(e.start >= 0 && e.end <= a.text.length && e.start <= e.end, `${a.origin}: event out of range`);
}
