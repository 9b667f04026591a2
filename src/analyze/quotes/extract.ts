import type { Mention, Quote, Segment, Sentence, SentenceSyntax, Token } from '../../core/model.js';
import type { Report } from '../../core/report.js';
import { viewSentence, type SentenceView } from '../syntax/args.js';
import { Discourse } from '../syntax/discourse.js';
import { DepTree } from '../syntax/tree.js';
import { NON_CLAIM_KINDS } from '../../core/kinds.js';
import { firstEndingAfter, segmentAt } from '../../core/spans.js';
import { pushTo } from '../../core/_util.js';
import { attributingVerb, quoteShape, type QuoteShape } from './direct.js';
import { accordingTo, reportedClauses } from './indirect.js';
import { reports } from './reporting.js';
import { findQuoteMarks, type QuoteMarks } from './marks.js';
import { attributionAfter, attributionBefore, SpeakerTrail, Speakers, type Speaker } from './speaker.js';
import { DATELINE } from '../../read/dateline.js';

// Quotations of one article, read on the parse: the words within quote marks (direct), and reported
// speech (indirect): the clause a verb of saying governs, the act a verb of asking governs, "according
// to X". The speaker is the subject of the reporting verb, pronouns and role nouns resolved against
// what the article said before ("he also declared" is the last person quoted). A quote whose speaker
// the sentence does not give keeps no speaker; quoted words that are not anybody's (the article's own
// scare quotes and titles) are no quote at all.

export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  segments: readonly Segment[];
  /** The syntax layer: one entry per sentence. */
  syntax: readonly SentenceSyntax[];
}

/** A quoted phrase (not a clause) that no verb of saying governs is a scare quote, a name or a title below this many
 * words. Chosen on our tuning reports (gva quick, dev samples, examples): below 6 words such phrases were mostly
 * nicknames, titles of shows and films, and legal or police terms; from 6 words on, quotations. */
const MIN_UNATTRIBUTED_PHRASE_WORDS = 6;
/** A quote going on ("“...,” he said. “...”") continues the last speaker's words within this many sentences. */
const CONTINUATION_SENTENCES = 2;
/** A reported clause cut short before its speaker keeps at least this many tokens. */
const MIN_REPORTED_TOKENS = 3;

/** One sentence as the quotes stage reads it. */
interface Reading { view: SentenceView; tree: DepTree; speakers: Speakers }

export function extractQuotes(input: QuoteInput, report: Report): Quote[] {
  const { text, tokens } = input;
  const marks = input.segments.filter((s) => !NON_CLAIM_KINDS.has(s.kind)).flatMap((s) => findQuoteMarks(text, s.start, s.end));
  // which tokens stand inside quote marks, once (the stage asks for every token it reads)
  const inMarks = new Uint8Array(tokens.length);
  for (const m of marks) for (let k = firstTokenAt(tokens, m.outer.start); k < tokens.length && tokens[k]!.end <= m.outer.end; k++) inMarks[k] = 1;
  const quoted = (k: number) => inMarks[k] === 1;
  const byStart = [...marks].sort((a, b) => a.outer.start - b.outer.start);
  // each quote is read in the sentence where it ends (its closing mark may stand one past it)
  const endingIn = new Map<number, QuoteMarks[]>();
  for (const m of marks) {
    // sentences are sorted and disjoint: the first one ending at or past the quote's end (one before its closing mark) is the candidate
    const index = firstEndingAfter(input.sentences, m.inner.end - 2);
    if (index < input.sentences.length && m.inner.end > input.sentences[index]!.start) pushTo(endingIn, index, m);
  }
  const discourse = new Discourse();
  // "he said" points back at the last single speaker, never at "police" or "jurors"
  const trail = new SpeakerTrail();
  const noteSpeaker = (s: Speaker) => { if (!s.plural) { discourse.noteSpeaker(s.ref); trail.spoke(s.ref); } };
  const readings: (Reading | undefined)[] = [];
  const direct: Quote[] = [];
  const indirect: Quote[] = [];
  let lastQuoteSentence = -10;
  input.sentences.forEach((sentence, index) => {
    const segment = segmentAt(input.segments, sentence);
    if (segment && NON_CLAIM_KINDS.has(segment.kind)) return;
    const view = viewSentence(text, tokens, sentence, input.mentions, input.syntax[index]!);
    const tree = new DepTree(input.syntax[index]!.tokens, sentence.tokenStart);
    const reading: Reading = { view, tree, speakers: new Speakers(tree, view, discourse, trail, quoted) };
    readings[index] = reading;

    // reported speech first: a quoted phrase inside a reported clause is its speaker's words
    const reported = reportedSpeech(reading, quoted).filter((r) => {
      const start = tokens[r.first]!.start, end = tokens[r.last]!.end;
      return !insideMarks(byStart, start, end);    // all of it is in quote marks
    });

    // direct quotes that end in this sentence
    for (const m of endingIn.get(index) ?? []) {
      const startsHere = m.inner.start >= sentence.start;
      const inside = tokensIn(reading, m);
      if (!inside.length) continue;
      const shape: QuoteShape = startsHere ? quoteShape(tree, inside, (k) => view.lower(k)) : 'clause';
      if (shape === 'phrase' && insideName(reading, m)) {
        report.info(`"${text.slice(m.inner.start, m.inner.end)}" in quote marks inside a name: a nickname, not a quotation`, 'quote-nickname', m.inner);
        continue;
      }
      let found = attribution(reading, inside, shape, quoted);
      // "X said: “A. B.”": a quote over several sentences may be attributed where it opens
      const opening = startsHere ? undefined : readings[firstEndingAfter(input.sentences, m.inner.start)];
      if (!found && opening && opening !== reading) found = attribution(opening, tokensIn(opening, m), 'clause', quoted);
      // "The woman was in “excruciating pain,” said Herbert": inside what someone is reported to have said
      found ??= reported.find((r) => r.speaker && r.first <= inside[0]! && inside.at(-1)! <= r.last + 1);
      let speaker = found?.speaker;
      const going = discourse.lastSpeaker;
      if (!found && going && shape === 'clause' && index - lastQuoteSentence <= CONTINUATION_SENTENCES && m.inner.start <= sentence.start + 2) speaker = { ref: going, plural: false };
      const wordCount = text.slice(m.inner.start, m.inner.end).split(/\s+/).length;
      if (!found && !speaker && shape === 'phrase' && wordCount < MIN_UNATTRIBUTED_PHRASE_WORDS) {
        report.info(`"${text.slice(m.inner.start, m.inner.end)}" in quote marks is a phrase no one is said to say: taken as a scare quote or a title`, 'quote-scare', m.inner);
        continue;
      }
      const q: Quote = { start: m.inner.start, end: m.inner.end, text: text.slice(m.inner.start, m.inner.end), direct: true };
      if (speaker) { q.speaker = { ...speaker.ref }; noteSpeaker(speaker); }
      direct.push(q);
      lastQuoteSentence = index;
    }

    for (const r of reported) {
      const start = tokens[r.first]!.start, end = tokens[r.last]!.end;
      const q: Quote = { start, end, text: text.slice(start, end), direct: false };
      if (r.speaker) { q.speaker = { ...r.speaker.ref }; noteSpeaker(r.speaker); }
      indirect.push(q);
      lastQuoteSentence = index;
    }
    discourse.observe(view);
    trail.observe(view, quoted);
  });
  // The speaker's own words first, then reported speech (a partial quote inside a reported clause is
  // found before the clause).
  return [...direct.sort((a, b) => a.start - b.start), ...indirect.sort((a, b) => a.start - b.start)];
}

/** Reported speech of one sentence (token spans) with its speakers: clauses of saying and asking, "according to X". */
function reportedSpeech(reading: Reading, quoted: (k: number) => boolean): { first: number; last: number; speaker: Speaker | undefined }[] {
  const { tree, view, speakers } = reading;
  const words = (k: number) => (tree.has(k) ? view.lower(k) : '');
  const clauses = reportedClauses(tree, words, quoted, (verb) => attributionBefore(tree, view, verb)?.comma, (verb) => attributionAfter(tree, view, verb)?.comma);
  return [
    ...clauses.flatMap((r) => {
      const subject = speakers.subjectOf(r.verb);
      // "evidence suggests that", "autopsies revealed that": the other verbs of saying report speech only from someone
      if (!reports(tree, r.verb, 'clause') && !reports(tree, r.verb, 'request') && (subject === undefined || !speakers.names(subject))) return [];
      // the speaker is never part of what they said: a clause the parser ran into ", the sheriff said" stops before it
      const last = subject !== undefined && subject > r.first && subject <= r.last ? lastBefore(reading, subject) : r.last;
      // "had been extensive but the store would be rebuilt", "broke out Friday night": a clause that opens on its verb lost its
      // subject to the parse (the damage, the fire): not what was said as it stands
      if (/^(?:VERB|AUX)$/.test(tree.pos(r.first))) return [];
      // "BRAZORIA COUNTY, Texas - Three people were killed ..., deputies said": the dateline is the report's, not what was said
      const first = afterDateline(reading, r.first);
      return last - first + 1 >= MIN_REPORTED_TOKENS ? [{ first, last, speaker: subject === undefined ? undefined : speakers.at(subject) }] : [];
    }),
    ...accordingTo(tree, words, (from) => sourceAt(reading, from)).map((a) => ({ ...a.said, speaker: withoutAccordingTo(speakers.at(a.source.head)) })),
  ];
}

/** The source's phrase without the "according to" a misparse can hang inside it ("According to initial reports" is "initial reports"). */
function withoutAccordingTo(speaker: Speaker | undefined): Speaker | undefined {
  const m = speaker && /^(?:according\s+to|as\s+per)\s+/i.exec(speaker.ref.text);
  if (!speaker || !m) return speaker;
  return { ...speaker, ref: { ...speaker.ref, start: speaker.ref.start + m[0].length, text: speaker.ref.text.slice(m[0].length) } };
}

/** The first token after a dateline that opens the sentence at token `first` (else `first`). */
function afterDateline(reading: Reading, first: number): number {
  const { tree, view } = reading;
  if (first !== tree.first) return first;
  const start = view.tokens[first]!.start;
  const m = DATELINE.exec(view.text.slice(start, view.sentence.end));
  return m ? Math.min(firstTokenAt(view.tokens, start + m[0].length), tree.end - 1) : first;
}

/** The last word before the phrase of `subject` and the punctuation before it. */
function lastBefore(reading: Reading, subject: number): number {
  const { tree, view } = reading;
  let k = Math.min(view.argAt(subject)?.first ?? subject, tree.nounPhrase(subject).first) - 1;
  while (k >= tree.first && /^[\p{P}]+$/u.test(view.tokens[k]!.text)) k--;
  return k;
}

/** The reporting verb of quoted words and the speaker it gives (which may be unknown), or undefined when no verb attributes them. */
function attribution(reading: Reading, inside: readonly number[], shape: QuoteShape, quoted: (k: number) => boolean): { speaker: Speaker | undefined } | undefined {
  if (!inside.length) return undefined;
  const last = reading.view.tokens[Math.max(...inside)]!.text;
  const verb = attributingVerb(reading.tree, inside, shape, (k) => !quoted(k), last === '.');
  return verb === undefined ? undefined : { speaker: reading.speakers.of(verb) };
}

/** Whether [start, end) lies within one quote's marks (marks sorted by start, never overlapping: only the last one starting at or before `start` can hold it). */
function insideMarks(byStart: readonly QuoteMarks[], start: number, end: number): boolean {
  let lo = 0, hi = byStart.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (byStart[mid]!.outer.start <= start) lo = mid + 1; else hi = mid; }
  const m = byStart[lo - 1];
  return m !== undefined && end <= m.outer.end;
}

/** The first token that starts at or after `offset` (binary search: tokens are sorted). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Quote marks between two parts of a name: Luis “Lucky” Ortega. */
function insideName(reading: Reading, m: QuoteMarks): boolean {
  const { tree, view } = reading;
  let before = -1, after = -1;
  for (let k = tree.first; k < tree.end; k++) {
    if (view.tokens[k]!.end <= m.outer.start) before = k;
    if (after < 0 && view.tokens[k]!.start >= m.outer.end) after = k;
  }
  return before >= 0 && after >= 0 && tree.pos(before) === 'PROPN' && tree.pos(after) === 'PROPN';
}

/** The sentence's tokens inside the marks' inner span. */
function tokensIn(reading: Reading, m: QuoteMarks): number[] {
  const out: number[] = [];
  const { tree, view } = reading;
  for (let k = tree.first; k < tree.end; k++) {
    const t = view.tokens[k]!;
    if (t.start >= m.inner.start && t.end <= m.inner.end) out.push(k);
  }
  return out;
}

/** Nominal parts of speech: what a source after "according to" is headed by. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** How far after "according to" its source may begin ("according to a police report"). */
const SOURCE_WINDOW = 3;
/** Relations of the words before a phrase's head. */
const SOURCE_MODIFIERS = new Set(['compound', 'flat', 'amod', 'nummod']);

/** "according to X": X's phrase (the parse's noun phrase, widened to a found phrase it holds) and the word that heads it. */
function sourceAt(reading: Reading, from: number): { first: number; last: number; head: number } | undefined {
  const { view, tree } = reading;
  for (let j = from; j < Math.min(tree.end, from + SOURCE_WINDOW); j++) {
    if (!NOMINAL.has(tree.pos(j)) && !view.argAt(j)) continue;
    // climb a compound or name to the word that heads the phrase ("the student ISNA news agency")
    let head = j;
    // (and a possessor to what it has: "the sheriff's office" is the office's word)
    while (tree.head(head) > head && (SOURCE_MODIFIERS.has(tree.dep(head).split(':')[0]!) || tree.dep(head) === 'nmod:poss')) head = tree.head(head);
    const np = tree.nounPhrase(head), arg = view.argAt(head) ?? view.argAt(j);
    return { first: Math.min(np.first, arg?.first ?? np.first), last: Math.max(np.last, arg?.last ?? np.last), head };
  }
  return undefined;
}
