// Scratch check of the tagger on the seed articles (../shared/data/seeds): prints the mentions
// per line, then which gold entities (seeds-gold.json) were missed or mistyped, and any PER
// mention in a line that looks like a credit or a Title Case headline.
//   node dist/scripts/ner/check-seeds.js [--all]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention, Segment } from '../../src/core/model.js';
import { loadNerModel, PerceptronRecognizer } from '../../src/analyze/entities/index.js';
import { splitSentences } from '../../src/analyze/sentences/sentences.js';
import { tokenize } from '../../src/analyze/tokens/tokenize.js';
import { DATA, listDir } from './sources.js';

interface GoldEntity { name: string; type: string; aliases: string[] }

async function main(): Promise<void> {
  const rec = new PerceptronRecognizer(await loadNerModel());
  const gold = JSON.parse(readFileSync(join(DATA, 'seeds-gold.json'), 'utf8')) as { entities: GoldEntity[] };
  const showAll = process.argv.includes('--all');
  const found = new Map<string, Map<string, number>>(); // alias -> type -> count
  let problems = 0;
  for (const file of listDir(join(DATA, 'seeds')).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(DATA, 'seeds', file), 'utf8');
    const tokens = tokenize(text);
    const segments: Segment[] = [{ start: 0, end: text.length, kind: 'body' }];
    const sentences = splitSentences(text, tokens, segments);
    const mentions = rec.recognize(text, tokens, sentences);
    for (const m of mentions) {
      if (text.slice(m.start, m.end) !== m.text) throw new Error(`offset mismatch ${JSON.stringify(m)}`);
      const byType = found.get(m.text) ?? new Map<string, number>();
      byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
      found.set(m.text, byType);
    }
    console.log(`== ${file}: ${mentions.length} mentions`);
    let lineStart = 0;
    for (const line of text.split('\n')) {
      const lineEnd = lineStart + line.length;
      const inLine = mentions.filter((m: Mention) => m.start >= lineStart && m.end <= lineEnd);
      const shouty = /REUTERS|\/|Picture:|^\(/.test(line) || (line.length < 90 && /^(?:\p{Lu}\S*\s+){3,}/u.test(line));
      for (const m of inLine) if (m.type === 'PER' && shouty) { console.log(`  ! PER in credit/headline: ${m.text} | ${line.slice(0, 80)}`); problems++; }
      if (showAll && inLine.length) console.log(`  ${inLine.map((m) => `${m.text}/${m.type}`).join(', ')}`);
      lineStart = lineEnd + 1;
    }
  }
  for (const e of gold.entities) {
    for (const a of e.aliases) {
      const byType = found.get(a);
      if (!byType) continue;
      const right = byType.get(e.type) ?? 0;
      const wrong = [...byType].filter(([t]) => t !== e.type);
      if (wrong.length) { console.log(`  ~ ${a} (${e.type}): also ${wrong.map(([t, n]) => `${t}x${n}`).join(' ')}; right x${right}`); problems++; }
    }
    if (!e.aliases.some((a) => found.get(a)?.get(e.type))) { console.log(`  - missed ${e.name} (${e.type})`); problems++; }
  }
  console.log(`${problems} problems`);
}

await main();
