import type { CarNumberNotation } from './house-style';

// "#31", "# 61", "No. 23", "No.23"; not "#Rolex24" or "No. of laps".
const CAR_NUMBER = /(?<![\p{L}\p{N}&])(?:#\s?|No\.\s?)(\d{1,3})(?![\p{L}\p{N}])/gu;

/**
 * Writes every car number one way, `No. 31` or `#31`.
 *
 * @example
 * normaliseCarNumbers('with the #31 Dallara', 'No. 31') // "with the No. 31 Dallara"
 */
export function normaliseCarNumbers(text: string, notation: CarNumberNotation): string {
  return text.replace(CAR_NUMBER, (_, number: string) => (notation === '#31' ? `#${number}` : `No. ${number}`));
}
