// Zero-width space, non-joiner, joiner, word joiner and byte-order mark; a joiner inside an emoji stays.
const ZERO_WIDTH = /[\u200B\u200C\u2060\uFEFF]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/**
 * Removes zero-width characters that pasted copy carries invisibly and that break search and spell-checking.
 * A zero-width joiner between two emoji is kept, since it is part of the emoji.
 */
export function removeZeroWidthCharacters(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

/** True for text that shows nothing: spaces, non-breaking spaces and zero-width characters only. */
export function isBlankText(text: string): boolean {
  return /^(?:[\s\u00A0\u2007\u202F\u200B\u200C\u2060\uFEFF]|\u200D)*$/u.test(text);
}
