// Reading CoNLL-U (Universal Dependencies): one sentence per block, one word per line with ten
// tab-separated columns. Multiword token ranges ("3-4") and empty nodes ("5.1") are skipped: the
// words of the basic tree are what the tagger and parser learn and what the CoNLL 2018 scores count.

/** One sentence of a treebank: its words and, per word, UPOS, lemma, head (0-based, -1 for the root) and relation. */
export interface UdSentence {
  words: string[];
  upos: string[];
  lemmas: string[];
  heads: number[];
  deps: string[];
}

/** The sentences of a CoNLL-U text, in order. */
export function readConllu(text: string): UdSentence[] {
  const out: UdSentence[] = [];
  let s = empty();
  const flush = () => { if (s.words.length) out.push(s); s = empty(); };
  for (const line of text.split('\n')) {
    const l = line.replace(/\r$/, '');
    if (!l.trim()) { flush(); continue; }
    if (l.startsWith('#')) continue;
    const cols = l.split('\t');
    const id = cols[0] ?? '';
    if (!/^\d+$/.test(id)) continue; // a multiword range or an empty node
    s.words.push(cols[1] ?? '_');
    s.lemmas.push(cols[2] ?? '_');
    s.upos.push(cols[3] ?? 'X');
    s.heads.push(Number(cols[6] ?? 0) - 1);
    s.deps.push(cols[7] ?? 'dep');
  }
  flush();
  return out;
}

function empty(): UdSentence {
  return { words: [], upos: [], lemmas: [], heads: [], deps: [] };
}
