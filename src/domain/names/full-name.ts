import { isSurnameOf } from './surname';
import type { NameMention } from './types';

/**
 * The full name a surname-only mention stands for, taken from the other mentions in the same text: the nearest
 * earlier full name with that surname (allowing one slip, "Dirani" → "Pipo Derani"), else the first later one.
 * Returns the mention's own text when no full name matches or two different ones do.
 */
export function fullNameFor(mention: NameMention, mentions: readonly NameMention[]): string {
  if (mention.kind !== 'person' || mention.text.includes(' ')) return mention.text;
  const candidates = mentions.filter(
    (other) => other.kind === 'person' && other.text.includes(' ') && isSurnameOf(mention.text, other.text),
  );
  const distinct = new Set(candidates.map((candidate) => candidate.text));
  if (distinct.size !== 1) return mention.text;
  return candidates[0].text;
}
