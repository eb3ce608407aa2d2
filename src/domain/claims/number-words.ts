const cardinals = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const ordinals = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth',
];

/** The number a cardinal word stands for ("four" → 4, "a" → 1), or null. */
export function cardinalValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  const index = cardinals.indexOf(lower);
  return index >= 0 ? index : null;
}

/** The place an ordinal word stands for ("third" → 3), or null. */
export function ordinalValue(word: string): number | null {
  const index = ordinals.indexOf(word.toLowerCase());
  return index > 0 ? index : null;
}

/** "four" for 4; digits beyond twenty. */
export function cardinalWord(value: number): string {
  return cardinals[value] ?? String(value);
}

/** "third" for 3; "21st" beyond twenty. */
export function ordinalWord(value: number): string {
  return ordinals[value] ?? ordinalDigits(value);
}

/** "21st", "12th", "3rd". */
export function ordinalDigits(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  return `${value}${['th', 'st', 'nd', 'rd'][value % 10] ?? 'th'}`;
}

/** Regex source matching any cardinal word from "a" to "twenty". */
export const cardinalWordPattern = `a|an|${cardinals.slice(1).join('|')}`;

/** Regex source matching any ordinal word from "first" to "twentieth". */
export const ordinalWordPattern = ordinals.slice(1).join('|');

/** Seconds in one unit of a fraction word, with the decimals it states. */
export const fractionUnits: Record<string, { seconds: number; decimals: number }> = {
  tenth: { seconds: 0.1, decimals: 1 },
  hundredth: { seconds: 0.01, decimals: 2 },
  thousandth: { seconds: 0.001, decimals: 3 },
};
