import type { Predicate } from '../../core/model.js';
import type { Arg, SentenceView } from '../syntax/args.js';
import { clauseEnd } from '../syntax/clause.js';
import type { DepTree } from '../syntax/tree.js';
import { isAdverb, WEEKDAYS } from '../syntax/words.js';

// Clause linking: which act a governing verb's "to ..." clause holds ("urged Russia to expel"), which
// acts are only the content of another (a demand, a charge), which are reported speech, and where
// "X said Y must ..." makes a demand on Y.

/** "the request of its friends to free ...": words between a demand noun and the "to" of its content. */
const DEMAND_TO_WINDOW = 8;
/** "urged Russia on Thursday to expel": room for the asked party and a time phrase before "to". */
const REQUEST_TO_WINDOW = 12;
/** "the Sudanese government and the rebels in Darfur must": a coordinated subject before its "must". */
const OBLIGED_WINDOW = 9;
/** "must", "should", "has to", "needs to", "ought to": what makes "X said Y must ..." a demand on Y. */
const MUST = new Set(['must', 'should']);
const HAS_TO = new Set(['has', 'have', 'need', 'needs', 'ought']);
/** Governors whose act is told as their own, with their mood: "tried to", "is expected to", "prepared to". */
export const PASS_THROUGH = new Set(['transparent', 'hedge', 'prepare']);
/** Governors chain ("prepared to resume shelling"); real chains are two or three deep, this stops a loop. */
const MAX_CHAIN = 4;

export interface Links {
/** Governor → the act in its "to ..." clause, and back. */
complement: Map<Predicate, Predicate>;
governor: Map<Predicate, Predicate>;
/** Acts that are the content of another (a demand, a charge, a discussion): not events of their own. */
content: Set<Predicate>;
/** Predicates inside reported speech: never the main clause a participle hangs on. */
reported: Set<Predicate>;
/** Speech predicates whose clause says someone must act: "Russia said Sudan must return ...". */
mustRequests: Map<Predicate, Arg>;
}

/**
 * Governors and their clauses; demands and their "that" clauses; "X said Y must ..."; reported content.
 * With a parse (`tree`, `headOf`: a predicate's head token) a governor's act is its open complement
 * (xcomp: "urged Russia to expel", "refused to meet", "began collecting") and a demand's "that" clause
 * its ccomp; without one they are read from the words after the governor.
 */
export function linkClauses(view: SentenceView, preds: readonly Predicate[], tree?: DepTree, headOf?: (p: Predicate) => number): Links {
  const firstTok = view.sentence.tokenStart, endTok = view.sentence.tokenEnd;
  const word = (i: number) => (i >= firstTok && i < endTok ? view.lower(i) : '');
  const links: Links = { complement: new Map(), governor: new Map(), content: new Set(), reported: new Set(), mustRequests: new Map() };
  const markContent = (from: number, to: number, except?: Predicate) => {
    for (const q of preds) if (q.first >= from && q.first < to && q !== except) links.content.add(q);
  };
  const linkPair = (g: Predicate, inner: Predicate) => { links.complement.set(g, inner); links.governor.set(inner, g); };
  for (const g of preds) {
    const governs = g.entry?.governs;
    if (g.noun && g.entry?.type === 'REQUEST') {
      // "its demand that Israel ease restrictions", "the request of its friends to free ...": the clause is the content
      if (word(g.last + 1) === 'that') { markContent(g.last + 2, clauseEnd(view, g.last + 2, preds, false)); continue; }
      for (let k = g.last + 1; k < Math.min(endTok, g.last + 1 + DEMAND_TO_WINDOW); k++) {
        if (word(k) === 'to') { const q = preds.find((x) => x.first === k + 1 && !x.noun); if (q) links.content.add(q); break; }
        if (/^[,;:]$/.test(word(k)) || preds.some((x) => x.first === k)) break;
      }
      continue;
    }
    if (g.entry?.type === 'ACCUSE' || g.entry?.type === 'SUPPORT') {
      // "blamed X for failing", "accused X of violating", "praised X for helping": the reason is content
      const end = clauseEnd(view, g.last + 1, preds, false);
      for (const q of preds) {
        if (q.first <= g.last || q.first >= end || q.noun || !/ing$/.test(word(q.first))) continue;
        if (['for', 'of'].includes(word(q.first - 1))) links.content.add(q);
      }
    }
    if (!governs || g.noun) continue;
    if (tree && headOf) { linkOnParse(g, governs); continue; }
    let k = g.last + 1;
    if (governs === 'request') {
      // "urged Russia on Thursday to expel", "demanded that the US cancel"
      const limit = Math.min(endTok, k + REQUEST_TO_WINDOW);
      let j = k;
      while (j < endTok && isAdverb(word(j))) j++;
      if (word(j) === 'that') { markContent(j + 1, clauseEnd(view, j + 1, preds, false)); continue; }
      for (; k < limit; k++) {
        const w = word(k);
        if (w === 'to') break;
        if (w === ';' || w === ',' || preds.some((q) => q.first === k && !q.noun)) { k = limit; break; }
      }
      if (k >= limit) continue;
    } else {
      while (k < endTok && isAdverb(word(k))) k++;
      // "began collecting signatures", "ruled out sending troops": the act as an -ing form
      if ((governs === 'transparent' || governs === 'refuse') && k < endTok) {
        const ing = preds.find((q) => q.first === k && !q.noun && /ing$/.test(word(k)));
        if (ing) { linkPair(g, ing); continue; }
      }
      if (word(k) !== 'to') continue;
    }
    let v = k + 1;
    while (v < endTok && (isAdverb(word(v)) || word(v) === 'not' || word(v) === 'be')) v++;
    const inner = preds.find((q) => q.first === v && !q.noun);
    if (inner) linkPair(g, inner);
  }
  function linkOnParse(g: Predicate, governs: string): void {
    const h = headOf!(g);
    const dependent = (q: Predicate, dep: string) => !q.noun && q !== g && tree!.head(headOf!(q)) === h && tree!.dep(headOf!(q)) === dep;
    // a "to" clause after a time phrase may be parsed as an adverbial one ("urged Borsk on Tuesday to release")
    const infinitival = (q: Predicate) => dependent(q, 'advcl') && tree!.children(headOf!(q)).some((c) => tree!.dep(c) === 'mark' && view.lower(c) === 'to');
    const inner = preds.find((q) => dependent(q, 'xcomp')) ?? preds.find(infinitival);
    if (inner) { linkPair(g, inner); return; }
    // "demanded that the US cancel": the clause is what was asked for, not an act of its own
    if (governs === 'request') for (const q of preds) if (dependent(q, 'ccomp')) links.content.add(q);
  }
  for (const s of preds) {
    if (!s.speech || s.noun) continue;
    const end = clauseEnd(view, s.last + 1, preds, true);
    for (const q of preds) if (q.first > s.last && q.first < end) links.reported.add(q);
    // "X said (that) Y must/should ...": a demand on Y
    let k = s.last + 1;
    while (k < endTok && (isAdverb(word(k)) || ['that', 'on', ','].includes(word(k)) || WEEKDAYS.has(word(k)))) k++;
    const x = view.argAt(k);
    if (!x) continue;
    // the obligation may follow a coordinated subject: "the Sudanese government and the rebels in Darfur must"
    let j = x.last + 1, obliged = false;
    for (; j < endTok && j < x.last + 1 + OBLIGED_WINDOW; j++) {
      const w = word(j), next = word(j + 1);
      if (MUST.has(w) || (HAS_TO.has(w) && next === 'to')) { obliged = true; break; }
      if (!/\p{L}/u.test(w) || preds.some((q) => q.first === j)) break;
    }
    if (!obliged) continue;
    links.mustRequests.set(s, x);
    markContent(j, clauseEnd(view, j, preds, false), s);
  }
  return links;
}

/** The type of the act in a governor's clause, following chains ("prepared to resume shelling"). */
export function innerType(links: Links, p: Predicate | undefined, depth = 0): string | undefined {
  if (!p || depth > MAX_CHAIN) return undefined;
  return p.entry?.type ?? innerType(links, links.complement.get(p), depth + 1);
}

/** The outermost governor that passes its act through ("is expected to try to visit": "expected"). */
export function outermost(links: Links, g: Predicate): Predicate {
  let top = g;
  for (let up = links.governor.get(top); up && PASS_THROUGH.has(up.entry?.governs ?? ''); up = links.governor.get(top)) top = up;
  return top;
}
