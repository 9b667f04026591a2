import type { ArgRef } from '../../core/model.js';
import type { Arg, SentenceView } from '../syntax/args.js';
import type { Discourse } from '../syntax/discourse.js';
import type { Predicate } from '../syntax/triggers.js';
import type { SentenceContext } from './context.js';

// Who an argument phrase stands for: a name or a sector phrase itself, a pronoun or a description
// what the article said before (the discourse), "the two" the actor of the act just told.

/** Two references to the same participant: the same characters, or the same words. */
export const sameRef = (a: ArgRef, b: ArgRef) => (a.start === b.start && a.end === b.end) || a.text === b.text;

/** Resolves an argument to a reference; `exclude` is a participant it cannot be (the clause's own subject). */
export type Resolve = (a: Arg, speech: boolean, exclude?: ArgRef) => ArgRef | undefined;

/**
 * A resolver for one sentence. `actorOf` gives the actor already read for a predicate of the sentence
 * (none yet: undefined); "the two" after an act stands for its actor, else for the last actor told.
 */
export function resolver(ctx: SentenceContext, discourse: Discourse, actorOf: (q: Predicate) => ArgRef | undefined): Resolve {
  const resolve: Resolve = (a, speech, exclude) => {
    // "after he shot Oliver ... where he shot Davis": a subject pronoun continues the same pronoun subject before it in its sentence
    const earlier = a.kind === 'pronoun' && isSubject(ctx, a) ? ctx.view.args.find((b) => b.kind === 'pronoun' && b.first < a.first && b.head === a.head && isSubject(ctx, b)) : undefined;
    if (earlier) return resolve(earlier, speech, exclude);
    if (a.kind === 'anaphor' && a.head === 'two') {
      const before = [...ctx.preds].reverse().find((q) => q.last < a.first && actorOf(q));
      const actor = before ? actorOf(before) : discourse.lastActor;
      return actor ? { ...actor } : undefined;
    }
    const ref = discourse.resolve(a, ctx.view, speech, exclude);
    if (ref) return { ...ref };
    if (a.kind === 'anaphor') return { ...a.ref };    // "the government" with nothing before: itself
    return undefined;
  };
  return resolve;
}

/** The phrase is the subject of its clause in the parse. */
const isSubject = (ctx: SentenceContext, a: Arg) => ['nsubj', 'nsubj:pass'].includes(ctx.parse.tree.dep(a.first));

/** The pronoun a possessive stands in for ("its" → "it"); undefined for the speaker's own ("our", "my"). */
const PRONOUN_OF_POSSESSIVE: ReadonlyMap<string, string> = new Map([['its', 'it'], ['their', 'they'], ['his', 'he'], ['her', 'she']]);

/** The referent of a possessive pronoun at token k ("its demand": the organisation or country "it" is). */
export function possessiveOwner(view: SentenceView, discourse: Discourse, k: number): ArgRef | undefined {
  const head = PRONOUN_OF_POSSESSIVE.get(view.lower(k));
  if (!head) return undefined;
  const t = view.tokens[k]!;
  const pseudo: Arg = { first: k, last: k, kind: 'pronoun', head, plural: head === 'they', roles: [], ref: { start: t.start, end: t.end, text: t.text } };
  const ref = discourse.resolve(pseudo, view, false);
  return ref ? { ...ref } : undefined;
}
