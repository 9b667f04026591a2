// The written forms a date expression takes, as patterns: shared by the proposers and their filters.

const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const WEEKDAY = String.raw`mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?`;

export const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH})\b\.?`, 'i');
export const WEEKDAY_WORD = new RegExp(String.raw`\b(?:${WEEKDAY})\b\.?`, 'i');
/** A weekday written out in full ("Thursday"), or abbreviated with its period ("Thu."). */
export const WEEKDAY_CLEAR = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\.?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.)$/i;
/** A written year (1600..2099), or an all-numeric date that carries one ("10/27/2023", "2023-10-27"). */
export const HAS_YEAR = /\b(?:1[6-9]|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

/** Words after which a month name alone is a date ("in May", "late October", "since March"). */
export const MONTH_ALONE_CUE = /\b(?:in|since|by|until|till|through|throughout|from|to|of|during|before|after|between|and|or|early|late|mid|last|next|this|end|beginning|start|around)[\s-]*$/i;

const NUM = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)`;
/**
 * Expressions relative to the reference day (the publication date) that a news date can use;
 * anything else chrono finds without a calendar date in it (times, "now", "this week") is no date.
 */
export const DEICTIC = new RegExp(
  '^(?:' + [
    String.raw`today|tonight|yesterday|tomorrow|(?:the )?day (?:before yesterday|after tomorrow)|last night`,
    String.raw`(?:this|yesterday|tomorrow) (?:morning|afternoon|evening)`,
    String.raw`(?:last|this|next|past) (?:month|year)`,
    String.raw`(?:last|this|next|past) (?:${WEEKDAY})\.?(?: (?:morning|afternoon|evening|night))?`,
    String.raw`${NUM} (?:days?|months?|years?) ago`,
    String.raw`in ${NUM} (?:days?|months?|years?)|${NUM} (?:days?|months?|years?) from now`,
  ].join('|') + ')$',
  'i',
);

const CLOCK_TIME = String.raw`\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?|o'clock)|\d{1,2}:\d{2}`;
const AROUND_CLOCK_TIME = new RegExp(String.raw`^(?:${CLOCK_TIME})\s+|\s+(?:at\s+)?(?:${CLOCK_TIME})$`, 'gi');
/** The expression without a clock time written before or after it ("4:40 p.m. today", "today at 4 p.m." → "today"): the time says nothing of its form. */
export function withoutClockTime(text: string): string {
  return text.replace(AROUND_CLOCK_TIME, '');
}

/** The grain a deictic expression speaks of. */
export function deicticGrain(text: string): 'day' | 'month' | 'year' {
  if (/\byears?\b/i.test(text)) return 'year';
  if (/\bmonths?\b/i.test(text)) return 'month';
  return 'day';
}

const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
export const NUMBER_WORD = String.raw`\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
/** "two" → 2, "14" → 14. */
export function smallNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : SMALL_NUMBERS[w];
}

export const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
/** Sunday = 0 .. Saturday = 6, for a weekday word. */
export function weekdayIndex(word: string): number | undefined {
  return WEEKDAY_INDEX[word.slice(0, 3).toLowerCase()];
}
