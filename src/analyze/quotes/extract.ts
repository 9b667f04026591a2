import type { ArgRef, Mention, Quote, Segment, Sentence, SentenceSyntax, Token } from '../../core/model.js';
import type { Report } from '../../core/report.js';
import { viewSentence, type Arg, type SentenceView } from '../syntax/args.js';
import { findSubject, isAdverb, verbGroup, type VerbGroup } from '../syntax/clause.js';
import { Discourse } from '../syntax/discourse.js';
import { isIrregularForm, lemmaCandidates } from '../syntax/lemma.js';
import type { Predicate } from '../syntax/triggers.js';
import { findQuoteMarks, type QuoteMarks } from './marks.js';
import { NON_CLAIM_KINDS } from '../../core/kinds.js';
import { segmentAt } from '../../core/spans.js';

// Quotations of one article: the words within quote marks (direct), and reported speech (indirect):
// "X said (that) ...", "..., X said", "according to X, ...", "X urged Y to ...", "..., stating that ...".
// Each gets its speaker as an argument reference, pronouns and role nouns resolved against what the
// article said before ("he also declared" is the last person quoted).

export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  segments: readonly Segment[];
  /** The syntax layer: one entry per sentence. */
  syntax: readonly SentenceSyntax[];
}

/** Verbs that name what someone called something: "calling their invitation “deplorable”". */
const NAMING_VERBS = new Set(['call', 'describe', 'brand', 'label', 'dub', 'term']);
/** Verbs of asking: their "to ..." clause is what was asked. */
const ASKING_VERBS = new Set(['urge', 'ask', 'call', 'press', 'appeal', 'implore', 'demand', 'tell', 'request', 'order', 'encourage']);
/** Words between a speech verb and what was said: "said on Friday that", "told reporters that". */
const TIME_WORD = /^(?:today|yesterday|tonight|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year)$/;
const SETTING_WORD = /^(?:statement|interview|briefing|conference|speech|post|tweet|letter|message|broadcast|address|remarks)$/;
/** Verbs that report speech with or without "that" ("said the delegation had met"); the other verbs of
 * saying also have senses that are not speech ("maintain contacts", "signaling commitment") and report
 * speech only with "that". */
const SAYING = new Set(['say', 'tell', 'claim', 'insist', 'argue', 'warn', 'declare', 'state', 'stress', 'assert', 'deny', 'admit', 'contend', 'add', 'write', 'tweet', 'reply']);
/** Verbs that attribute words in quote marks: saying and reporting verbs, not "respond" or "maintain". */
const ATTRIBUTING = new Set([...SAYING, 'report', 'announce', 'confirm', 'explain', 'note', 'acknowledge', 'reiterate', 'conclude', 'ask', 'recall', 'caution', 'quip', 'joke', 'exclaim', 'shout', 'scream', 'whisper']);
const DETERMINER_LIKE = /^(?:the|a|an|its|their|his|her)$/;
const FINITE_HINT = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|did|do|'s|’s)$/;
/** Fewer words than this in quote marks, with no one saying them, are scare quotes or titles. */
const MIN_UNATTRIBUTED_WORDS = 4;

export function extractQuotes(input: QuoteInput, report: Report): Quote[] {
  const { text } = input;
  const marks = input.segments.filter((s) => !NON_CLAIM_KINDS.has(s.kind)).flatMap((s) => findQuoteMarks(text, s.start, s.end));
  const discourse = new Discourse();
  const direct: Quote[] = [];
  const indirect: Quote[] = [];
  let lastQuoteSentence = -10;
  input.sentences.forEach((sentence, index) => {
    const segment = segmentAt(input.segments, sentence);
    if (segment && NON_CLAIM_KINDS.has(segment.kind)) return;
    const syntax = input.syntax[index]!;
    const view = viewSentence(text, input.tokens, sentence, input.mentions, syntax);
    const reader = new QuoteReader(view, syntax, discourse, marks);
    // direct quotes that end in this sentence
    for (const m of marks.filter((q) => q.inner.end > sentence.start && q.inner.end <= sentence.end + 1)) {
      let speaker = reader.speakerOfDirect(m);
      if (!speaker && index - lastQuoteSentence <= 2 && m.inner.start <= sentence.start + 2) speaker = discourse.lastSpeaker;   // a quote going on
      const words = text.slice(m.inner.start, m.inner.end).split(/\s+/).length;
      if (!speaker && words < MIN_UNATTRIBUTED_WORDS) {
        report.info(`"${text.slice(m.inner.start, m.inner.end)}" in quote marks with no one saying it: taken as a scare quote or a title`, 'quote-unattributed', m.inner);
        continue;
      }
      const q: Quote = { start: m.inner.start, end: m.inner.end, text: text.slice(m.inner.start, m.inner.end), direct: true };
      if (speaker) { q.speaker = { ...speaker }; discourse.noteSpeaker(speaker); }
      direct.push(q);
      lastQuoteSentence = index;
    }
    for (const q of reader.indirect()) {
      if (marks.some((m) => m.outer.start <= q.start && q.end <= m.outer.end)) continue;    // all of it is in quote marks
      indirect.push(q);
      if (q.speaker) discourse.noteSpeaker(q.speaker);
      lastQuoteSentence = index;
    }
    discourse.observe(view);
  });
  // The speaker's own words first, then reported speech (a partial quote inside a reported clause is
  // found before the clause).
  return [...direct.sort((a, b) => a.start - b.start), ...indirect.sort((a, b) => a.start - b.start)];
}

class QuoteReader {
  private readonly preds: Predicate[];
  private readonly groups = new Map<Predicate, VerbGroup>();
  private readonly speakers = new Map<Predicate, ArgRef | undefined>();

  constructor(private readonly view: SentenceView, syntax: SentenceSyntax, private readonly discourse: Discourse, private readonly marks: readonly QuoteMarks[]) {
    this.preds = syntax.predicates.filter((p) => !this.insideMarks(view.tokens[p.first]!.start));
    for (const p of syntax.predicates) if (this.preds.includes(p)) this.groups.set(p, p.group);
    // what follows a verb of saying is what was said, never the clause a participle hangs on
    for (const s of this.preds) {
      if (!s.speech) continue;
      for (const q of this.preds) if (q.first > s.last) this.reported.add(q);
    }
  }

  private readonly reported = new Set<Predicate>();

  private get firstTok() { return this.view.sentence.tokenStart; }
  private get endTok() { return this.view.sentence.tokenEnd; }
  private w(i: number): string { return i >= this.firstTok && i < this.endTok ? this.view.lower(i) : ''; }
  private insideMarks(offset: number): boolean { return this.marks.some((m) => m.outer.start < offset && offset < m.outer.end); }

  private isSaying(p: Predicate): boolean {
    return !p.noun && (p.speech || lemmaCandidates(this.view.tokens[p.first]!.text).some((l) => NAMING_VERBS.has(l) || ASKING_VERBS.has(l)));
  }

  /** A verb that can attribute words in quote marks. */
  private attributes(p: Predicate): boolean {
    return !p.noun && lemmaCandidates(this.view.tokens[p.first]!.text).some((l) => ATTRIBUTING.has(l) || NAMING_VERBS.has(l) || ASKING_VERBS.has(l));
  }

  private readonly finite = (q: Predicate): boolean => {
    const g = this.groups.get(q);
    return !q.noun && !!g && !g.infinitive && !g.participle && !this.reported.has(q);
  };

  /** Who says what a verb of saying reports: its subject, else the name right after it ("said Peskov"). */
  speakerOf(p: Predicate): ArgRef | undefined {
    if (this.speakers.has(p)) return this.speakers.get(p);
    this.speakers.set(p, undefined);      // guards against cycles through inheritance
    const group = this.groups.get(p) ?? verbGroup(this.view, p);
    const found = findSubject(this.view, p, group, this.preds, this.finite);
    let speaker: ArgRef | undefined;
    if (found && 'arg' in found) speaker = this.resolve(found.arg);
    else if (found && 'inherit' in found) speaker = this.speakerOf(found.inherit);
    if (!speaker) {
      // inverted: "..., said Anchorage businessman and blogger Andrew Halcro": the person, else the first name
      const near = this.view.args.filter((a) => a.first > p.last && a.first <= p.last + 7);
      const after = near.find((a) => a.kind === 'name' && a.type === 'PER') ?? near.find((a) => a.first <= p.last + 3);
      if (after) speaker = this.resolve(after);
    }
    this.speakers.set(p, speaker);
    return speaker;
  }

  private resolve(a: Arg): ArgRef | undefined {
    const ref = this.discourse.resolve(a, this.view, true);
    if (ref) return { ...ref };
    return a.kind === 'anaphor' ? { ...a.ref } : undefined;
  }

  /** The speaker of a quote in marks: a verb of saying right after it, before it, or whose clause holds it. */
  speakerOfDirect(m: QuoteMarks): ArgRef | undefined {
    const { view } = this;
    const tokenAt = (offset: number) => {
      for (let k = this.firstTok; k < this.endTok; k++) if (view.tokens[k]!.start >= offset) return k;
      return -1;
    };
    const after = tokenAt(m.outer.end);
    const before = tokenAt(m.outer.start);
    const saying = this.preds.filter((p) => this.attributes(p));
    // ”, he said   /  ,” said the minister  /  ,” Robert McFarlane, an assistant attorney general, said
    const next = saying.find((p) => after >= 0 && p.first >= after && p.first <= after + 12
      && !this.preds.some((q) => q !== p && !q.noun && q.first >= after && q.first < p.first));
    if (next) return this.speakerOf(next);
    // X said: “...”  /  X said Hamas considers ... “partial” ...  /  calling it “deplorable”
    const prev = [...saying].reverse().find((p) => before >= 0 && p.last < before && before - p.last <= 30);
    if (prev) return this.speakerOf(prev);
    return undefined;
  }

  /** Reported speech of this sentence. */
  indirect(): Quote[] {
    const out: Quote[] = [];
    const { view } = this;
    for (const p of this.preds) {
      if (!this.isSaying(p)) continue;
      const group = this.groups.get(p)!;
      if (group.passive || group.infinitive) continue;       // "details have not been disclosed", "it is essential to emphasize"

      const lemma = lemmaCandidates(view.tokens[p.first]!.text);
      // "calling their invitation “deplorable”" names; "called on Russia to", "calling for Russia to" ask
      const asksWith = ['on', 'upon', 'for'].includes(this.w(p.first + 1));
      if (lemma.some((l) => NAMING_VERBS.has(l)) && !(lemma.includes('call') && asksWith)) continue;
      const span = lemma.some((l) => ASKING_VERBS.has(l)) && !p.speech ? this.askedClause(p) : this.saidClause(p);
      if (!span) continue;
      const q: Quote = { start: span.start, end: span.end, text: view.text.slice(span.start, span.end), direct: false };
      const speaker = this.speakerOf(p);
      if (speaker) q.speaker = speaker;
      out.push(q);
    }
    // "according to X", "as per X"
    for (let k = this.firstTok; k < this.endTok - 1; k++) {
      const two = `${this.w(k)} ${this.w(k + 1)}`;
      if (two !== 'according to' && two !== 'as per') continue;
      const source = view.args.find((a) => a.first > k + 1 && a.first <= k + 5);
      if (!source) continue;
      const span = this.aroundSource(k, source.last);
      if (!span) continue;
      const q: Quote = { start: span.start, end: span.end, text: view.text.slice(span.start, span.end), direct: false };
      const speaker = this.resolve(source);
      if (speaker) q.speaker = speaker;
      out.push(q);
    }
    return out;
  }

  /** "said (on Friday) (that) CLAUSE" to the sentence end, or "CLAUSE, X said" from the sentence start. */
  private saidClause(p: Predicate): { start: number; end: number } | undefined {
    const { view } = this;
    let k = p.last + 1;
    // "told reporters", "told the magazine": the hearer is not what was said
    if (lemmaCandidates(view.tokens[p.first]!.text).includes('tell')) {
      const hearer = view.args.find((a) => a.first === k || (a.first === k + 1 && /^(?:the|a|an|his|her|their|its)$/.test(this.w(k))));
      if (hearer) k = hearer.last + 1;
    }
    k = this.skipAdjuncts(k);
    const that = this.w(k) === 'that';
    if (that) k++;
    const rightEnd = this.sentenceEnd();
    const strong = lemmaCandidates(view.tokens[p.first]!.text).some((l) => SAYING.has(l));
    if (rightEnd - k >= 3 && !/^[“"«‘,]$/.test(view.tokens[k]?.text ?? '') && (that || (strong && this.opensClause(k)))) {
      const end = this.clauseStop(k, rightEnd);
      if (end - k >= 3) return this.charSpan(k, end - 1);
    }
    if (!strong) return undefined;
    // "CLAUSE, the Kremlin said": the clause before the comma that opens the report (its subject right after it)
    const group = this.groups.get(p)!;
    const found = findSubject(view, p, group, this.preds, this.finite);
    if (!found || !('arg' in found)) return undefined;
    let c = found.arg.first - 1;
    while (c > this.firstTok && DETERMINER_LIKE.test(this.w(c))) c--;
    if (this.w(c) !== ',') return undefined;
    // ", Owen said, there was no hope ...": the attribution sits inside; the main clause follows it
    if (this.w(k) === ',' && this.opensClause(k + 1)) {
      const end = this.clauseStop(k + 1, rightEnd);
      if (end - k > 3) return this.charSpan(k + 1, end - 1);
    }
    let s = this.firstTok;
    while (s < c && /^[–—\-"“‘'(]$/.test(view.tokens[s]!.text)) s++;
    if (c - s < 4) return undefined;
    return this.charSpan(s, c - 1);
  }

  /** Steps over "on Friday", "in a statement", "last week", "late on Tuesday", adverbs: what comes between a verb of saying and what was said. */
  private skipAdjuncts(k: number): number {
    for (let guard = 0; guard < 6 && k < this.endTok; guard++) {
      const w = this.w(k), next = this.w(k + 1), third = this.w(k + 2);
      if (isAdverb(w) || TIME_WORD.test(w)) { k++; continue; }
      if ((w === 'on' || w === 'last' || w === 'this' || w === 'late' || w === 'early') && (TIME_WORD.test(next) || /^\p{N}/u.test(next))) { k += 2; continue; }
      if ((w === 'in' || w === 'at') && /^(?:a|an|the|his|her|their|its)$/.test(next) && (SETTING_WORD.test(third) || SETTING_WORD.test(this.w(k + 3)))) {
        k += SETTING_WORD.test(third) ? 3 : 4;
        continue;
      }
      if (/^\p{N}/u.test(w) && k > this.firstTok && /^(?:on|in)$/.test(this.w(k - 1))) { k++; continue; }
      break;
    }
    return k;
  }

  /** A clause starts at k: a subject (a name, a pronoun, a noun phrase) and, soon after, a finite verb. */
  private opensClause(k: number): boolean {
    const first = this.view.tokens[k]?.text ?? '';
    if (!/^\p{L}/u.test(first) || /^(?:to|of|in|on|at|for|by|with|from|and|or|but|if|whether|when|how|what|why)$/i.test(first)) return false;
    for (let j = k + 1; j < Math.min(this.endTok, k + 9); j++) {
      const w = this.w(j);
      if (FINITE_HINT.test(w) || isIrregularForm(w)) return true;
      if (/^[,;:]$/.test(w)) return false;
      if (/^\p{Ll}+(?:s|ed)$/u.test(this.view.tokens[j]!.text) && !this.view.argAt(j) && !/(?:ss|us|is)$/.test(w)) return true;
    }
    return false;
  }

  /** "urged Russia to expel the delegation": the asked act, from "to" to the end of its clause. */
  private askedClause(p: Predicate): { start: number; end: number } | undefined {
    for (let k = p.last + 1; k < Math.min(this.endTok, p.last + 12); k++) {
      const w = this.w(k);
      if (w === 'to' || w === 'that') {
        const end = this.clauseStop(k + 1, this.sentenceEnd());
        return end - k > 2 ? this.charSpan(w === 'that' ? k + 1 : k, end - 1) : undefined;
      }
      if (/^[,;:]$/.test(w)) return undefined;
    }
    return undefined;
  }

  /** The sentence with "according to X" (and its commas) taken out: before it, or after it. */
  private aroundSource(k: number, sourceLast: number): { start: number; end: number } | undefined {
    let before = k - 1;
    while (before >= this.firstTok && /^[,–—-]$/.test(this.w(before))) before--;
    if (before - this.firstTok >= 3) return this.charSpan(this.firstTok, before);
    let after = sourceLast + 1;
    while (after < this.endTok && /^[,–—-]$/.test(this.w(after))) after++;
    const end = this.sentenceEnd();
    return end - after >= 3 ? this.charSpan(after, end - 1) : undefined;
  }

  /** One past the last token before the closing punctuation. */
  private sentenceEnd(): number {
    let e = this.endTok;
    while (e > this.firstTok && /^[.!?”"’']$/.test(this.view.tokens[e - 1]!.text)) e--;
    return e;
  }

  /** Where a reported clause stops: a participle clause ", worsening ...", or a report of its own. */
  private clauseStop(from: number, to: number): number {
    for (let k = from; k < to; k++) {
      if ((this.w(k) === ',' || this.w(k) === 'and') && /ing$/.test(this.w(k + 1)) && !this.view.argAt(k + 1)) return k;
      if (this.w(k) === ';') return k;
    }
    return to;
  }

  private charSpan(a: number, b: number): { start: number; end: number } {
    return { start: this.view.tokens[a]!.start, end: this.view.tokens[b]!.end };
  }
}

