import type { Qualifier } from '../../core/model.js';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from './lexicon.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BEFORE = QUALIFIERS_BEFORE.map(([words, q]) => ({ re: new RegExp(String.raw`(?:^|[^\p{L}])(${escape(words).replace(/ /g, String.raw`\s+`)})\s*$`, 'diu'), q }));
const AFTER = QUALIFIERS_AFTER.map(([words, q]) => ({
  re: new RegExp(words === '+' ? String.raw`^\+` : String.raw`^\s+(${escape(words).replace(/ /g, String.raw`\s+`)})(?![\p{L}])`, 'iu'), q,
}));

/** The qualifier written just before a number (its words end where `head` ends): how far back it starts. */
export function qualifierBefore(head: string): { qualifier: Qualifier; length: number } | undefined {
  for (const { re, q } of BEFORE) {
    const m = re.exec(head);
    if (m) return { qualifier: q, length: head.length - m.indices![1]![0] };
  }
  return undefined;
}

/** A qualifier written just after a number ("16 or more", "1,000+"): its length. */
export function qualifierAfter(tail: string): { qualifier: Qualifier; length: number } | undefined {
  for (const { re, q } of AFTER) {
    const m = re.exec(tail);
    if (m) return { qualifier: q, length: m[0].length };
  }
  return undefined;
}
