import type { AnalyzedArticle } from '../../core/model.js';

// Credit lines that name a news agency: "(Reporting by Reuters; Editing by ...)", "WASHINGTON (AP) —",
// "(AFP) -". A report that carries one is that agency's story, run by this outlet. Photo credits
// ("REUTERS/Yosri Aljamal") say who took a picture, not who wrote the text, and are not read.

/** The international news agencies and the names their credit lines use. */
const AGENCIES: readonly [string, RegExp][] = [
  ['Reuters', /\bReuters\b/],
  ['AP', /\b(?:AP|Associated Press)\b/],
  ['AFP', /\b(?:AFP|Agence France[- ]Presse)\b/],
  ['Bloomberg', /\bBloomberg\b/],
  ['dpa', /\bdpa\b/],
  ['Xinhua', /\bXinhua\b/],
  ['UPI', /\b(?:UPI|United Press International)\b/],
];

/** A dateline's agency tag at the start of the running text: "MOSCOW (Reuters) -", "(AP) —". */
const DATELINE_TAG = /^[^\n()]{0,60}\(([^()\n]{2,40})\)\s*[-—–]/;
/** A credit naming who reported or wrote the story. */
const STORY_CREDIT = /\b(?:reporting|writing|compiled|written)\b[^\n]{0,40}?\bby\b([^\n]{0,120})/i;

/** The agency the report credits for its text, if any. */
export function creditedAgency(a: Pick<AnalyzedArticle, 'text' | 'segments'>): string | undefined {
  const body = a.segments.find((s) => s.kind === 'body');
  if (body) {
    const tag = DATELINE_TAG.exec(a.text.slice(body.start, Math.min(body.end, body.start + 100)));
    const agency = tag && agencyIn(tag[1]!);
    if (agency) return agency;
  }
  for (const s of a.segments) {
    if (s.kind !== 'credit' && s.kind !== 'body') continue;
    const credit = STORY_CREDIT.exec(a.text.slice(s.start, s.end));
    const agency = credit && agencyIn(credit[1]!);
    if (agency) return agency;
  }
  return undefined;
}

const agencyIn = (text: string) => AGENCIES.find(([, re]) => re.test(text))?.[0];
