// Figures that look like numbers a checker could verify but are not claims: dates, times of day, codes.

const slashDate = /\d{1,4}\/\d{1,2}(?:\/\d{2,4})?(?!\d)/y; // 3/13/2024, 24/7
const dottedDate = /\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)/y; // 4.24.24, 21.01.2024, not the lap 1.05.390
const isoDate = /\d{4}-\d{2}-\d{2}(?!\d)/y; // 2024-01-25
const timeOfDay = /\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)(?![a-z])/iy; // 3:15 p.m., 1:30pm, 7.40pm, 10am
const clockWithoutFraction = /\d{1,2}:\d{2}(?![.:\d'"’]|,\d)/y; // 12:20 in a schedule, not 1:11,383

/**
 * The end of a date, time of day or similar non-claim that starts at `start` (a digit), or -1 when there is none.
 * `nonClaimEnd('green at 3:15 p.m. ET', 9) === 18`.
 */
export function nonClaimEnd(text: string, start: number): number {
  if (!mayStartNonClaim(text, start)) return -1;
  for (const pattern of [slashDate, dottedDate, isoDate, timeOfDay, clockWithoutFraction]) {
    pattern.lastIndex = start;
    if (pattern.test(text)) return pattern.lastIndex;
  }
  return -1;
}

// Each pattern above goes from its first digits to "/", ".", "-", ":", a space or the "a"/"p" of a time of day:
// the character after the digits rules most numbers out before the five patterns are tried.
function mayStartNonClaim(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end += 1;
  const next = text[end] ?? '';
  return (next !== '' && '/.-:aApP'.includes(next)) || /\s/.test(next);
}

/** Whether the digits at `start` follow `#` or `No.`, i.e. name a car ("#023", "No. 24", "# 61"). */
export function isCarNumber(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return /(?:#\s?|\bNo\.\s?)$/.test(before);
}

/** Whether the digits at `start` are glued to a word before them, as in a code or model ("GT4", "LMP2", "MX5"). */
export function isGluedToWord(text: string, start: number): boolean {
  return start > 0 && /[\p{L}_]/u.test(text[start - 1]);
}

/** The end of the run of letters, digits and hyphens around `start`, used to skip a code whole. */
export function codeEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && /[\p{L}\d_-]/u.test(text[end])) end += 1;
  return end;
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?`;
const months = new RegExp(String.raw`\b${MONTH}\s+$`, 'i');

/** Whether the number at `start` is the day of a date written with a month name ("Jan. 25", "January 20th"). */
export function followsMonthName(text: string, start: number): boolean {
  return months.test(text.slice(Math.max(0, start - 12), start));
}

const monthAfter =
  /^(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus)\.?(?![\p{L}])/iu;
const weekdayBefore = /\b(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day)?\.?,?\s+(?:the\s+)?$/i;

// "April 8th – 10th, 2022", "June 3 to 5th": the last day of a range of days after a month.
const dayRangeBefore = new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:[–—-]|to|through|and)\s*$`, 'i');

/** Whether the number at [start, end) is the day of a date: "19th July 2008", "30 Jul 2016", "Sunday 14th", "April 8th – 10th". */
export function isDayOfDate(text: string, start: number, end: number): boolean {
  return followsMonthName(text, start) || monthAfter.test(text.slice(end, end + 16)) || weekdayBefore.test(text.slice(Math.max(0, start - 14), start)) || dayRangeBefore.test(text.slice(Math.max(0, start - 30), start));
}

// "23 Mal von Pole-Position", "won 23 times from pole", "dreimal aus der ersten Reihe", "from pole seven times": a
// place counted over races gone by is a statistic, not this session's order.
const TIMES = String.raw`(?:times|mal|keer|fois|volte|veces|vezes)`;
// Only a preposition and an article between: "the 10-times champion was second" is a place.
const FROM = String.raw`(?:from|von|vom|aus|der|den|dem|the|de|la|le|du|des|vanaf|van|uit|het|desde|el|da|dalla|dal|della|em|do|na|no)`;
const talliedBefore = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,3}|\p{L}+?)[\s-]*${TIMES}\s+(?:${FROM}\s+){1,2}$`, 'iu');
const talliedAfter = new RegExp(String.raw`^\s+(\d{1,3}|\p{L}+?)[\s-]*${TIMES}(?![\p{L}])`, 'iu');

/** Whether the place at [start, end) is counted over many races ("23 Mal von Pole-Position"); `countOf` reads a number word. */
export function isTallied(text: string, start: number, end: number, countOf: (word: string) => number | null): boolean {
  const counted = (written: string) => /^\d+$/.test(written) || (countOf(written) ?? 0) > 1;
  const before = talliedBefore.exec(text.slice(Math.max(0, start - 40), start));
  if (before && counted(before[1])) return true;
  const after = talliedAfter.exec(text.slice(end, end + 24));
  return after !== null && counted(after[1]);
}
