import type { AnalyzedArticle, Claim, IncidentParticipant, IncidentRole, Mention, SentenceSyntax, SyntaxToken } from '../../core/model.js';
import { ROLE_NOUNS, TITLE_WORDS } from '../../analyze/syntax/vocabulary.js';
import { isOwnText, sentenceClaim } from '../claims.js';
import { namesPeople, verbOutcome } from './outcomes.js';
import { overlapping, withinByItem } from '../../core/spans.js';

// Who took part, by name, as each report's parse says it: the named one a verb of killing, wounding
// or shooting happened to is a victim ("John Smith, 24, was shot"), its doer and the one arrested or
// charged a suspect ("police arrested 19-year-old Jo Doe"), and a quoted speaker known by an official
// title an official ("Police Chief Ann Lee said"). Names are the entity recognizer's PER mentions;
// the same person across reports is the same surname. Unnamed people ("a 24-year-old man") are counted
// in the figures, not listed here.

/** Ages a report states for a person (a number outside them is no age: a house number, a count). */
const MAX_AGE = 110;

interface Found { name: string; role: IncidentRole; age?: number; claim: Claim }

/** Each named participant the article's own sentences state, one entry per statement. */
export function articleParticipants(a: Readonly<AnalyzedArticle>, background: (sentence: number) => boolean): Found[] {
  const persons = (a.mentions ?? []).filter((m) => m.type === 'PER' && isOwnText(a, m)).sort((x, y) => x.start - y.start);
  const longest = persons.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  const out: Found[] = [];
  // each sentence's quote speakers found once, not by asking every sentence about every quote
  const speakers = withinByItem(a.sentences ?? [], (a.quotes ?? []).flatMap((q) => (q.speaker ? [q.speaker] : [])));
  // a list of victims after a colon, one a line ("identified the victims Friday morning:" / "Hayley Navarra, 21" / ...)
  let listing = false;
  (a.syntax ?? []).forEach((syntax, i) => {
    const sentence = a.sentences?.[i];
    const listed = listing;
    listing = false;
    if (!sentence || !isOwnText(a, sentence) || background(i)) return;
    const toks = syntax.tokens;
    const children = (h: number) => toks.flatMap((t, j) => (t.head === h ? [j] : []));
    // the names around the token by binary search, not a scan of every name of the article per token
    const nameAt = (k: number) => overlapping(persons, toks[k]!, longest).find((m) => m.start <= toks[k]!.start && toks[k]!.end <= m.end);
    const add = (k: number, role: IncidentRole) => {
      for (const j of coordinated(toks, k, children)) {
        const found = nameAt(j);
        if (!found) continue;
        // The recognizer's span may take in a capitalised word before the name ("Since Malijha"): the name starts at its first proper noun.
        const first = toks.find((t) => t.start >= found.start && t.end <= found.end && t.pos === 'PROPN');
        if (!first) continue;
        const m: Mention = { ...found, start: first.start, text: a.text.slice(first.start, found.end) };
        // "Man charged with murder", "Teen shot": a headline's capitalised common noun is nobody's name
        if (!/\s/.test(m.text.trim()) && namesPeople(m.text)) continue;
        const age = ageOf(a.text, toks, m);
        out.push({ name: m.text, role, ...(age !== undefined ? { age } : {}), claim: { ...sentenceClaim(a, m), value: m.text } });
      }
    };
    toks.forEach((_t, k) => {
      const read = verbOutcome(a.text, toks, k, children);
      if (!read) return;
      if (read.outcome === 'suspect') { add(read.patient, 'suspect'); return; }
      if (read.outcome === 'arrested') return;
      add(read.patient, 'victim');
      if (read.agent !== undefined) add(read.agent, 'suspect');
    });
    // "the victim, identified as X", "police identified the man killed as X", "the suspect, X, 19,"
    toks.forEach((t, j) => {
      if (t.pos !== 'PROPN') return;
      const named = namedAs(toks, j, children);
      if (named === undefined) return;
      const n = toks[named]!;
      const role = ROLE_OF_NOUN[n.lemma.toLowerCase()]
        ?? (children(named).some((k) => toks[k]!.dep === 'acl' && isOutcomeVerb(toks[k]!)) ? 'victim' : undefined);
      if (role) add(j, role);
    });
    // "A, B and C have been identified as the victims", "identified the victims as ...": a sentence that identifies
    // victims, and names no suspect, names victims (the parse of such lists of names is the least reliable)
    // (not who identified them, "Coroner Jo Doe identified ...", nor an official or a speaker named there)
    // (so does one that says who the victims were, "The victims include ...", "Injured were ...", and each line of a list
    // such a sentence opens with its colon)
    const namesVictims = !SUSPECT_NOUN.test(sentence.text) && ((IDENTIFIES.test(sentence.text) && VICTIM_NOUN.test(sentence.text)) || VICTIMS_ARE.test(sentence.text));
    const listLine = listed && LIST_LINE.test(sentence.text) && toks[0]?.pos === 'PROPN' && nameAt(0) !== undefined;
    if (namesVictims && /:\s*$/.test(sentence.text)) listing = true;
    if (listLine) listing = true;
    if (namesVictims || listLine)
      toks.forEach((t, j) => {
        const m = t.pos === 'PROPN' ? nameAt(j) : undefined;
        const firstWord = m?.text.trim().split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '') ?? '';
        if (!m || m.start !== t.start || TITLE_WORDS.has(firstWord) || ROLE_NOUNS.has(firstWord) || LAW_TITLE.test(firstWord) || hasOfficialTitle(a.text, syntax, m)) return;
        if ((speakers[i] ?? []).some((sp) => sp.start < m.end && m.start < sp.end)) return;
        // the name's own head word (the one the parse hangs outside it)
        const within = (k: number) => toks[k] !== undefined && toks[k]!.start >= m.start && toks[k]!.end <= m.end;
        const own = toks.findIndex((x, k) => within(k) && !within(x.head));
        const head = toks[toks[own]?.head ?? -1];
        if (toks[own]?.dep === 'nsubj' && head && (IDENTIFIES.test(head.lemma) || REPORTS.test(head.lemma))) return;
        // ("... identified as the victims by detective Richard Chipping": the agent of the identification)
        if (BY_BEFORE.test(a.text.slice(Math.max(sentence.start, m.start - 60), m.start))) return;
        add(j, 'victim');
      });
    for (const sp of speakers[i] ?? []) {
      const around = overlapping(persons, sp, longest);
      const m = around.find((p) => p.start <= sp.start && sp.end <= p.end) ?? around.find((p) => sp.start <= p.start && p.end <= sp.end);
      if (m && hasOfficialTitle(a.text, syntax, m)) out.push({ name: m.text, role: 'official', claim: { ...sentenceClaim(a, m), value: m.text } });
    }
  });
  return dedupeFound(out);
}

/** Words of identifying people: "identified the victims as ...", "released the identities of the men killed". */
const IDENTIFIES = /\bidentif(?:y|ied|ies)\b|\bidentities\b/i;
/** Verbs (lemmas) whose subject tells, not suffers: "News4's X reports that police have identified the victim". */
const REPORTS = /^(?:say|tell|report|confirm)$/i;
/** A sentence that says who the victims were: "The victims include ...", "The gunshot victims were ...", "Injured were ...". */
const VICTIMS_ARE = /^\W*(?:(?:the|those)\s+(?:[\p{L}-]+\s+){0,2}(?:victims?|dead|deceased|injured|wounded)\s+(?:were|are|include[sd]?|included)|(?:injured|killed|wounded|dead)\s+(?:were|are))\b/iu;
/** A line of a list of people: a name, its age, a word or two more ("Hayley Navarra, 21", "Breanne Leigh (wounded)"). */
const LIST_LINE = /^[^.;:!?]{3,60}$/;
/** Titles of the law's people a recognized name may open with ("Coroner R.L. Calhoun", "Det. Jo Doe"). */
const LAW_TITLE = /^(?:coroner|sheriff|detective|det|investigator|trooper|deputy|officer|sgt|cpl|capt|lt)$/;
/** "by" and up to six words of a title before a name: the name is an agent ("by Police detective Jo Doe"). */
const BY_BEFORE = /\bby\s+(?:[\p{L}.'’]+\s+){0,6}$/u;
/** Words for those it happened to, in a sentence that identifies people: then the people it names are victims. */
const VICTIM_NOUN = /\b(?:victims?|dead|deceased|killed|slain|wounded|injured|bodies)\b/i;
/** Words for those who did it: a sentence that names them too is left to the parse. */
const SUSPECT_NOUN = /\b(?:suspects?|gunman|gunmen|shooters?|accused|charged|arrested)\b/i;

/** Nouns that say the role of the one they name: "the victim, X", "the suspect, identified as X". */
const ROLE_OF_NOUN: Readonly<Record<string, IncidentRole>> = { victim: 'victim', suspect: 'suspect', gunman: 'suspect', shooter: 'suspect' };

/** "the man killed": a participle of killing or shooting that describes its noun (its patient). */
function isOutcomeVerb(t: SyntaxToken): boolean {
  return t.pos === 'VERB' && /^(?:kill|shoot|wound|injure|murder|slay)$/.test(t.lemma.toLowerCase());
}

/**
 * The noun a name is given to: "the victim, X" (apposition), "the victim as X" (after "identified"),
 * "the man killed was identified as X" (the passive's subject). Undefined when the name names no noun.
 */
function namedAs(toks: readonly SyntaxToken[], j: number, children: (h: number) => number[]): number | undefined {
  const t = toks[j]!;
  const head = toks[t.head];
  if (!head) return undefined;
  if (t.dep === 'appos' && head.pos === 'NOUN') return t.head;
  if (!children(j).some((k) => toks[k]!.dep === 'case' && toks[k]!.lemma.toLowerCase() === 'as')) return undefined;
  if (t.dep === 'nmod' && head.pos === 'NOUN') return t.head;
  if (t.dep === 'obl' && /^(?:identify|name)$/.test(head.lemma.toLowerCase()))
    return children(t.head).find((k) => (toks[k]!.dep === 'obj' || toks[k]!.dep === 'nsubj:pass') && toks[k]!.pos === 'NOUN');
  return undefined;
}

/** The token and those joined to it as one list of people: "John Smith, 24, and Jo Doe" (conj, appos). */
function coordinated(toks: readonly SyntaxToken[], k: number, children: (h: number) => number[]): number[] {
  const out = [k];
  for (let i = 0; i < out.length; i++)
    for (const c of children(out[i]!)) if ((toks[c]!.dep === 'conj' || toks[c]!.dep === 'appos') && toks[c]!.pos === 'PROPN') out.push(c);
  return out;
}

/**
 * The age written with a name, as news writes it: "Smith, 24," right after the name (the parse hangs
 * that number on the name, or on the first of two names, under varying labels, so its place decides),
 * or "19-year-old Smith" right before it.
 */
function ageOf(text: string, toks: readonly SyntaxToken[], name: Mention): number | undefined {
  const last = toks.reduce((at, t, j) => (t.start >= name.start && t.end <= name.end ? j : at), -1);
  const first = toks.findIndex((t) => t.start >= name.start);
  const word = (j: number) => (toks[j] ? text.slice(toks[j]!.start, toks[j]!.end) : '');
  const after = word(last + 1) === ',' && toks[last + 2]?.pos === 'NUM' && /^\d{1,3}$/.test(word(last + 2)) && /^(?:,|\.|and|;|)$/.test(word(last + 3));
  const age = after ? Number(word(last + 2)) : Number(/^(\d{1,3})-year-old$/.exec(word(first - 1))?.[1] ?? NaN);
  return age > 0 && age <= MAX_AGE ? age : undefined;
}

/** Whether the speaker's name is written with an official's title: "Police Chief Ann Lee", "Ann Lee, a police spokeswoman". */
function hasOfficialTitle(text: string, syntax: SentenceSyntax, m: Mention): boolean {
  const toks = syntax.tokens;
  const inName = (t: SyntaxToken) => m.start <= t.start && t.end <= m.end;
  const nameTokens = toks.map((t, j) => (inName(t) ? j : -1)).filter((j) => j >= 0);
  const word = (t: SyntaxToken) => text.slice(t.start, t.end).toLowerCase().replace(/\.$/, '');
  const titled = (t: SyntaxToken) => TITLE_WORDS.has(word(t)) || ROLE_NOUNS.has(t.lemma.toLowerCase());
  return toks.some((t, j) => !inName(t) && titled(t) && (
    nameTokens.includes(t.head) && /^(?:compound|appos|nmod|flat)$/.test(t.dep)                  // "Chief Lee", "Lee, a spokesman"
    || nameTokens.includes(j + 1) && /^(?:PROPN|NOUN)$/.test(t.pos)                               // "Sgt. Lee" parsed flat
    || t.dep === 'appos' && nameTokens.includes(toks[t.head]?.head ?? -1)));
}

function dedupeFound(found: Found[]): Found[] {
  const seen = new Set<string>();
  return found.filter((f) => { const k = `${f.role}|${f.claim.start}|${f.name}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

/** Jr., Sr. and numerals are no surname. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/i;

/** A person's key across reports: the surname. */
export function surnameKey(name: string): string {
  const words = name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N} ]+/gu, ' ').split(/\s+/).filter((w) => w && !SUFFIX.test(w));
  return words.pop() ?? '';
}

/**
 * The story's participants: each report's statements of a person, joined by surname; the fullest name
 * written, the age most statements give, and the role most statements give (a victim wins a tie: the
 * one it happened to is named so more surely than the one who did it). At most three claims a person.
 */
export function storyParticipants(perArticle: readonly { article: Readonly<AnalyzedArticle>; background: (sentence: number) => boolean }[]): IncidentParticipant[] {
  const byKey = new Map<string, Found[]>();
  const fullNames = fullNamesByGivenName(perArticle.map((p) => p.article));
  for (const { article, background } of perArticle)
    for (const f of articleParticipants(article, background)) {
      // a given name alone ("Miranda was shot") is the person the story names in full with it, when it names one only
      const full = /\s/.test(f.name.trim()) ? undefined : fullNames.get(f.name.trim().toLowerCase());
      const named = full && full.size === 1 ? { ...f, name: [...full.values()][0]! } : f;
      const k = surnameKey(named.name);
      if (k.length < 2) continue;
      byKey.set(k, [...(byKey.get(k) ?? []), named]);
    }
  const ROLE_TIE: readonly IncidentRole[] = ['victim', 'suspect', 'official'];
  const out: IncidentParticipant[] = [];
  for (const found of byKey.values()) {
    const role = most(found.map((f) => f.role), (r) => ROLE_TIE.indexOf(r))!;
    const mine = found.filter((f) => f.role === role);
    const name = mine.map((f) => f.name).sort((x, y) => y.length - x.length)[0]!;
    const age = most(mine.flatMap((f) => (f.age !== undefined ? [f.age] : [])), () => 0);
    const seen = new Set<string>();
    const claims = mine.map((f) => f.claim).filter((c) => { const k = `${c.article}|${c.start}`; if (seen.has(k)) return false; seen.add(k); return true; }).slice(0, 3);
    out.push({ name, role, ...(age !== undefined ? { age } : {}), claims });
  }
  return out;
}

/** The full names of persons the reports write (two words or more), by their given name: surname key to the longest form. */
function fullNamesByGivenName(articles: readonly Readonly<AnalyzedArticle>[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const a of articles)
    for (const m of a.mentions ?? []) {
      const words = m.text.trim().split(/\s+/);
      if (m.type !== 'PER' || words.length < 2) continue;
      const byKey = out.get(words[0]!.toLowerCase()) ?? out.set(words[0]!.toLowerCase(), new Map()).get(words[0]!.toLowerCase())!;
      const key = surnameKey(m.text), known = byKey.get(key);
      if (!known || m.text.trim().length > known.length) byKey.set(key, m.text.trim());
    }
  return out;
}

/** The most frequent value; ties go to the lower `rank`, then to the first seen. */
function most<V>(values: readonly V[], rank: (v: V) => number): V | undefined {
  const counts = new Map<V, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || rank(x[0]) - rank(y[0]))[0]?.[0];
}
