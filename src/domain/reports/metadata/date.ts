import type { RemovedPiece } from '../../articles/article';
import { findFullDate, findMonthDay, isoDate } from './dates';

const LEAD_BLOCKS = 3;

/**
 * The article's date, as `YYYY-MM-DD`: a date line removed from the top; else a full date in the first
 * paragraphs ("ALTON, Va. (August 26, 2023)"); else the first "March 14" of the text, its year taken from
 * the first full date anywhere in the report. Null when no year can be found.
 */
export function detectDate(bodyBlocks: readonly string[], removed: readonly RemovedPiece[]): string | null {
  for (const piece of removed) {
    if (piece.kind !== 'date' && piece.kind !== 'byline') continue;
    const date = findFullDate(piece.text);
    if (date) return date;
  }
  const lead = findFullDate(bodyBlocks.slice(0, LEAD_BLOCKS).join('\n'));
  if (lead) return lead;
  const body = bodyBlocks.join('\n');
  const monthDay = findMonthDay(body);
  if (!monthDay) return findFullDate(body);
  const anywhere = findFullDate([...removed.map((piece) => piece.text), body].join('\n'));
  return anywhere ? isoDate(Number(anywhere.slice(0, 4)), monthDay.month, monthDay.day) : null;
}
