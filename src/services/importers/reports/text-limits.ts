import { RacedeskError } from '../../../domain/errors';

const MEGABYTE = 1024 * 1024;

/** The most plain text imported: about 1.7 million words, a thousand times a long race report. */
export const LARGEST_TEXT_CHARACTERS = 10 * MEGABYTE;

/** The most HTML parsed, once scripts, styles and inlined images are set aside; parsing costs about 6 s per MB. */
export const LARGEST_MARKUP_CHARACTERS = 4 * MEGABYTE;

/** Refuses text longer than the limit, saying how long it is and what the limit is. */
export function refuseOverLimit(fileName: string, text: string, limit: number, what: string): void {
  if (text.length <= limit) return;
  const megabytes = (text.length / MEGABYTE).toFixed(1);
  throw new RacedeskError('bad-file', `${fileName}: ${megabytes} MB of ${what}; Racedesk imports at most ${limit / MEGABYTE} MB of ${what}`);
}
