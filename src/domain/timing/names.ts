import { normalizeName } from './track-match';

/**
 * A person's name in reading case: WEC prints surnames in capitals ("Patrick PILET"), IMSA does not.
 * Particles and mixed case are kept ("Renger van der Zande").
 * @example displayName('Patrick PILET') // 'Patrick Pilet'
 */
export function displayName(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .split(' ')
    // Initials such as "PJ" stay as they are; only capitalised surnames of three letters or more are recased.
    .map((word) => (word.length > 2 && word === word.toUpperCase() && /[A-Z]/.test(word) ? titleCase(word) : word))
    .join(' ');
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** A stable id made of lower-case words: "Roar Before the 24" → "roar-before-the-24". */
export function slugOf(text: string): string {
  return normalizeName(text).replace(/ /g, '-') || 'unnamed';
}

/** A car number as a string, trimmed; leading zeros are kept because `01` and `1` are different cars. */
export function carNumberOf(text: string): string {
  return text.trim().replace(/^#/, '');
}
