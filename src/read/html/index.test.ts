import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, Segment, SegmentKind } from '../../core/model.js';
import { reporter } from '../../core/report.js';
import type { Draft } from '../types.js';
import { extractHtml, htmlReader, looksLikeHtml } from './index.js';
import { normaliseDate, stripSiteSuffix } from './metadata.js';

function run(html: string, origin = 'https://news.example.com/2023/11/06/story.html'): { draft: Draft; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const draft = extractHtml(html, origin, reporter(diagnostics, 'html', origin));
  checkHints(draft);
  return { draft, diagnostics };
}

/** Hints are sorted, do not overlap, and each one is exactly one block of the text. */
function checkHints(draft: Draft): void {
  const hints = draft.hints ?? [];
  const blocks = draft.text === '' ? [] : draft.text.split('\n\n');
  assert.equal(hints.length, blocks.length, 'one hint per block');
  let at = 0;
  hints.forEach((h, i) => {
    assert.ok(h.start >= at && h.end > h.start && h.end <= draft.text.length, `hint ${i} in order and in range`);
    assert.equal(draft.text.slice(h.start, h.end), blocks[i], `hint ${i} is its block`);
    at = h.end;
  });
}

const slices = (d: Draft, kind: SegmentKind): string[] =>
  (d.hints ?? []).filter((h: Segment) => h.kind === kind).map((h) => d.text.slice(h.start, h.end));

const PARA = (n: number) =>
  `<p>Paragraph ${n} of the story says what happened in the town on Monday, with enough words to read as prose, and a second clause.</p>`;

const ARTICLE = `<!doctype html>
<html><head>
<title>Delegation visits Moscow | Example News</title>
<meta property="og:title" content="Delegation visits Moscow">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-10-26T14:05:00+03:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://news.example.com/world/delegation">
</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<h1>Delegation visits Moscow</h1>
<div class="byline">By Jane Doe</div>
<figure><img src="a.jpg"><figcaption>Delegates arrive at the ministry on Thursday.</figcaption></figure>
${PARA(1)}
<h2>What was said</h2>
${PARA(2)}
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
${PARA(3)}
<p>Photo: John Roe/Example</p>
<p>REUTERS/Jane Roe</p>
<p>Advertisement</p>
<div class="newsletter-signup"><p>Get our morning briefing in your inbox. Sign up for the newsletter now, it is free and you can stop at any time.</p></div>
${PARA(4)}
<div class="related-links"><h3>Related</h3><ul>
<li><a href="/a">Another story about something else entirely that happened</a></li>
<li><a href="/b">A second story about another thing that also happened</a></li>
</ul></div>
</article></main>
<section id="comments" class="comments-area"><h3>3 comments</h3>
<ol class="comment-list"><li class="comment"><p>I was there and the crowd was much larger than the report says, at least twice as many people came.</p></li></ol>
</section>
<footer class="site-footer"><p>© 2023 Example News. All rights reserved.</p></footer>
</body></html>`;

test('metadata from meta tags: title, date, site, canonical URL, author', () => {
  const { draft } = run(ARTICLE);
  assert.equal(draft.title, 'Delegation visits Moscow');
  assert.equal(draft.published, '2023-10-26T14:05:00+03:00');
  assert.equal(draft.source.name, 'Example News');
  assert.equal(draft.canonicalUrl, 'https://news.example.com/world/delegation');
  assert.equal(draft.source.url, 'https://news.example.com/world/delegation');
  assert.equal(draft.author, 'Jane Doe');
});

test('metadata from JSON-LD, with @graph, when meta tags are missing', () => {
  const html = `<html><head><title>Ignored title - Site</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Site"},
 {"@type":"NewsArticle","headline":"Talks end without a deal","datePublished":"2023-11-06",
  "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}],
  "publisher":{"@type":"Organization","name":"Daily Example"}}]}</script>
</head><body><article>${PARA(1)}${PARA(2)}</article></body></html>`;
  const { draft } = run(html, 'saved/page.html');
  assert.equal(draft.title, 'Talks end without a deal');
  assert.equal(draft.published, '2023-11-06');
  assert.equal(draft.author, 'Ann Lee, Bo Chan');
  assert.equal(draft.source.name, 'Daily Example');
});

test('date from <time datetime>, title from <title> without its site suffix, site from the URL', () => {
  const html = `<html><head><title>Storm hits the coast | The Example Post</title></head><body>
<article><time datetime="2019-11-18T21:03:00Z">Nov 18</time>${PARA(1)}${PARA(2)}</article></body></html>`;
  const { draft } = run(html, 'https://www.example.org/storm');
  assert.equal(draft.published, '2019-11-18T21:03:00Z');
  assert.equal(draft.title, 'Storm hits the coast');
  assert.equal(draft.source.name, 'example.org');
});

test('dates are normalised to ISO', () => {
  assert.equal(normaliseDate('2019-11-18'), '2019-11-18');
  assert.equal(normaliseDate('2019-11-18 21:03:00 +0100'), '2019-11-18T21:03:00+01:00');
  assert.equal(normaliseDate('November 18, 2019'), '2019-11-18');
  assert.equal(normaliseDate('Mon, 18 Nov 2019 21:03:00 GMT'), '2019-11-18');
  assert.equal(normaliseDate('20191118'), '2019-11-18');
  assert.equal(normaliseDate('2019-02-30'), undefined);
  assert.equal(normaliseDate('soon'), undefined);
  assert.equal(stripSiteSuffix('Storm hits | Example', 'Example', ''), 'Storm hits');
  assert.equal(stripSiteSuffix('Example - Storm hits the town', 'Example', ''), 'Storm hits the town');
});

test('the title leads the text as its own line, with a title hint', () => {
  const { draft } = run(ARTICLE);
  assert.ok(draft.text.startsWith('Delegation visits Moscow\n\n'));
  assert.deepEqual(draft.hints?.[0], { start: 0, end: 'Delegation visits Moscow'.length, kind: 'title', rule: 'meta-title' });
  assert.equal(slices(draft, 'title').length, 1, 'the h1 is not repeated');
});

test('body paragraphs and headings are hinted; captions and credits are not body', () => {
  const { draft } = run(ARTICLE);
  const body = slices(draft, 'body');
  assert.equal(body.length, 4);
  assert.ok(body.every((b) => b.startsWith('Paragraph ')));
  assert.deepEqual(slices(draft, 'heading'), ['What was said']);
  assert.deepEqual(slices(draft, 'caption'), ['Delegates arrive at the ministry on Thursday.', 'Photo: John Roe/Example']);
  assert.deepEqual(slices(draft, 'credit'), ['By Jane Doe', 'REUTERS/Jane Roe']);
});

test('share bars, ads, newsletter sign-ups, related links and page furniture are dropped', () => {
  const { draft } = run(ARTICLE);
  for (const gone of ['Share on Facebook', 'Advertisement', 'newsletter', 'Another story', 'Related', 'Home', 'All rights reserved']) {
    assert.ok(!draft.text.includes(gone), `"${gone}" dropped`);
  }
});

test('a comment section becomes comment hints, never body', () => {
  const { draft } = run(ARTICLE);
  const comments = slices(draft, 'comment');
  assert.ok(comments.some((c) => c.startsWith('I was there')));
  assert.ok(!slices(draft, 'body').some((b) => b.includes('I was there')));
});

test('a figcaption with a credit span stays a caption; a caption class is a caption', () => {
  const html = `<html><body><article>${PARA(1)}
<figure><img src="x.jpg"><figcaption>Firefighters at the scene. <span class="credit">AP Photo/Jo Doe</span></figcaption></figure>
<div class="image-caption">Smoke over the harbour on Sunday.</div>${PARA(2)}${PARA(3)}</article></body></html>`;
  const { draft } = run(html);
  assert.deepEqual(slices(draft, 'caption'), ['Firefighters at the scene. AP Photo/Jo Doe', 'Smoke over the harbour on Sunday.']);
  assert.equal(slices(draft, 'body').length, 3);
});

test('the article is found among teasers and sidebars without any class names', () => {
  const teasers = Array.from({ length: 8 }, (_, i) => `<div><a href="/t${i}">Teaser headline number ${i} for another story</a></div>`).join('');
  const html = `<html><body><div>${teasers}</div><div><div>${PARA(1)}${PARA(2)}${PARA(3)}</div></div><div>${teasers}</div></body></html>`;
  const { draft } = run(html);
  assert.equal(slices(draft, 'body').length, 3);
  assert.ok(!draft.text.includes('Teaser'));
});

test('embedded tweets inside a social wrapper are kept as body', () => {
  const html = `<html><body><article>${PARA(1)}
<div class="social-media-embed"><blockquote class="twitter-tweet"><p>We are on it, the governor said in a post on Monday night.</p>— Governor (@gov) November 18, 2019</blockquote></div>
${PARA(2)}</article></body></html>`;
  const { draft } = run(html);
  assert.ok(slices(draft, 'body').some((b) => b.startsWith('We are on it')));
});

test('tables keep each row on one line', () => {
  const html = `<html><body><article>${PARA(1)}<table><tr><th>Pos</th><th>Driver</th></tr><tr><td>1</td><td>Kyle Busch</td></tr></table>${PARA(2)}</article></body></html>`;
  const { draft } = run(html);
  assert.ok(slices(draft, 'body').includes('1 Kyle Busch'));
});

test('links in text without spaces (Japanese) become words of their own', () => {
  const html = `<html><body><article><p>今回はそのKindleデスクトップアプリ<a href="/k">Kindle for PC</a>に関する話。とても長い段落がここに続きます。とても長い段落がここに続きます。とても長い段落がここに続きます。</p>${PARA(1)}${PARA(2)}</article></body></html>`;
  const { draft } = run(html);
  assert.ok(draft.text.includes('アプリ Kindle for PC に関する'));
});

test('JSON-LD articleBody is used when the page shows no text', () => {
  const body = 'First paragraph of a story rendered by a script, long enough to count as article text here, and then some more.\n\nSecond paragraph of the same story, equally long so that the whole is clearly an article and not a teaser.';
  const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Scripted', articleBody: body })}</script></head><body><div id="root"></div></body></html>`;
  const { draft, diagnostics } = run(html);
  assert.equal(slices(draft, 'body').length, 2);
  assert.ok(diagnostics.some((d) => d.rule === 'html-jsonld-body'));
});

test('a page with no article keeps its visible text as body and says so', () => {
  const html = '<html><body><ul><li><a href="/a">Home</a></li><li><a href="/b">About</a></li></ul><div>Welcome</div></body></html>';
  const { draft, diagnostics } = run(html);
  assert.ok(diagnostics.some((d) => d.rule === 'html-no-content' && d.level === 'warning'));
  assert.ok(slices(draft, 'body').includes('Welcome'));
});

test('a page wrapped in one <form> (ASP.NET) still yields its article', () => {
  const html = `<html><body><form id="aspnetForm" action="/x"><div><div>${PARA(1)}${PARA(2)}${PARA(3)}</div></div></form></body></html>`;
  const { draft } = run(html);
  assert.equal(slices(draft, 'body').length, 3);
});

test('a comment section without class names is found by its heading', () => {
  const html = `<html><body><div><div>${PARA(1)}${PARA(2)}</div>
<h3>2 responses to “The story”</h3>
<ol><li><p>Reader one says: I think the report leaves out what the council decided on the second day of talks.</p></li>
<li><p>Reader two says: the photo shows the old bridge, not the new one that opened last spring, for what it is worth.</p></li></ol>
</div></body></html>`;
  const { draft } = run(html);
  assert.equal(slices(draft, 'body').length, 2);
  assert.ok(slices(draft, 'comment').some((c) => c.startsWith('Reader two')));
});

test('a comment heading before the title does not take the article with it', () => {
  const html = `<html><body><div><h4>Comments</h4><h1>The story</h1>${PARA(1)}${PARA(2)}</div></body></html>`;
  const { draft } = run(html);
  assert.equal(slices(draft, 'body').length, 2);
});

test('hidden elements, screen-reader text, cookie notices and pop-up link cards are not text', () => {
  const html = `<html><body><article>
<p>The minister met <span class="person">Jane Roe<span class="card"><a href="/1">Roe wins the vote on the budget bill after a long night of talks</a> <a href="/2">Roe speaks at the party conference about the coming election</a></span></span> on Monday, and the two discussed the budget at length for hours.</p>
<div style="display: none">Hidden text that a reader never sees on the page at all.</div>
<div hidden>Also hidden from every reader of the page.</div>
<span class="sr-only">Skip to the navigation links of the site</span>
<p>We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.</p>
${PARA(1)}${PARA(2)}</article></body></html>`;
  const { draft, diagnostics } = run(html);
  assert.ok(draft.text.includes('The minister met Jane Roe on Monday'));
  for (const gone of ['Hidden text', 'Also hidden', 'Skip to', 'cookies', 'Roe wins']) assert.ok(!draft.text.includes(gone), gone);
  assert.ok(diagnostics.some((d) => d.rule === 'html-link-card'));
});

test('a "More stories" heading drops the teasers that follow it', () => {
  const teasers = Array.from({ length: 4 }, (_, i) => `<div><p>Teaser ${i}: a summary of another story that is long enough to pass for a paragraph of prose.</p></div>`).join('');
  const html = `<html><body><article>${PARA(1)}${PARA(2)}${PARA(3)}</article><div><h2>More stories</h2>${teasers}</div></body></html>`;
  const { draft } = run(html);
  assert.equal(slices(draft, 'body').length, 3);
  assert.ok(!draft.text.includes('Teaser'));
});

test('broken HTML never throws', () => {
  const inputs = [
    '',
    '   ',
    '<',
    '<<<>>> &&& <div',
    '<p>unclosed <b>bold <i>italic <a href="x">link',
    '<html><body><p>a</body></html><p>after',
    '<table><tr><td>a<td><p>b</table></p></td>',
    `<div>${'<div>'.repeat(20000)}deep${'</div>'.repeat(100)}`,
    `<p>${'<b>'.repeat(5000)}unclosed inline</p>`,
    '\u0000\u0001\uFFFD<script>never closed',
    '<script type="application/ld+json">{not json</script><p>text</p>',
    '<svg><p>in svg</p></svg><math><mi>x</mi></math>',
    '<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body><p>xhtml</p></body></html>',
  ];
  for (const html of inputs) {
    assert.doesNotThrow(() => run(html, 'bad.html'), JSON.stringify(html.slice(0, 40)));
  }
  const { diagnostics } = run('', 'empty.html');
  assert.ok(diagnostics.some((d) => d.rule === 'html-empty'));
});

test('the reader sniffs HTML by extension or content, not feeds', () => {
  assert.equal(htmlReader.format, 'html');
  assert.ok(htmlReader.sniff('page.html', ''));
  assert.ok(htmlReader.sniff('page.HTM', ''));
  assert.ok(htmlReader.sniff('page.xhtml', ''));
  assert.ok(htmlReader.sniff('-', '<!DOCTYPE html><html><head>'));
  assert.ok(looksLikeHtml('\uFEFF<!-- saved --><html lang="en"><head><title>x</title>'));
  assert.ok(!looksLikeHtml('<?xml version="1.0"?><rss version="2.0"><channel>'));
  assert.ok(!looksLikeHtml('plain text about <html> tags'));
  const drafts = [...htmlReader.read({ origin: 'a.html', content: ARTICLE }, reporter([], 'html'))];
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0]!.origin, 'a.html');
});
