import type {
  AnalyzedArticle, ArgRef, Claim, CountCategory, Entity, EntityId, Event, Fact, Qualifier, Quantity, Quote, Span,
} from '../core/model.js';
import { clip } from '../core/text.js';
import { countryByDemonym } from '../core/countries.js';
import { ACT_PAST_FORMS } from '../analyze/dates/tense.js';
import { pushTo } from '../core/_util.js';
import { overlapping } from '../core/spans.js';
import { nameKey } from './entities/by-name.js';
import { isOwnText, markLater, sentenceClaim } from './claims.js';
import { counterpartConflicts } from './counterparts.js';
import { partyResolver, type Party } from './parties.js';
import type { StoryPass } from './pass.js';
import { readStory, type StoryReading } from './reading.js';
import { sourceOf } from './derivation/sources.js';
import { countsKin } from './incident/outcomes.js';

// Facts: the claims of a story's articles aligned across sources. A claim rests on the sentence
// that makes it; only the outlet's own text counts (see claims.ts).

/** A claim before alignment: what it says (its key), the claim itself, and extras for the statement. */
interface Candidate<R> { key: string; claim: Claim; record: R; article: Readonly<AnalyzedArticle> }

/** An event as its story reads it: its date there, and the entities its participants are linked to. */
interface StoryEvent { event: Event; date?: string; dateBasis?: string; actor?: EntityId; target?: EntityId }

/** An article's independent source (Story.derivation): a copy or rewrite counts as its original. */
type SourceOf = (article: string) => string;

export function alignFacts(articles: readonly Readonly<AnalyzedArticle>[], entities: readonly Entity[], reading: StoryReading, storyId: string,
  source: SourceOf = (a) => a): Fact[] {
  const parties = partyResolver(entities);
  const facts = restatedOnce([
    ...figureFacts(articles, source),
    ...eventFacts(articles, parties, entities, reading, source),
    ...counterpartConflicts(articles, entities, reading),
    ...quoteFacts(articles, entities, reading, source),
  ], source);
  // Best supported first, conflicts before agreement at equal support: what a reader checks first;
  // then what we could word before sentences quoted as they are.
  const rank = { conflict: 0, agreed: 1, single: 2 } as const;
  facts.sort((a, b) => b.support - a.support || rank[a.status] - rank[b.status] || Number(!!a.verbatim) - Number(!!b.verbatim)
    || a.statement.localeCompare(b.statement));
  return facts.map((f, i) => ({ ...f, id: `${storyId}-F${i + 1}` }));
}

/** The facts of the story: reads its entities, links and event dates. */
export const factsPass: StoryPass<'facts'> = {
  name: 'facts', requires: ['derivation', 'entities', 'links', 'eventDates'], assigns: ['facts'],
  run: (story, articles) => ({ facts: alignFacts(articles, story.entities!, readStory(story), story.id, sourceOf(story.derivation ?? [])) }),
};

// ---- figures ------------------------------------------------------------------------------------

// Subjects that say nothing about who is counted: "deaths", "people", "others".
const GENERIC_SUBJECT = new Set(['people', 'person', 'persons', 'other', 'others', 'death', 'deaths', 'fatality', 'fatalities', 'casualty',
  'casualties', 'victim', 'victims', 'individual', 'individuals', 'one', 'ones', 'those', 'them', 'body', 'bodies', 'toll', 'passengers']);
/** "two more bodies", "another five dead": an increment to a toll, not the toll. */
const INCREMENT_AFTER = /^\s+(?:more|additional|further|other)\b/i, INCREMENT_BEFORE = /\b(?:another|an additional|a further)\s+$/i;
const isIncrement = (a: Readonly<AnalyzedArticle>, q: Quantity) => INCREMENT_AFTER.test(a.text.slice(q.end, q.end + 16)) || INCREMENT_BEFORE.test(a.text.slice(Math.max(0, q.start - 16), q.start));

function figureFacts(articles: readonly Readonly<AnalyzedArticle>[], source: SourceOf): Omit<Fact, 'id'>[] {
  const candidates: Candidate<Quantity>[] = [];
  const what = (q: Quantity) => categoryOf(q) ?? predicateKey(q.predicate ?? '');
  for (const a of articles) {
    // a count says something only when what is counted is known: an outcome category ("killed"), or a
    // predicate with its counted noun ("46 people rescued"); "10 learned" (a station's name) is no figure
    // ("a mother of two died": two is her children, incident/outcomes.ts)
    const own = (a.quantities ?? []).filter((q) => q.kind === 'count' && (categoryOf(q) || (q.predicate && q.subject?.trim())) && isOwnText(a, q) && !countsKin(a.text, q));
    // A figure with a generic subject ("three people were killed") speaks for the story's toll only
    // when it is its article's one figure of that kind (a title restating the body's is the same
    // figure); otherwise it is the article's own.
    const generic = new Map<string, Set<string>>();
    for (const q of own) if (!subjectKey(q.subject ?? '') && !isIncrement(a, q)) generic.set(what(q), (generic.get(what(q)) ?? new Set()).add(`${q.value}|${q.qualifier}`));
    for (const q of own) {
      const subject = subjectKey(q.subject ?? '');
      // A count of an outcome we do not know ("allowed three runs", "interviewed 213 witnesses") is
      // stated by its sentence, and never set against another report's: two such counts are as often
      // of different things (two pitchers' runs) as different versions of one.
      const known = categoryOf(q) || SAME_OUTCOME[(q.predicate ?? '').toLowerCase()];
      const key = isIncrement(a, q) || !known ? `figure|${what(q)}|${a.id}|${q.start}`
        : subject ? `figure|${what(q)}|${subject}`
        : generic.get(what(q))?.size === 1 ? `figure|${what(q)}|*` : `figure|${what(q)}|${a.id}|${q.start}`;
      const claim: Claim = { ...sentenceClaim(a, q), value: q.value, qualifier: q.qualifier };
      if (a.published) claim.asOf = a.published;
      candidates.push({ key, claim, record: q, article: a });
    }
  }
  // One source's different counts of one thing ("about 727,000 refugees" in the camps, "about 100" returning a week,
  // "15,000" expelled last year) are different figures, never versions of one: versions need two sources.
  const compatibleIn = (group: readonly Candidate<Quantity>[]) => group.every((x) => group.every((y) => overlaps(interval(x.record), interval(y.record))));
  const singleSourced = (group: readonly Candidate<Quantity>[]) => new Set(group.map((c) => source(c.article.id))).size < 2;
  const groups = groupBy(candidates).flatMap((group) => (singleSourced(group) && !compatibleIn(group) ? group.map((c) => [c]) : [group]));
  return groups.map((group): Omit<Fact, 'id'> => {
    const sources = new Set(group.map((c) => source(c.article.id)));
    const compatible = compatibleIn(group);
    const status = sources.size < 2 ? 'single' : compatible ? 'agreed' : 'conflict';
    const claims = group.map((c) => c.claim);
    if (status === 'conflict') markLater(claims);
    const first = group[0]!.record;
    const values = [...new Set(group.map((c) => describe(c.record)))];
    const category = categoryOf(first);
    const predicate = category ? CATEGORY_WORD[category] : predicateKey(first.predicate ?? '');
    // Precision first: we word a count only for an outcome we know ("killed", "rescued"); any other
    // predicate ("3 men found", "the 1400 block ... left") is stated by the report's own sentence.
    if (!category && !SAME_OUTCOME[(first.predicate ?? '').toLowerCase()]) {
      return { kind: 'figure', statement: `“${clip(group[0]!.claim.text, VERBATIM_MAX)}”`, verbatim: true, status, claims, support: sources.size };
    }
    // "1,400 fatalities", not "1,400 fatalities killed": a subject that names the outcome says it already
    const said = category !== undefined && OUTCOME_NOUN[category]?.test(first.subject ?? '');
    const statement = `${values.join(' vs ')} ${subjectAsWorded(group[0]!.article, first)} ${said ? '' : predicate}`.replace(/\s+/g, ' ').trim();
    return { kind: 'figure', statement, status, claims, support: sources.size };
  });
}

/** A count's subject for a statement: in a headline written in title case ("2 Children Killed"), its words in lower case but names'. */
function subjectAsWorded(a: Readonly<AnalyzedArticle>, q: Quantity): string {
  const subject = q.subject ?? '';
  const sentence = (a.sentences ?? []).findIndex((s) => s.start <= q.start && q.start < s.end);
  if (!subject || !a.syntax?.[sentence]?.headline) return subject;
  const at = a.text.indexOf(subject, q.end);
  const named = (offset: number) => at >= 0 && (a.mentions ?? []).some((m) => m.start <= at + offset && at + offset < m.end);
  let offset = 0;
  return subject.split(/(\s+)/).map((w) => { const out = /^\s+$/.test(w) || named(offset) ? w : w.toLowerCase(); offset += w.length; return out; }).join('');
}

/**
 * The outcome a count is of. Victims are the people harmed ("the three victims were taken to the
 * hospital"): the dead only when a verb says they died (as the incident record reads them), so such a
 * count is no death toll here and is stated by its own sentence.
 */
function categoryOf(q: Quantity): CountCategory | undefined {
  return q.category === 'KILL' && !DYING.test(q.predicate ?? '') && /\bvictims?\b/i.test(q.subject ?? '') ? undefined : q.category;
}
const DYING = /^(?:kill|die|dead|death|murder|slain|slay|fatal)/i;

/** Verbs reports use for one uncategorised outcome: "46 rescued", "pulled 46 from the water", "46 survived". */
const SAME_OUTCOME: Record<string, string> = { rescued: 'rescued', saved: 'rescued', pulled: 'rescued', plucked: 'rescued', survived: 'rescued' };
const predicateKey = (predicate: string) => { const p = predicate.toLowerCase(); return SAME_OUTCOME[p] ?? p; };

/** Subjects that are the outcome itself ("deaths", "fatalities", "injuries"). */
const OUTCOME_NOUN: Partial<Record<CountCategory, RegExp>> = {
  KILL: /\b(?:deaths?|fatalities|dead)\s*$/i, WOUND: /\b(?:injuries|wounded|injured)\s*$/i,
};

/** How a statement says a count category, whatever verb each report used. */
const CATEGORY_WORD: Record<CountCategory, string> = {
  KILL: 'killed', WOUND: 'wounded', KIDNAP: 'kidnapped or held', ARREST: 'arrested', AFFECT: 'affected', MISSING: 'missing',
  DISPLACED: 'displaced', EVACUATE: 'evacuated', PROTEST: 'protesting', SEIZE: 'seized',
};

function subjectKey(subject: string): string {
  const words = subject.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/\p{L}[\p{L}-]*/gu) ?? [];
  const content = words.filter((w) => !GENERIC_SUBJECT.has(w) && !/^(the|a|an|of|and|its|their|his|her|other|more|foreign)$/.test(w));
  return content.map((w) => w.replace(/(?<=[^s])s$/, '')).join(' ');
}

/** The values a figure allows, given its qualifier: "at least 19" is [19, ∞). */
function interval(q: Pick<Quantity, 'value' | 'qualifier'>): [number, number] {
  const v = q.value;
  const by: Record<Qualifier, [number, number]> = {
    exact: [v, v], 'at least': [v, Infinity], 'more than': [v + 1e-9, Infinity], about: [v * 0.9, v * 1.1], 'up to': [0, v],
  };
  return by[q.qualifier];
}
const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];
const describe = (q: Quantity) => (q.qualifier === 'exact' ? figure(q.value) : `${q.qualifier} ${figure(q.value)}`);
/** A count as a reader writes it: "1,100,000", not "1100000". */
const figure = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

// ---- events -------------------------------------------------------------------------------------

/** The longest sentence stated verbatim (an event whose actor the report does not name). */
const VERBATIM_MAX = 160;

/** How a statement says each PLOVER type: [what was done, the form after "did not" / "may"]. */
const VERB: Record<string, [string, string]> = {
  AGREE: ['agreed with', 'agree with'], ASSAULT: ['attacked', 'attack'], AID: ['gave aid to', 'give aid to'], ACCUSE: ['accused', 'accuse'],
  CONSULT: ['met', 'meet'], COERCE: ['coerced', 'coerce'], CONCEDE: ['gave way to', 'give way to'], COOPERATE: ['cooperated with', 'cooperate with'],
  MOBILIZE: ['mobilised against', 'mobilise against'], PROTEST: ['protested against', 'protest against'], REJECT: ['rejected', 'reject'],
  REQUEST: ['called on', 'call on'], RETREAT: ['withdrew from', 'withdraw from'], SANCTION: ['sanctioned', 'sanction'],
  SUPPORT: ['supported', 'support'], THREATEN: ['threatened', 'threaten'],
};

/**
 * Whether we word the event ourselves ("Hamas attacked Israel"): both parties named by the report, the
 * actor by a relation, and both in the event's own sentence. An actor inferred from the article's
 * conflict, or a side that is a pronoun resolved to a name in another sentence ("The judge ordered him
 * held", "him" read as the police sergeant quoted before), is a reading a reader cannot check in the
 * sentence: the sentence is stated instead.
 */
const worded = (e: Event, sentence: Span) => !!e.actor?.text && !e.actorBasis && !!e.target?.text && within(e.actor, sentence) && within(e.target, sentence)
  && !loneDemonym(e.actor.text) && !loneDemonym(e.target.text);
/**
 * A side that is a nationality alone ("seized Saudi", the parse having dropped "tanker") is no party: it
 * names neither a country's act nor whom it befell. One that opens with a nationality ("Somali pirates",
 * "Indian navy") is said as written: the country its entity is ("Somalia") did not do what they did.
 */
const loneDemonym = (text: string) => !!countryByDemonym(text);
const opensWithDemonym = (text: string) => { const w = text.trim().split(/\s+/); return w.length > 1 && !!countryByDemonym(w[0]!); };
/** The key of an event stated by its sentence. */
const BY_SENTENCE = 'event|sentence|';
const within = (x: Span, outer: Span) => x.start >= outer.start && x.end <= outer.end;

/** A mode every report tells is said as such: "Ali Bagheri Kani visited Russia" (not "met"), "Police investigated X" (not "accused"). */
const VISIT: [string, string] = ['visited', 'visit'];
const INVESTIGATE: [string, string] = ['investigated', 'investigate'];
/** Modes that say the act in the reports' own word; a type whose name no report uses ("coerced") is worded only by its mode. */
const MODE_VERB: Record<string, [string, string]> = {
  'CONSULT/visit': VISIT, 'ACCUSE/investigate': INVESTIGATE, 'COERCE/arrest': ['arrested', 'arrest'], 'COERCE/seize': ['seized', 'seize'],
  'COERCE/deport': ['deported', 'deport'], 'SANCTION/convict': ['convicted', 'convict'],
};
const WORDED_BY_MODE_ONLY = new Set(['COERCE']);

/** Particles a verb of an act keeps before its target ("fired at", "met with"). */
const PARTICLE = /^(?:at|with|on|upon)$/;
/**
 * The trigger the reports tell the act with most often, when it is a verb in the past ("captured", "fired at"):
 * what the reports say, not our category's name for it ("attacked" for "captured 23 pirates").
 */
function toldInPast(events: readonly Event[]): string | undefined {
  const counts = new Map<string, number>();
  for (const e of events) {
    const words = e.text.toLowerCase().split(/\s+/);
    const [verb, particle] = words;
    if (!verb || words.length > 2 || (particle !== undefined && !PARTICLE.test(particle))) continue;
    if (!ACT_PAST_FORMS.has(verb) && !/^[a-z]{3,}ed$/.test(verb)) continue;
    counts.set(words.join(' '), (counts.get(words.join(' ')) ?? 0) + 1);
  }
  let best: string | undefined, n = 0;
  for (const [verb, k] of counts) if (k > n) { best = verb; n = k; }
  return best;
}

function eventFacts(articles: readonly Readonly<AnalyzedArticle>[], parties: (ref: ArgRef | undefined, entity: EntityId | undefined) => Party,
  entities: readonly Entity[], reading: StoryReading, source: SourceOf): Omit<Fact, 'id'>[] {
  const candidates: Candidate<StoryEvent>[] = [];
  for (const a of articles) {
    // the article's dates by position, so each side is looked up, not checked against every date
    const dates = [...(a.dates ?? [])].sort((x, y) => x.start - y.start);
    const longest = dates.reduce((m, d) => Math.max(m, d.end - d.start), 0);
    for (const e of a.events ?? []) {
      if (!isOwnText(a, e)) continue;
      const record: StoryEvent = { event: e, ...reading.eventDate(a.id, e) };
      const actorId = reading.entityId(a.id, e.actor, 'participant'), targetId = reading.entityId(a.id, e.target, 'participant');
      if (actorId) record.actor = actorId;
      if (targetId) record.target = targetId;
      const actor = parties(e.actor, actorId), target = parties(e.target, targetId);
      if (!actor.key && !target.key) continue;                // an event with no participant says little
      // With a participant unknown, two reports' "X supported" may be different acts: such an event aligns only within its article.
      const scope = actor.key && target.key ? '' : `|in:${a.id}`;
      const claim = sentenceClaim(a, e);
      // An event whose actor or target the report does not name is stated by its sentence: one fact per sentence.
      // A date read as a side ("attacked Christmas") is no participant: such an event is stated by its sentence.
      const dateSide = [e.actor, e.target].some((x) => x && overlapping(dates, x, longest).length > 0);
      const key = !worded(e, a.sentences?.length ? claim : { start: 0, end: a.text.length }) || dateSide ? `${BY_SENTENCE}${a.id}|${claim.start}`
        : `event|${e.type}|${actor.key}|${target.key}|${e.negated ? 'not' : ''}|${e.hedged ? 'maybe' : ''}${scope}`;
      // a sentence stated for an act that did not happen ("he hasn't been shot yet") tells nothing that happened
      if (e.negated && key.startsWith(BY_SENTENCE)) continue;
      if (record.date && !record.dateBasis) claim.value = record.date;     // a claim states only its own sentence's date
      if (a.published) claim.asOf = a.published;
      candidates.push({ key, claim, record, article: a });
    }
  }
  const byId = new Map(entities.map((x) => [x.id, x]));
  return groupBy(candidates).map((group): Omit<Fact, 'id'> => {
    const sources = new Set(group.map((c) => source(c.article.id)));
    const first = group[0]!.record, e = first.event;
    const name = (r: ArgRef | undefined, id: EntityId | undefined) => (r && opensWithDemonym(r.text) ? r.text : (id && byId.get(id)?.name) || r?.text || '');
    const mode = e.mode !== undefined && group.every((c) => c.record.event.mode === e.mode) ? MODE_VERB[`${e.type}/${e.mode}`] : undefined;
    const wording = mode ?? (WORDED_BY_MODE_ONLY.has(e.type) ? undefined : VERB[e.type] ?? [e.type.toLowerCase(), e.type.toLowerCase()]);
    const [done, base] = wording ?? ['', ''];
    // the reports' own verb where they tell it in the past ("captured", "urged", "shot"), else the type's
    const verb = e.negated ? `did not ${base}` : e.hedged ? `may ${base}` : toldInPast(group.map((c) => c.record.event)) ?? done;
    // Precision first: with no actor named, "someone attacked X" is our guess at what the report
    // says, and with no target "Officials accused" or "FBI did not reject" says nothing checkable; the
    // report's own sentence is stated instead (verbatim), and the event stays in the data. So is an
    // event one source alone tells: our wording of one sentence ("X attacked Y" for "X beat Y 6-0")
    // is a reading no second report confirms, and the sentence itself is what a reader can judge.
    const actor = wording && !group[0]!.key.startsWith(BY_SENTENCE) && sources.size >= 2 ? name(e.actor, first.actor) : '';
    const statement = actor ? [actor, verb, name(e.target, first.target)].join(' ') : `“${clip(group[0]!.claim.text, VERBATIM_MAX)}”`;
    // The dates the reports state; dates inherited from another mention only when none does.
    const dates = (inherited: boolean) => group.map((c) => c.record).filter((r) => r.date && !!r.dateBasis === inherited).map((r) => r.date!);
    const stated = mostCommon(dates(false));
    const date = stated ?? mostCommon(dates(true));
    const ids = [first.actor, first.target].filter((x): x is EntityId => !!x);
    // Two events of one sentence (a verbatim fact) cite it once.
    const claims = actor ? group.map((c) => c.claim) : [group[0]!.claim];
    const fact: Omit<Fact, 'id'> = { kind: 'event', statement, status: sources.size < 2 ? 'single' : 'agreed', claims, support: sources.size };
    if (!actor) fact.verbatim = true;
    if (date) fact.date = date;
    if (date && !stated) fact.dateBasis = group.find((c) => c.record.date === date)!.record.dateBasis!;
    if (ids.length) fact.entities = ids;
    return fact;
  });
}

// ---- quotes -------------------------------------------------------------------------------------

/** A quote as its story reads it: the entity its speaker is linked to. */
interface StoryQuote { quote: Quote; speaker?: EntityId }

function quoteFacts(articles: readonly Readonly<AnalyzedArticle>[], entities: readonly Entity[], reading: StoryReading, source: SourceOf): Omit<Fact, 'id'>[] {
  const byId = new Map(entities.map((x) => [x.id, x]));
  const candidates: Candidate<StoryQuote>[] = [];
  const verbatim: Omit<Fact, 'id'>[] = [], verbatimAt = new Set<string>();
  for (const a of articles)
    for (const q of a.quotes ?? []) {
      if (!isOwnText(a, q)) continue;
      // Precision first: whose words these are the sentence does not say; it is stated as written,
      // once per sentence, and never aligned with another report's.
      if (!q.speaker) {
        const claim = sentenceClaim(a, q);
        if (a.published) claim.asOf = a.published;
        if (!verbatimAt.has(`${a.id}|${claim.start}`)) {
          verbatimAt.add(`${a.id}|${claim.start}`);
          verbatim.push({ kind: 'quote', statement: `“${clip(claim.text, VERBATIM_MAX)}”`, status: 'single', claims: [claim], support: 1, verbatim: true });
        }
        continue;
      }
      const linked = reading.entityId(a.id, q.speaker, 'participant');
      const speaker = linked ?? `T:${nameKey(q.speaker.text)}`;
      const claim: Claim = { article: a.id, start: q.start, end: q.end, text: q.text };
      if (a.published) claim.asOf = a.published;
      candidates.push({ key: `quote|${speaker}`, claim, record: linked ? { quote: q, speaker: linked } : { quote: q }, article: a });
    }
  // Quotes of one speaker agree across sources when their words largely overlap.
  const facts: Omit<Fact, 'id'>[] = [];
  for (const group of groupBy(candidates)) {
    const clusters: { words: Set<string>; members: Candidate<StoryQuote>[] }[] = [];
    for (const c of group) {
      const words = contentWords(c.record.quote.text);
      // A cluster is represented by its first quote's words.
      const home = clusters.find((cl) => wordOverlap(cl.words, words) >= 0.5);
      if (home) home.members.push(c); else clusters.push({ words, members: [c] });
    }
    for (const { members: cl } of clusters) {
      const { quote: q, speaker } = cl[0]!.record;
      const sources = new Set(cl.map((c) => source(c.article.id)));
      const who = (speaker && byId.get(speaker)?.name) || q.speaker!.text;
      const words = q.text.length > 120 ? `${q.text.slice(0, 117)}…` : q.text;
      const fact: Omit<Fact, 'id'> = {
        kind: 'quote', statement: `${who}: ${q.direct ? `“${words}”` : words}`, status: sources.size < 2 ? 'single' : 'agreed',
        claims: outermost(cl.map((c) => c.claim)), support: sources.size,
      };
      if (speaker) fact.entities = [speaker];
      facts.push(fact);
    }
  }
  // a sentence with a quote whose speaker is named too is stated through that quote
  const attributed = new Map<string, Claim[]>();
  for (const f of facts) for (const c of f.claims) pushTo(attributed, c.article, c);
  return [...facts, ...verbatim.filter((v) => { const s = v.claims[0]!; return !(attributed.get(s.article) ?? []).some((c) => c.start >= s.start && c.end <= s.end); })];
}

/** Claims not inside a longer claim of the same article: reported speech quoting a phrase is one claim. */
const outermost = (claims: readonly Claim[]) => claims.filter((c) => !claims.some((o) => o !== c && o.article === c.article
  && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start));

const contentWords = (text: string) => new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);

/** Shared words over the smaller set: one quote reworded or cut shorter still overlaps the other. */
function wordOverlap(wa: ReadonlySet<string>, wb: ReadonlySet<string>): number {
  if (!wa.size || !wb.size) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size);
}

// ---- shared -------------------------------------------------------------------------------------

/**
 * A copy restates its original: a fact stated sentence by sentence (verbatim) or only within one
 * article comes once from each report of a source, and those restatements are one fact, with every
 * claim kept and the support of one source.
 */
function restatedOnce(facts: Omit<Fact, 'id'>[], source: SourceOf): Omit<Fact, 'id'>[] {
  const out: Omit<Fact, 'id'>[] = [], seen = new Map<string, Omit<Fact, 'id'>>();
  for (const f of facts) {
    const sources = new Set(f.claims.map((c) => source(c.article)));
    // (a sentence quoted as it is is one statement whatever it was quoted for: a count's and an event's)
    const key = sources.size === 1 ? `${f.verbatim ? 'verbatim' : f.kind}|${f.statement}|${[...sources][0]}` : undefined;
    const first = key === undefined ? undefined : seen.get(key);
    // the same source's other report, not a second statement within one report; but one sentence quoted
    // twice (two counts or events of one sentence, a page that repeats its text) is one statement
    if (first && (first.verbatim && f.verbatim || !first.claims.some((c) => f.claims.some((d) => d.article === c.article)))) {
      first.claims = [...first.claims, ...f.claims.filter((d) => !first.claims.some((c) => c.article === d.article && c.start === d.start && c.end === d.end))];
      continue;
    }
    if (key !== undefined) seen.set(key, f);
    out.push(f);
  }
  return out;
}

function groupBy<R>(candidates: readonly Candidate<R>[]): Candidate<R>[][] {
  const groups = new Map<string, Candidate<R>[]>();
  for (const c of candidates) pushTo(groups, c.key, c);
  return [...groups.values()];
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

