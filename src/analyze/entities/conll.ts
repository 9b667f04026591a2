import { readFileSync } from 'node:fs';

/** One sentence of a CoNLL column file: its words and the last column (the entity label). */
export interface ConllSentence {
  words: string[];
  labels: string[];
}
/** Sentences between two -DOCSTART- lines (a file without them is one document). */
export type ConllDocument = ConllSentence[];

/**
 * Parses CoNLL column text: one token per line, columns split by whitespace, the label last;
 * blank lines end sentences; `-DOCSTART-` lines start documents.
 */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = [];
  let sent: ConllSentence = { words: [], labels: [] };
  const endSentence = () => {
    if (sent.words.length) doc.push(sent);
    sent = { words: [], labels: [] };
  };
  const endDocument = () => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) { endSentence(); continue; }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') { endDocument(); continue; }
    sent.words.push(cols[0]!);
    sent.labels.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  endDocument();
  return docs;
}

export function readConll(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}
