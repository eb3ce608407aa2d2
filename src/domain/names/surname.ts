import { distance } from 'fastest-levenshtein';
import { foldName, lastWord } from './fold';

/**
 * Whether a one-word mention is the surname of a full name, allowing one slip in surnames of five letters or more:
 * `isSurnameOf('Dirani', 'Pipo Derani') === true`.
 */
export function isSurnameOf(word: string, fullName: string): boolean {
  const surname = foldName(lastWord(fullName));
  const written = foldName(word);
  if (surname === written) return true;
  return written.length >= 5 && surname.length >= 5 && distance(surname, written) <= 1;
}
