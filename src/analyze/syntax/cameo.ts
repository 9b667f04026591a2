import type { CameoLexicon, CameoReading, CompiledPattern as Pattern, CompiledPhrase as Phrase, CompiledVerb as Verb, EventLexicon, EventTyping, PloverCode, WordSet } from '../../core/event-lexicon.js';
export type { CameoLexicon, CameoReading, EventLexicon, EventTyping, LexiconPolicy, PloverCode, CameoPattern, CameoVerb } from '../../core/event-lexicon.js';
import type { SyntaxToken } from '../../core/model.js';
import { ruleLemma } from './lemmatizer.js';

// The CAMEO verb lexicon (models/event-lexicon.json, built from PETRARCH2's CAMEO.2.0.txt by
// scripts/build-event-lexicon.ts) read on the dependency parse: a verb's lemma (with its particle or
// preposition: "shoot down", "meet with") gives a default CAMEO code, and a pattern on its arguments a
// more specific one: "- * AID" is matched on the lemma of the verb's object, "(FOR TALKS)" on an
// oblique whose case word is "for", "EARTHQUAKE *" on its subject. Codes map to PLOVER types.

export function compileLexicon(lexicon: EventLexicon): CameoLexicon {
  const forms = (w: string): string[] => (w.startsWith('&') ? (lexicon.sets[w.slice(1)] ?? []).map((m) => m.split(' ').pop()!) : w.split('/'));
  const wordSet = (w: string): WordSet => new Set(forms(w).flatMap((f) => [f, ruleLemma(f, 'NOUN')]));
  const phrase = (np: string | undefined): Phrase | undefined => {
    if (!np) return undefined;
    const words = np.split(' ');
    return { head: wordSet(words[words.length - 1]!), mods: words.slice(0, -1).map(wordSet) };
  };
  const byLemma = new Map<string, Verb[]>();
  for (const [key, v] of Object.entries(lexicon.verbs)) {
    const [first, ...rest] = key.split(' ');
    const patterns: Pattern[] = v.patterns.map((p) => {
      const pp = (p.pp ?? []).map(([prep, np]) => ({ preps: new Set(prep!.split('/')), ...(np ? { np: phrase(np)! } : {}) }));
      const weight = [p.subj, p.obj, ...(p.pp ?? []).flat()].filter(Boolean).join(' ').split(' ').filter(Boolean).length + (p.prt ? 1 : 0);
      const named = !!(p.subj || p.obj || (p.pp ?? []).some((x) => x[1]));
      const made: Pattern = { code: p.code, pp, weight, named };
      const subj = phrase(p.subj), obj = phrase(p.obj);
      if (subj) made.subj = subj;
      if (obj) made.obj = obj;
      if (p.prt) made.prt = p.prt;
      return made;
    });
    const list = byLemma.get(first!) ?? [];
    list.push({ key, rest, code: v.code, patterns });
    byLemma.set(first!, list);
  }
  // the verb with more words first: "shoot down" before "shoot"
  for (const list of byLemma.values()) list.sort((a, b) => b.rest.length - a.rest.length || (a.key < b.key ? -1 : 1));
  return { byLemma, codes: lexicon.codes };
}

const OBJECT_DEPS = new Set(['obj', 'iobj', 'nsubj:pass']);
const SUBJECT_DEPS = new Set(['nsubj', 'csubj']);
const base = (dep: string) => dep.split(':')[0]!;

/**
 * Relations under which a verb tells no act of its own: a preposition or a marker ("according to"),
 * part of a name or a modifier ("the defeated party", "a guard involved in a shooting"). A relative
 * clause (acl:relcl) does tell one.
 */
const NOT_A_CLAUSE = new Set(['case', 'mark', 'fixed', 'compound', 'amod', 'acl', 'flat']);

/** Whether a verb heads a clause of its own (an act can be told there). */
export function headsClause(t: SyntaxToken): boolean {
  return t.pos === 'VERB' && (t.dep === 'acl:relcl' || !NOT_A_CLAUSE.has(base(t.dep)));
}

/** What the lexicon says of the verb at sentence index `i`, or undefined when it does not know the verb. */
export function readVerb(lex: CameoLexicon, tokens: readonly SyntaxToken[], words: readonly string[], i: number): CameoReading | undefined {
  const t = tokens[i]!;
  const verbs = lex.byLemma.get(t.lemma.toLowerCase());
  if (!verbs) return undefined;
  const children = childrenOf(tokens, i);
  const lower = (k: number) => words[k]!.toLowerCase();
  const lemmaOf = (k: number) => tokens[k]!.lemma.toLowerCase();
  const caseOf = (k: number) => childrenOf(tokens, k).filter((c) => base(tokens[c]!.dep) === 'case').map(lemmaOf);
  for (const v of verbs) {
    // each further word of the verb is a dependent of it (a particle, "wage war"), the case word of one
    // ("meet with"), or the very next word
    let particle: number | undefined;
    const hasAll = v.rest.every((w, n) => {
      const c = children.find((k) => lemmaOf(k) === w || lower(k) === w || caseOf(k).includes(w));
      if (c !== undefined) { if (n === 0 && tokens[c]!.dep === 'compound:prt') particle = c; return true; }
      return i + n + 1 < words.length && lower(i + n + 1) === w;
    });
    if (!hasAll) continue;
    let best: Pattern | undefined;
    for (const p of v.patterns) if ((!best || p.weight > best.weight) && matches(p)) best = p;
    const code = best ? best.code : v.code;
    const reading: CameoReading = { verb: v.key, code, plover: code === null ? null : lex.codes[code] ?? null, byPattern: !!best, named: !!best?.named };
    if (particle !== undefined) reading.particle = particle;
    return reading;
  }
  return undefined;

  function matches(p: Pattern): boolean {
    if (p.prt && !children.some((c) => (tokens[c]!.dep === 'compound:prt' || base(tokens[c]!.dep) === 'advmod') && lower(c) === p.prt)) return false;
    const objects = children.filter((c) => OBJECT_DEPS.has(tokens[c]!.dep));
    if (p.obj && !objects.some((c) => phraseAt(p.obj!, c))) return false;
    if (p.subj && !children.some((c) => SUBJECT_DEPS.has(tokens[c]!.dep) && phraseAt(p.subj!, c))) return false;
    // an oblique of the verb or a phrase inside it ("(TO LIST) (OF {BANNED PARTIES})"), and a
    // modifier of the object only when the pattern names the object ("released the list of prisoners")
    const own = children.filter((c) => base(tokens[c]!.dep) === 'obl');
    const inner = [...own, ...(p.obj ? objects : [])].flatMap((o) => childrenOf(tokens, o)).filter((c) => base(tokens[c]!.dep) === 'nmod');
    const obliques = [...own, ...inner];
    return p.pp.every((pp) => obliques.some((c) => caseOf(c).some((w) => pp.preps.has(w)) && (!pp.np || phraseAt(pp.np, c))));
  }

  function phraseAt(np: Phrase, k: number): boolean {
    if (!np.head.has(lemmaOf(k)) && !np.head.has(lower(k))) return false;
    const mods = childrenOf(tokens, k);
    return np.mods.every((m) => mods.some((c) => m.has(lemmaOf(c)) || m.has(lower(c))));
  }
}

function childrenOf(tokens: readonly SyntaxToken[], i: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.head === i) out.push(k);
  return out;
}

/** The PLOVER reading of a CAMEO reading under `typing`: a type, 'none' (the dictionary says no event), or undefined (no opinion). */
export function ploverReading(reading: CameoReading | undefined, typing: EventTyping): PloverCode | 'none' | undefined {
  if (!reading) return undefined;
  // without defaults only a pattern that names an argument decides ("opened fire", "taken into custody"):
  // a bare direction ("rushed (to)") or particle says as little as the verb alone
  if (!typing.defaults && !reading.named) return undefined;
  if (typing.cues && reading.code && !typing.cues.has(reading.code.slice(0, 2))) return undefined;
  if (typing.appeals && reading.code?.startsWith('02')) return { type: 'REQUEST' };
  if (reading.plover) return reading.plover;
  return reading.byPattern ? 'none' : undefined;
}
