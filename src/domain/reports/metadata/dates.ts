const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`);
const NUMERIC = /\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b/;
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})(?![:.]\\d)`);

/** A calendar day as `YYYY-MM-DD`, or null when the numbers are not one. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2100) return null;
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The first date written in full in the text ("2024-01-22", "August 26, 2023", "26 August 2023", "3/13/2024", US order), as `YYYY-MM-DD`. */
export function findFullDate(text: string): string | null {
  const candidates: { at: number; date: string | null }[] = [];
  const iso = ISO.exec(text);
  if (iso) candidates.push({ at: iso.index, date: isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) });
  const named = MONTH_DAY_YEAR.exec(text);
  if (named) candidates.push({ at: named.index, date: isoDate(Number(named[3]), monthNumber(named[1]), Number(named[2])) });
  const european = DAY_MONTH_YEAR.exec(text);
  if (european) candidates.push({ at: european.index, date: isoDate(Number(european[3]), monthNumber(european[2]), Number(european[1])) });
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const year = numeric[3].length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    candidates.push({ at: numeric.index, date: isoDate(year, Number(numeric[1]), Number(numeric[2])) });
  }
  const found = candidates.filter((candidate) => candidate.date !== null).sort((a, b) => a.at - b.at);
  return found[0]?.date ?? null;
}

/** The first month and day written without a year ("(March 14)", "Jan. 25"), as numbers. */
export function findMonthDay(text: string): { month: number; day: number } | null {
  const match = MONTH_DAY.exec(text);
  return match ? { month: monthNumber(match[1]), day: Number(match[2]) } : null;
}
