import type { DepTree } from '../syntax/tree.js';
import { lemmaCandidates } from '../syntax/lemma.js';
import { HEDGE_MODALS, MONTHS, NEGATORS, WEEKDAYS } from '../syntax/words.js';

// Who acts and who undergoes, read from the dependency parse alone: tokens in, tokens out (the
// phrases they stand for are roles.ts's business). A verb's actor is its subject (a passive's is the
// "by" agent, its subject undergoes); a verb without a subject of its own takes its controller's: the
// asked party of "urged Russia to expel", the head verb's subject in a coordination, the noun a
// relative clause or a participle modifies. Nothing here looks at word order.

/** The tokens that fill an act's roles (article indexes). */
export interface TokenRoles {
  actor?: number;
  target?: number;
}

/** Relative pronouns: a relative clause's "who" stands for the noun the clause modifies. */
const RELATIVE = new Set(['who', 'whom', 'which', 'that']);
/** Verbs whose clausal complement is denied: "denied they carried out the strike". */
const DENIAL = new Set(['deny', 'refute', 'dismiss', 'reject']);
/** Clauses whose missing subject is the head clause's: "tried to visit", "..., killing three", "and charged". */
const SHARES_SUBJECT = new Set(['xcomp', 'advcl', 'conj']);
/** Real chains of control are a few deep; this stops a loop in a malformed parse. */
const MAX_DEPTH = 6;

export interface RoleReader {
  readonly tree: DepTree;
  /** The roles of a verbal head. */
  verbal(i: number): TokenRoles;
  /** The token that fills the subject position of verb i, as written or as controlled. */
  subject(i: number): number | undefined;
  /** Verb i is passive: its subject undergoes the act. */
  passive(i: number): boolean;
  /** The "that" clause of verb or noun i: a ccomp, or a "that" clause the parse hung as adverbial. */
  thatClause(i: number): number | undefined;
  /** The subject of the clause that verb i says or charges: "claiming Russia was supporting terrorism": Russia. */
  contentSubject(i: number): number | undefined;
  /** The "with / against ..." oblique of verb i whose preposition is one of `preps`. */
  oblique(i: number, preps: ReadonlySet<string>): number | undefined;
  /**
   * The object the parse hung as an oblique because a quantity opened it: "arrested more than 100
   * Palestinians" (no preposition: "more" took the object's place), "kidnapped up to 16 advisers".
   */
  quantifiedObject(i: number): number | undefined;
  /** Verb or noun i is denied: "not", "never", or a denial governs it. */
  negated(i: number): boolean;
  /** A modal ("may", "will") or a condition ("if") keeps verb i from being reported as done. */
  hedged(i: number): boolean;
}

/**
 * `word(i)`: the lower-case text of article token i (a participle's form tells its voice).
 * `headline`: the sentence is a headline, whose grammar drops the passive's auxiliary ("Woman killed in crash").
 */
export function roleReader(tree: DepTree, word: (i: number) => string, headline = false): RoleReader {
  const isRelative = (t: number) => RELATIVE.has(word(t)) && (tree.pos(t) === 'PRON' || tree.pos(t) === 'DET' || tree.pos(t) === 'SCONJ');
  const pastParticiple = (i: number) => !/ing$/.test(word(i)) && tree.pos(i) === 'VERB';
  /** A verb form other than its base, -ing or -s: "killed", "shot", "beaten". */
  const participleForm = (w: string) => !/ing$|s$/.test(w) && lemmaCandidates(w).length > 1 && lemmaCandidates(w)[1] !== w;

  function passive(i: number, depth = 0): boolean {
    if (tree.child(i, 'aux:pass', 'csubj:pass') !== undefined) return true;
    // "was shot" with the participle tagged a noun: the "be" the parse calls a copula is the passive's auxiliary
    const cop = tree.child(i, 'cop');
    if (cop !== undefined && tree.lemma(cop) === 'be' && tree.pos(i) === 'NOUN' && tree.child(i, 'xcomp') === undefined && participleForm(word(i))) return true;
    // "where is she shot": "be" before a participle without object is the passive's, whatever the label
    const be = tree.children(i).find((c) => tree.dep(c) === 'aux' && tree.lemma(c) === 'be' && c < i);
    if (be !== undefined && tree.pos(i) === 'VERB' && tree.child(i, 'obj', 'xcomp', 'ccomp') === undefined && participleForm(word(i))) return true;
    // "houses were damaged and two villagers slightly injured": a coordinated participle with its auxiliary elided
    if (tree.dep(i) === 'conj' && depth < MAX_DEPTH && tree.child(i, 'aux', 'obj') === undefined && pastParticiple(i) && participleForm(word(i))
      && tree.child(tree.head(i), 'aux:pass') !== undefined) return true;
    const s = nearestSubject(i);
    // "Driver Charged In Fatal Crash": a headline's participle without auxiliary or object is passive
    if (headline && s !== undefined && tree.child(i, 'aux', 'obj', 'ccomp', 'xcomp') === undefined && tree.pos(i) !== 'ADJ' && participleForm(word(i))) return true;
    if (s !== undefined) return tree.dep(s) === 'nsubj:pass';
    if (tree.child(i, 'nsubj', 'obj') !== undefined) return false;
    const dep = tree.dep(i);
    // "two men killed in Lyon", "the man arrested by police": a participle on a noun undergoes;
    // so does one predicated of an object ("reported 16 citizens killed", "found him shot")
    if (dep === 'acl') return pastParticiple(i);
    if (dep === 'xcomp' && tree.child(i, 'aux', 'mark') === undefined && /ed$|en$/.test(word(i))) return pastParticiple(i);
    // "was arrested and charged": a bare participle shares its head's voice
    if (dep === 'conj' && depth < MAX_DEPTH && tree.child(i, 'aux') === undefined) return pastParticiple(i) && passive(tree.head(i), depth + 1);
    return false;
  }

  function subject(i: number, depth = 0): number | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const own = nearestSubject(i);
    const dep = tree.dep(i), head = tree.head(i);
    // "Marzouk, a senior Hamas official, met": a description in apposition stands for the name it describes
    if (own !== undefined && tree.dep(own) === 'appos') return tree.head(own);
    if (own !== undefined) return isRelative(own) && dep === 'acl:relcl' ? head : own;
    if (dep === 'acl' && tree.dep(head) === 'appos') return tree.head(head);
    if (head < 0) return undefined;
    // a relative clause or a participle without subject is about the noun it modifies
    if (dep === 'acl:relcl' || dep === 'acl') return tree.child(i, 'obj') !== undefined && isRelative(tree.child(i, 'obj')!) ? undefined : head;
    if (!SHARES_SUBJECT.has(dep) || !isVerbal(head)) return undefined;
    // a coordination says so with "and" / "but" or a comma; a "conjunct" with neither is a misread clause
    // ("Police say a man outside the club told the driver": the man told, not the police)
    if (dep === 'conj' && !tree.children(i).some((c) => tree.dep(c) === 'cc' || tree.dep(c) === 'punct')) return undefined;
    // "urged Russia to expel": the asked party acts; "tried to visit", "is expected to visit": the subject does
    if (dep === 'xcomp') { const asked = tree.child(head, 'obj', 'iobj'); if (asked !== undefined && asked !== i) return asked; }
    return subject(head, depth + 1);
  }

  /**
   * The subject of verb i where the parse gives it two ("COWARD, SC (WBTW) – A child shot": a dateline;
   * "Sergeant Gonzalez ... confirms the Rangers are assisting": a misread report): the one nearest the verb.
   */
  function nearestSubject(i: number): number | undefined {
    const all = tree.children(i).filter((c) => tree.dep(c) === 'nsubj' || tree.dep(c) === 'nsubj:pass');
    const before = all.filter((c) => c < i);
    // "(KOIN) — A suspect barricaded himself": a subject cut off from its verb by a dash is a dateline
    const acrossDash = (c: number) => { let dashes = 0; for (let k = c + 1; k < i; k++) if (DASHES.has(word(k))) dashes++; return dashes % 2 === 1; };
    if (before.length && acrossDash(before[before.length - 1]!)) return all.find((c) => c > i);
    if (before.length < 2) return before[0] ?? all[0];
    const nearest = before[before.length - 1]!, other = before[before.length - 2]!;
    // "Salaheddine Sidhoum, Algeria's leading activist, staged": a description set off by a comma renames the name before it
    return word(leftEdge(nearest) - 1) === ',' && tree.pos(other) === 'PROPN' ? other : nearest;
  }

  /** The first token of the subtree under t. */
  function leftEdge(t: number, depth = 0): number {
    const kids = tree.children(t);
    return kids.length && kids[0]! < t && depth < 20 ? Math.min(t, leftEdge(kids[0]!, depth + 1)) : t;
  }

  const isVerbal = (i: number) => ['VERB', 'AUX', 'ADJ'].includes(tree.pos(i)) || tree.dep(i) === 'root';

  function oblique(i: number, preps: ReadonlySet<string>): number | undefined {
    // an "agent" whose case word is not "by" ("called on the government") is an ordinary oblique
    // only a nominal names a participant: "at last", "at least" are idioms, not aims; "on Monday" is when
    return tree.children(i).find((c) => /^obl(?::|$)/.test(tree.dep(c)) && !isAgent(c) && tree.dep(c) !== 'obl:tmod'
      && tree.pos(c) !== 'ADJ' && tree.pos(c) !== 'ADV' && !isTime(c) && preps.has(tree.caseOf(c) ?? ''));
  }

  const isTime = (c: number) => WEEKDAYS.has(word(c)) || MONTHS.has(word(c));
  const isAgent = (c: number) => tree.dep(c) === 'obl:agent' && (tree.caseOf(c) ?? 'by') === 'by';

  function agent(i: number): number | undefined {
    return tree.children(i).find(isAgent) ?? oblique(i, BY);
  }

  function verbal(i: number): TokenRoles {
    const roles: TokenRoles = {};
    const s = subject(i);
    // "the man police arrested": the relative object is the noun the clause modifies
    const relObj = tree.dep(i) === 'acl:relcl' && tree.child(i, 'obj') !== undefined && isRelative(tree.child(i, 'obj')!);
    if (passive(i)) {
      const a = agent(i);
      if (a !== undefined) roles.actor = a;
      if (s !== undefined) roles.target = s;
      return roles;
    }
    if (s !== undefined) roles.actor = s;
    // "will give Tanzania a grant": a ditransitive's indirect object is who receives, its object only what
    const o = relObj ? tree.head(i) : tree.child(i, 'iobj') ?? tree.child(i, 'obj');
    if (o !== undefined) roles.target = o;
    return roles;
  }

  function quantifiedObject(i: number): number | undefined {
    return tree.children(i).find((c) => {
      if (tree.dep(c) !== 'obl' || tree.child(c, 'nummod') === undefined) return false;
      const k = tree.child(c, 'case');
      return k === undefined || (word(k) === 'to' && word(k - 1) === 'up' && tree.pos(k + 1) === 'NUM');
    });
  }

  function negated(i: number, depth = 0): boolean {
    if (depth > MAX_DEPTH) return false;
    if (tree.children(i).some((c) => (tree.dep(c) === 'advmod' || tree.dep(c) === 'neg' || tree.dep(c) === 'det') && isNegator(c))) return true;
    const dep = tree.dep(i), head = tree.head(i);
    if (head < 0) return false;
    // "denied they carried out the strike", "denied carrying out"
    if ((dep === 'ccomp' || dep === 'xcomp') && DENIAL.has(tree.lemma(head))) return true;
    // "did not launch an attack": the act a noun names is denied with the verb that carries it
    if (dep === 'obj' && tree.pos(i) === 'NOUN') return negated(head, depth + 1);
    return false;
  }

  /** "not", "never", "n't" (or "’t" after "didn", as the tokenizer once cut it). */
  function isNegator(c: number): boolean {
    return NEGATORS.has(word(c)) || (/^[’']t$/.test(word(c)) && /n$/.test(word(c - 1)));
  }

  function hedged(i: number): boolean {
    if (tree.children(i).some((c) => tree.dep(c) === 'aux' && HEDGE_MODALS.has(word(c)))) return true;
    // "if Israel attacks", "unless talks resume"
    return tree.children(i).some((c) => tree.dep(c) === 'mark' && (word(c) === 'if' || word(c) === 'unless'));
  }

  function thatClause(i: number): number | undefined {
    return tree.child(i, 'ccomp') ?? tree.children(i).find((c) => /^(?:advcl|acl)$/.test(tree.dep(c)) && tree.children(c).some((m) => tree.dep(m) === 'mark' && word(m) === 'that'));
  }

  function contentSubject(i: number): number | undefined {
    const own = thatClause(i);
    if (own !== undefined) return tree.child(own, 'nsubj', 'nsubj:pass');
    // "..., claiming Russia was supporting terrorism": the claim's clause (or, read flat, its object)
    for (const c of tree.children(i)) {
      if (tree.dep(c) !== 'advcl' || !/ing$/.test(word(c))) continue;
      const clause = tree.child(c, 'ccomp');
      const who = clause !== undefined ? tree.child(clause, 'nsubj', 'nsubj:pass') : tree.child(c, 'obj');
      if (who !== undefined) return who;
    }
    return undefined;
  }

  return { tree, verbal, contentSubject, thatClause, subject: (i) => subject(i), passive: (i) => passive(i), oblique, quantifiedObject, negated: (i) => negated(i), hedged };
}

const BY = new Set(['by']);
/** Dashes that set off a dateline or a parenthesis. */
const DASHES = new Set(['–', '—', '--']);
