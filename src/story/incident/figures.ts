import type { AnalyzedArticle, Claim, IncidentFigure, IncidentFigureCategory } from '../../core/model.js';
import { sentenceClaim } from '../claims.js';
import { agreement, type Version } from './agreement.js';
import type { OutcomeMention } from './outcomes.js';

// The incident's figures: each report's own count of each outcome, then the counts compared across
// reports. Within a report the first count of an outcome is its toll (the lead tells the report's own
// incident; counts further down are as often a roundup, a related story or a statistic), save that one
// person told of first ("the woman was shot in the leg") gives way to a later count of all those told of
// ("all four victims"); "two men were shot; one of them died" gives shot 2, killed 1. The wounded are
// those shot and not killed when no report counts them in so many words; an attacker who killed himself
// counts among the killed, as the archive counts him.

export interface ArticleFigure {
  category: IncidentFigureCategory;
  value: number;
  qualifier: OutcomeMention['qualifier'];
  mentions: OutcomeMention[];
  /** An injured figure read as the shot of a report that counts no dead: the story's dead are taken from it (storyFigures). */
  shot?: number;
}

/** The article's count of each outcome, from the mentions that speak for its incident. */
export function articleFigures(mentions: readonly OutcomeMention[]): ArticleFigure[] {
  const largest = (ms: readonly OutcomeMention[]) => ms.reduce<OutcomeMention | undefined>((best, m) => (!best || m.value > best.value ? m : best), undefined);
  // (first count over largest: GVA dev killed 0.8098 -> 0.8166, injured 0.7053 -> 0.7090; the later count of all those told of: injured 0.7128)
  const toll = (ms: readonly OutcomeMention[]) => {
    const first = ms.reduce<OutcomeMention | undefined>((best, m) => (!best || m.sentence < best.sentence || (m.sentence === best.sentence && m.value > best.value) ? m : best), undefined);
    if (!first?.individual) return first;
    const counted = [...ms].sort((a, b) => a.sentence - b.sentence).find((m) => m.definite);
    return counted && counted.value > first.value ? counted : first;
  };
  const by = new Map<string, OutcomeMention[]>();
  for (const m of mentions) by.set(m.outcome + (m.self ? '|self' : ''), [...(by.get(m.outcome + (m.self ? '|self' : '')) ?? []), m]);
  const out: ArticleFigure[] = [];
  for (const [key, ms] of by) {
    const [outcome, self] = key.split('|');
    if (self || outcome === 'shot' || outcome === 'killed' || outcome === 'injured') continue;
    const top = largest(ms)!;
    out.push({ category: outcome as IncidentFigureCategory, value: top.value, qualifier: top.qualifier, mentions: [top] });
  }
  const killedTop = toll(by.get('killed') ?? []);
  const selfKilled = largest(by.get('killed|self') ?? []);
  let killed = killedTop ? killedTop.value : 0;
  const killedFrom: OutcomeMention[] = killedTop ? [killedTop] : [];
  // A count that already sits in the sentence of the attacker's death ("two dead, including the gunman"), or says it holds him, holds him;
  // not the object of his act ("killed his wife and then himself").
  if (selfKilled && !(killedTop && ((killedTop.sentence === selfKilled.sentence && !killedTop.victims) || killedTop.withAttacker))) { killed += 1; killedFrom.push(selfKilled); }
  if (killed > 0) out.push({ category: 'killed', value: killed, qualifier: killedTop?.qualifier ?? 'exact', mentions: killedFrom });
  // "a boy accidentally shot himself in the hand": one who shot himself and of whom no report says he died was wounded
  const selfHurt = largest([...(by.get('shot|self') ?? []), ...(by.get('injured|self') ?? [])]);
  // "Felder was wounded in the head" in a report that says Felder died: one named as hurt and named again as dead is one
  // of the dead before he died; he counts among the shot (the dead and the wounded), not the wounded. (Any one person told
  // hurt where the report counts dead: GVA dev injured 0.7159 -> 0.7109, 'one man killed and a woman injured' is common.)
  const deadNames = new Set((by.get('killed') ?? []).filter((m) => m.individual && m.name).map((m) => m.name));
  // So is one told of again by the noun that named one of the dead ("the boy wounded" where "a 9-year-old boy ... has died").
  const deadNouns = new Set((by.get('killed') ?? []).filter((m) => m.individual && m.noun).map((m) => m.noun));
  // And one whose very words tell a death too ("a boy who was critically wounded ... died on Saturday": both read off "boy").
  const deadWords = new Set((by.get('killed') ?? []).map((m) => `${m.start}|${m.name ?? m.noun ?? ''}`));
  const hurtOne = (m: OutcomeMention) => !!m.individual && ((!!m.name && deadNames.has(m.name)) || (!!m.told && !!m.noun && deadNouns.has(m.noun)) || deadWords.has(`${m.start}|${m.name ?? m.noun ?? ''}`));
  const injured = by.get('injured') ?? [];
  const woundedTop = toll([...injured.filter((m) => !hurtOne(m)), ...(selfHurt && !killedTop && !selfKilled ? [selfHurt] : [])]);
  const shotTop = toll([...(by.get('shot') ?? []), ...injured.filter(hurtOne)]);
  const victimsKilled = killedTop ? killedTop.value : 0;
  const shotNotKilled = shotTop ? shotTop.value - victimsKilled : 0;
  // "one man died; three other victims showed up with gunshot wounds": the others of a report that counts dead are its wounded
  const othersTop = killed > 0 ? largest([...(by.get('shot') ?? []), ...(by.get('injured') ?? [])].filter((m) => m.others || m.apart)) : undefined;
  if (othersTop && othersTop.value > Math.max(woundedTop?.value ?? 0, shotNotKilled)) out.push({ category: 'injured', value: othersTop.value, qualifier: othersTop.qualifier, mentions: [othersTop] });
  // ("a girl accidentally shot herself": shot, as the shot of a report that counts no dead, whom a later report may count dead)
  else if (woundedTop && woundedTop.value >= shotNotKilled) out.push({ category: 'injured', value: woundedTop.value, qualifier: woundedTop.qualifier, mentions: [woundedTop], ...(woundedTop === selfHurt && woundedTop.outcome === 'shot' && !killed ? { shot: woundedTop.value } : {}) });
  else if (shotTop && shotNotKilled > 0) out.push({ category: 'injured', value: shotNotKilled, qualifier: shotTop.qualifier, mentions: killedTop ? [shotTop, killedTop] : [shotTop], ...(killed ? {} : { shot: shotTop.value }) });
  return out;
}

/** The order of a record's figures. */
export const FIGURE_ORDER: readonly IncidentFigureCategory[] = ['killed', 'injured', 'missing', 'kidnapped', 'arrested', 'displaced', 'evacuated', 'affected'];

/** The story's figures: each category's counts across its reports, by agreement.ts. */
export function storyFigures(perArticle: readonly { article: Readonly<AnalyzedArticle>; figures: readonly ArticleFigure[] }[]): IncidentFigure[] {
  const out: IncidentFigure[] = [];
  for (const category of FIGURE_ORDER) {
    const versions: Version<{ value: number; qualifier: ArticleFigure['qualifier'] }>[] = [];
    // "the boy was shot" in a report that counts no dead, when the story's other reports say he died: he is not wounded
    const dead = out.find((f) => f.category === 'killed')?.value ?? 0;
    for (const { article, figures } of perArticle)
      for (const f of figures) {
        if (f.category !== category) continue;
        const value = f.shot !== undefined ? f.shot - dead : f.value;
        if (value <= 0) continue;
        const claims: Claim[] = f.mentions.map((m) => ({ ...sentenceClaim(article, m), value, qualifier: f.qualifier, ...(article.published ? { asOf: article.published } : {}) }));
        versions.push({ value: { value, qualifier: f.qualifier }, ...(article.published ? { asOf: article.published } : {}), claims: dedupe(claims) });
      }
    // Tied counts: the larger one, whatever report came last ("killed his daughter and son" is part of the toll, not another toll).
    const got = agreement(versions, (v) => String(v.value), 'later', (a, b) => b.value - a.value);
    if (!got) continue;
    const figure: IncidentFigure = { category, value: got.value.value, qualifier: got.value.qualifier, status: got.status, claims: got.claims };
    if (got.alternatives.length) figure.alternatives = got.alternatives.map((alt) => ({ value: alt.value.value, qualifier: alt.value.qualifier, claims: alt.claims }));
    out.push(figure);
  }
  return out;
}

function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => { const k = `${c.article}|${c.start}`; if (seen.has(k)) return false; seen.add(k); return true; });
}
