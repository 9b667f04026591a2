import type { UdSentence } from './conllu.js';

// Lemmas as UD's English treebanks write them: a table learnt from the LEMMA column (lower-cased
// form + UPOS -> lemma), kept only where the rules below get it wrong, and the rules for words the
// table does not hold: a proper noun is its own lemma, nouns and verbs lose regular endings.

const VOWEL = /[aeiouy]/;

/** The lemma the rules give a form with its UPOS. */
export function ruleLemma(form: string, upos: string): string {
  if (upos === 'PROPN') return form;
  const w = form === 'I' ? form : form.toLowerCase();
  if (upos === 'NOUN') {
    if (/[^aeiou]ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
    if (/(?:ss|x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
    if (/[^su'’]s$/.test(w) && w.length > 3) return w.slice(0, -1);
    return w;
  }
  if (upos === 'VERB') {
    if (/[^aeiou]ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
    if (/(?:ss|x|ch|sh|o)es$/.test(w)) return w.slice(0, -2);
    if (/[^su]s$/.test(w) && w.length > 3) return w.slice(0, -1);
    if (/ied$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
    if (/ed$/.test(w) && w.length > 4) return stem(w.slice(0, -2));
    if (/ing$/.test(w) && w.length > 5) return stem(w.slice(0, -3));
    return w;
  }
  return w;
}

/** A stem after -ed/-ing: a doubled consonant undone ("stopp" -> "stop"), a silent e put back ("mak" -> "make"). */
function stem(s: string): string {
  if (/([bdgklmnprtz])\1$/.test(s) && !/(?:ll|ss|zz)$/.test(s)) return s.slice(0, -1);
  if (/[^aeiouwy][aeiou][bcdgkmnprstvz]$/.test(s) && s.length <= 4 && VOWEL.test(s)) return `${s}e`;
  if (/(?:[^aeiou]v|[cg]|[^aeiou]ur|[^aeiou]at|iz|[^l]s|[aeiou]s|[^aeiou][aeiou]t|dg|ok|rs|bl|pl|tl|kl|gl|cl|ng)$/.test(s) && !/(?:ll|tt|ss)$/.test(s)) return `${s}e`;
  return s;
}

export class Lemmatizer {
  /** Each (form, UPOS)'s lemma, found once: the rules' regular expressions cost more than a lookup. */
  private readonly memo = new Map<string, Map<string, string>>();

  constructor(readonly table: ReadonlyMap<string, string>, private readonly memoLimit = 200_000) {}

  lemma(form: string, upos: string): string {
    let byForm = this.memo.get(upos);
    if (byForm === undefined) this.memo.set(upos, (byForm = new Map()));
    let lemma = byForm.get(form);
    if (lemma === undefined) {
      lemma = this.lookUp(form, upos);
      if (byForm.size < this.memoLimit) byForm.set(form, lemma);
    }
    return lemma;
  }

  private lookUp(form: string, upos: string): string {
    const t = this.table.get(`${form.toLowerCase()}\t${upos}`);
    if (t === undefined) return ruleLemma(form, upos);
    return upos === 'PROPN' && t.toLowerCase() === form.toLowerCase() ? form : t;
  }
}

/** The table of a treebank: for each lower-cased form and UPOS its most frequent lemma, where the rules differ. */
export function trainLemmatizer(sentences: readonly UdSentence[]): Lemmatizer {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const lemma = s.lemmas[i]!;
      if (lemma === '_') return;
      const k = `${w.toLowerCase()}\t${s.upos[i]}`;
      let c = counts.get(k);
      if (!c) counts.set(k, (c = new Map()));
      c.set(lemma, (c.get(lemma) ?? 0) + 1);
    });
  }
  const table = new Map<string, string>();
  for (const [k, c] of counts) {
    const [lower, upos] = k.split('\t') as [string, string];
    const best = [...c.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const rule = ruleLemma(lower, upos);
    if (upos === 'PROPN' ? best.toLowerCase() !== lower : best !== rule) table.set(k, best);
  }
  return new Lemmatizer(table);
}
