import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../core/model.js';
import { reporter } from '../core/report.js';
import { readBytes } from './index.js';
import { readText } from './text.js';

const read = (origin: string, content: string) => {
  const sink: Diagnostic[] = [];
  return { drafts: [...readBytes(origin, Buffer.from(content), sink)], sink };
};

test('a leading dateline sets published and is not body', () => {
  const d = readText(' date 2024-05-02 Workers stayed home on Thursday.', 'a.txt', reporter([], 't'));
  assert.equal(d.published, '2024-05-02');
  assert.deepEqual(d.hints, [{ start: 0, end: 17, kind: 'boilerplate', rule: 'dateline' }]);
});
test('a "Posted:" or "Published" stamp at the top gives the publication date; an "Updated" one or a later line does not', () => {
  const at = (text: string) => readText(text, 'p.txt', reporter([], 't')).published;
  assert.equal(at('Man held in Elm Street shooting\nPosted: Monday, November 3, 2014 10:20 PM EST Updated: Tuesday, November 4, 2014\nA man was shot.'), '2014-11-03');
  assert.equal(at('Vigil held. (Published Tuesday, June 24, 2014)\nNeighbours gathered.'), '2014-06-24');
  assert.equal(at('Published: 11/18/2014 - Updated: 8 months ago\nText.'), '2014-11-18');
  assert.equal(at('Updated: Tuesday, November 4, 2014\nText.'), undefined);
  assert.equal(at('One.\nTwo.\nThree.\nPosted: November 3, 2014\nText.'), undefined);
  assert.equal(at('Posted: February 30, 2014\nText.'), undefined);
});
test('a line at the top that is only a date gives the publication date; a date inside a sentence does not', () => {
  const at = (text: string) => readText(text, 'p.txt', reporter([], 't')).published;
  assert.equal(at('Harbour crane collapses\nAugust 2, 2013\nA crane fell.'), '2013-08-02');
  assert.equal(at('Thu, 10 Nov 2011 02:45 PM\nA crane fell.'), '2011-11-10');
  assert.equal(at('Thursday, July 29, 2004\nA crane fell.'), '2004-07-29');
  assert.equal(at('The crane fell on August 2, 2013.\nNobody was hurt.'), undefined);
  assert.equal(at('Updated 7/28/2004\nA crane fell.'), undefined);
  assert.equal(at('Updated July 28, 2004\nA crane fell.'), undefined);
  assert.equal(at('Hello world\nSeptember 31, 2013\nA crane fell.'), undefined);
  // a relative stamp names no day of its own (it was read as the parser's reference day, 2000-01-01)
  assert.equal(at('Crane falls\n(Published 19 minutes ago)\nA crane fell.'), undefined);
  assert.equal(at('Tonight\nA crane fell.'), undefined);
  assert.equal(at('Posted: 11/18/14 4:10 PM\nA crane fell.'), '2014-11-18');
});
test('a key: value header gives title, source, date and url', () => {
  const d = readText('title: Port strike\nsource: Dock Daily\ndate: 2024-05-03\nurl: https://dock.example/a\n\nBody text here.', 'b.txt', reporter([], 't'));
  assert.equal(d.title, 'Port strike');
  assert.deepEqual(d.source, { name: 'Dock Daily', url: 'https://dock.example/a' });
  assert.equal(d.published, '2024-05-03');
  assert.equal(d.hints!.length, 4);
});
test('JSONL: text or html per line; bad lines are reported and skipped', () => {
  const { drafts, sink } = read('batch.jsonl', [
    JSON.stringify({ id: 'x1', text: 'Ships wait at anchor off the port.', title: 'Ships wait', published: '2024-05-02T10:00:00Z', source: 'Dock Daily' }),
    '{not json',
    JSON.stringify({ title: 'no text' }),
    JSON.stringify({ html: '<html><body><article><p>Cranes stand idle at the container terminal as the strike goes on for a week.</p></article></body></html>', url: 'https://news.example/x' }),
  ].join('\n'));
  assert.equal(drafts.length, 2);
  assert.equal(drafts[0]!.origin, 'batch.jsonl#x1');
  assert.equal(drafts[0]!.published, '2024-05-02');
  assert.equal(drafts[0]!.source.name, 'Dock Daily');
  assert.match(drafts[1]!.text, /Cranes stand idle/);
  assert.deepEqual(sink.filter((d) => d.level === 'error').map((d) => d.rule), ['jsonl-bad-line', 'jsonl-no-text']);
  assert.match(sink[0]!.message, /batch\.jsonl#2/);
});
test('RSS items and Atom entries are articles', () => {
  const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Dock Daily</title><item><title>Strike ends</title><link>https://dock.example/1</link>'
    + '<pubDate>Fri, 03 May 2024 09:00:00 GMT</pubDate><description><![CDATA[<p>The dock strike ended on Friday after workers accepted a new pay offer from the port.</p>]]></description></item></channel></rss>';
  const { drafts } = read('feed.rss', rss);
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0]!.title, 'Strike ends');
  assert.equal(drafts[0]!.published, '2024-05-03');
  assert.equal(drafts[0]!.source.name, 'Dock Daily');
  assert.match(drafts[0]!.text, /dock strike ended/);
  const atom = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Port Watch</title><entry><title>Ships leave</title>'
    + '<link href="https://pw.example/2"/><updated>2024-05-04T08:00:00Z</updated><content type="html">&lt;p&gt;The first ships left the harbour on Saturday morning after the long strike.&lt;/p&gt;</content></entry></feed>';
  const a = read('feed.atom', atom).drafts;
  assert.equal(a.length, 1);
  assert.equal(a[0]!.source.name, 'Port Watch');
  assert.equal(a[0]!.canonicalUrl, 'https://pw.example/2');
  assert.match(a[0]!.text, /first ships left/);
});
test('a dateline that carries its day gives the publication day, over a JSONL record\'s own date; an agency\'s dateline does not', () => {
  const { drafts, sink } = read('stream.jsonl', [
    JSON.stringify({ id: 'd1', published: '2017-01-05', text: 'HARBOURTON, GA (August 2, 2015): A crane fell onto a ship at the Elm dock early this morning.' }),
    JSON.stringify({ id: 'd2', published: '2017-01-05', text: 'HARBOURTON (AP) — A crane fell onto a ship at the Elm dock early this morning.' }),
    JSON.stringify({ id: 'd3', published: '2017-01-05', text: 'A crane fell (August 2, 2015) - onto a ship.' }),
  ].join('\n'));
  assert.deepEqual(drafts.map((d) => d.published), ['2015-08-02', '2017-01-05', '2017-01-05']);
  assert.equal(sink.filter((d) => d.rule === 'dateline-day').length, 1);
});
