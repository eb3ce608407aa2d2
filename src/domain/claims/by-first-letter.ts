/**
 * A regex source matching any of `words` (each a regex source itself), grouped by first letter:
 * `byFirstLetter(['tenths?', 'third', 'second'])` is `t(?:enths?|hird)|s(?:econd)`. The engine then rules most
 * positions out at one character, about twice as fast as a flat list of alternatives.
 */
export function byFirstLetter(words: readonly string[]): string {
  const endingsByLetter = new Map<string, string[]>();
  for (const word of words) {
    const endings = endingsByLetter.get(word[0]);
    if (endings) endings.push(word.slice(1));
    else endingsByLetter.set(word[0], [word.slice(1)]);
  }
  return [...endingsByLetter].map(([letter, endings]) => `${letter}(?:${endings.join('|')})`).join('|');
}
