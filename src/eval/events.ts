import { readFile } from 'node:fs/promises';
import { eventStage } from '../analyze/events/stage.js';
import { currentLabel, ploverCategory } from '../analyze/events/ontology.js';
import type { Event } from '../core/model.js';
import { createPipeline } from '../analyze/pipeline.js';
import { DEFAULT_STAGES } from '../analyze/index.js';
import { f1OfCounts } from './metrics.js';

// `corroborate eval events FILE`: event coding scored on PLOVER gold records (gsr-dev.json layout:
// one sentence per record with `text`, `event`, `source` and `target` actor lists).
//
// How a record is scored:
// - its sentence is analysed as an article of its own by the pipeline's per-article stages;
// - the predicted event is the first event (in text order) that has a PLOVER category, where the
//   category is `ploverCategory`: the manual's reduction of category + auxiliary mode (a hedged
//   visit is AGREE, a negated cooperative act REJECT, a negated conflict no event);
// - type accuracy: records whose predicted category equals the gold label (old 0.5b1 labels mapped:
//   DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT, INVESTIGATE→ACCUSE), over all records;
// - actor (and target) F1, micro over records, whatever the type: a true positive when the predicted
//   event's actor matches one of the gold actors, a false positive when it matches none, a false
//   negative when the gold has an actor and none matched. Matching is lenient: case, punctuation and
//   a leading article are ignored, and one text containing the other as whole words, or sharing the
//   head word (the last word, plural "s" ignored), counts.

interface GoldActor { actorText?: string }
interface GoldRecord {
  id: string;
  text: string;
  event: string;
  source?: GoldActor[] | string | null;
  target?: GoldActor[] | string | null;
}

export interface EventScores { typeAccuracy: number; actorF1: number; targetF1: number }

export async function evalEvents(file: string, out: (line: string) => void): Promise<EventScores> {
  const records = JSON.parse(await readFile(file, 'utf8')) as GoldRecord[];
  if (!Array.isArray(records)) throw new Error('not a JSON array of PLOVER gold records');
  const stages = DEFAULT_STAGES.some((s) => s.name === 'events') ? DEFAULT_STAGES : [...DEFAULT_STAGES, eventStage];
  const pipeline = createPipeline({ stages });
  const perType = new Map<string, { n: number; correct: number; predicted: number }>();
  const actor = { tp: 0, fp: 0, fn: 0 }, target = { tp: 0, fp: 0, fn: 0 };
  let correct = 0, scored = 0;
  for (const r of records) {
    const gold = currentLabel(r.event);
    if (!gold || typeof r.text !== 'string') continue;
    scored++;
    const analysed = pipeline.analyze({ origin: `${file}#${r.id}`, source: { name: 'plover-gold' }, text: r.text });
    const predicted = predictedEvent(analysed.events ?? []);
    const type = predicted ? ploverCategory(predicted) : undefined;
    const row = perType.get(gold) ?? { n: 0, correct: 0, predicted: 0 };
    row.n++;
    if (type === gold) { row.correct++; correct++; }
    perType.set(gold, row);
    if (type) { const p = perType.get(type) ?? { n: 0, correct: 0, predicted: 0 }; p.predicted++; perType.set(type, p); }
    tally(actor, names(r.source), predicted?.actor?.text);
    tally(target, names(r.target), predicted?.target?.text);
  }
  for (const [type, row] of [...perType].sort((a, b) => a[0].localeCompare(b[0]))) {
    const recall = row.n ? row.correct / row.n : 0;
    const precision = row.predicted ? row.correct / row.predicted : 0;
    out(`${type.padEnd(10)} gold ${String(row.n).padStart(3)}  predicted ${String(row.predicted).padStart(3)}  correct ${String(row.correct).padStart(3)}  recall ${recall.toFixed(3)}  precision ${precision.toFixed(3)}`);
  }
  const scores: EventScores = { typeAccuracy: scored ? correct / scored : 0, actorF1: f1(actor), targetF1: f1(target) };
  out(`records ${scored}  actor tp ${actor.tp} fp ${actor.fp} fn ${actor.fn}  target tp ${target.tp} fp ${target.fp} fn ${target.fn}`);
  out(`type_accuracy ${scores.typeAccuracy.toFixed(4)} actor_f1 ${scores.actorF1.toFixed(4)} target_f1 ${scores.targetF1.toFixed(4)}`);
  return scores;
}

/** The event a one-sentence article is coded as: the first with a PLOVER category. */
export function predictedEvent(events: readonly Event[]): Event | undefined {
  return events.find((e) => ploverCategory(e) !== undefined);
}

function names(field: GoldRecord['source']): string[] {
  if (!Array.isArray(field)) return [];
  return field.map((a) => a.actorText ?? '').filter((t) => normalise(t).length > 0);
}

function tally(counts: { tp: number; fp: number; fn: number }, gold: readonly string[], predicted: string | undefined): void {
  const hit = predicted !== undefined && gold.some((g) => sameActor(predicted, g));
  if (hit) counts.tp++;
  else {
    if (predicted !== undefined) counts.fp++;
    if (gold.length > 0) counts.fn++;
  }
}

const f1 = f1OfCounts;

export function normalise(s: string): string {
  return s.toLowerCase().replace(/[’']s\b/g, '').replace(/\./g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^(?:the|a|an) /, '');
}

const head = (words: readonly string[]) => (words.at(-1) ?? '').replace(/s$/, '');

/** Lenient actor match: whole-word containment either way, or the same head word. */
export function sameActor(predicted: string, gold: string): boolean {
  const p = normalise(predicted), g = normalise(gold);
  if (!p || !g) return false;
  if (` ${p} `.includes(` ${g} `) || ` ${g} `.includes(` ${p} `)) return true;
  const pw = p.split(' '), gw = g.split(' ');
  const gh = head(gw), ph = head(pw);
  return gh === ph || pw.some((w) => w.replace(/s$/, '') === gh);
}
