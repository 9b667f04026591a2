import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment } from './index.js';

/** The kind of the segment holding `needle`. */
function kindOf(text: string, needle: string): string | undefined {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `test text lacks ${needle}`);
  return segment({ text }).find((s) => s.start <= at && at < s.end)?.kind;
}

const STORY = [
  'Harbour Cranes Idle As Dock Strike Enters Second Week',
  'Dock workers in the port city stayed off the job on Monday as talks over pay broke down for a second time, union leaders said.',
  'Crane operators gather outside the gates of the container terminal, May 2, 2024. AGENCYNAME/Pat Doe',
  'The strike has left more than 40 ships waiting at anchor, the port authority said in a statement on Monday afternoon.',
  '*Talks To Resume*',
  'Negotiators are expected to meet again on Thursday, according to two people familiar with the talks who asked not to be named.',
  '(Reporting by Kim Lee; Additional reporting by Ravi Das; Editing by Sam Roe)',
  '1. This strike is hurting everyone, not just the bosses!',
  '2. Pay them what they are worth.',
  'Comments are closed.',
].join('\n\n');

test('a headline first line is the title', () => assert.equal(kindOf(STORY, 'Harbour Cranes Idle'), 'title'));
test('body paragraphs stay body', () => {
  assert.equal(kindOf(STORY, 'Dock workers in the port'), 'body');
  assert.equal(kindOf(STORY, 'Negotiators are expected'), 'body');
});
test('a photo description ending in an agency credit is a caption', () => assert.equal(kindOf(STORY, 'Crane operators gather'), 'caption'));
test('a framed line between paragraphs is a heading', () => assert.equal(kindOf(STORY, '*Talks To Resume*'), 'heading'));
test('wire production credits are credits', () => assert.equal(kindOf(STORY, '(Reporting by Kim Lee'), 'credit'));
test('numbered notes after the sign-off are reader comments', () => {
  assert.equal(kindOf(STORY, '1. This strike'), 'comment');
  assert.equal(kindOf(STORY, '2. Pay them'), 'comment');
});
test('"comments are closed" is boilerplate', () => assert.equal(kindOf(STORY, 'Comments are closed.'), 'boilerplate'));
test('a numbered list inside the body is not a comment section', () => {
  const text = 'The plan has three parts, officials said on Monday in a long statement to the press.\n1. Raise pay.\n2. Cut hours.\nThe union will vote on it next week, its leader said after the meeting ended.';
  assert.equal(kindOf(text, '1. Raise pay.'), 'body');
});
test('captions that announce themselves', () => {
  assert.equal(kindOf('Photo: crowds at the rally\nThe rally drew thousands of people to the square on Saturday, police said.', 'Photo: crowds'), 'caption');
});
test('segments cover every character exactly once', () => {
  const segs = segment({ text: STORY });
  let pos = 0;
  for (const s of segs) { assert.equal(s.start, pos); pos = s.end; }
  assert.equal(pos, STORY.length);
});
test('reader hints are kept as given', () => {
  const text = 'A caption from the page\n\nThe body of the story runs on here for a while.';
  const segs = segment({ text, hints: [{ start: 0, end: 23, kind: 'caption', rule: 'figcaption' }] });
  assert.equal(segs[0]!.kind, 'caption');
  assert.equal(segs[0]!.rule, 'figcaption');
});

const LINKED = [
  'Crews Restore Power After Storm',
  'Crews restored power to most homes on the east side by Tuesday evening, the utility said in a statement after the storm.',
  'RELATED: Storm topples trees across the county',
  'More than 3,000 customers were still without power on Wednesday morning, according to the utility company.',
  'MORE: Schools closed for a second day',
  'Also read:',
  'Bridge reopens after flood repairs',
  'Mayor names new fire chief',
  'The utility said it expects to restore the rest of the lines by Friday, weather permitting, a spokesman said.',
].join('\n\n');

test('links to other items, labelled or listed under a label, are boilerplate; running text that starts alike is not', () => {
  assert.equal(kindOf(LINKED, 'RELATED: Storm'), 'boilerplate');
  assert.equal(kindOf(LINKED, 'MORE: Schools'), 'boilerplate');
  assert.equal(kindOf(LINKED, 'Also read:'), 'boilerplate');
  assert.equal(kindOf(LINKED, 'Bridge reopens'), 'boilerplate');
  assert.equal(kindOf(LINKED, 'Mayor names'), 'boilerplate');
  assert.equal(kindOf(LINKED, 'More than 3,000'), 'body');
  assert.equal(kindOf(LINKED, 'The utility said it expects'), 'body');
  assert.equal(kindOf(LINKED, 'Crews Restore Power'), 'title');
});

test('a playlist of videos, each its running time and headline, is boilerplate; one time at the start of a line of text is not', () => {
  const text = [
    'Bridge reopens after flood repairs',
    'Crews reopened the bridge on Tuesday after three weeks of repairs to the flood damage, the county said in a statement.',
    '0:45 Firefighters free a driver from a crushed car',
    '1:27 1 dead after highway collision, police say',
    '2:10 Mayor names new fire chief',
    '9:30 a.m. is when the first cars crossed the bridge, and traffic was light all morning, officials said.',
  ].join('\n\n');
  assert.equal(kindOf(text, '0:45 Firefighters'), 'boilerplate');
  assert.equal(kindOf(text, '1:27 1 dead'), 'boilerplate');
  assert.equal(kindOf(text, '2:10 Mayor'), 'boilerplate');
  assert.equal(kindOf(text, '9:30 a.m.'), 'body');
});

test('a newsroom\'s promise of more is boilerplate ("Stay with ... for the latest", "Check back for updates"); a line of the story that starts alike is not', () => {
  const text = [
    'Ferry Sinks Near Harbour',
    'A ferry sank near the harbour on Monday, the port authority said in a statement on Monday afternoon.',
    'Stay with Channel 9 Lakeside for the latest on this developing story.',
    'Check back for updates.',
    'Stay-at-home orders were lifted across the region on Monday, officials said, and ferries resumed.',
  ].join('\n\n');
  assert.equal(kindOf(text, 'Stay with Channel 9'), 'boilerplate');
  assert.equal(kindOf(text, 'Check back'), 'boilerplate');
  assert.equal(kindOf(text, 'Stay-at-home'), 'body');
});
