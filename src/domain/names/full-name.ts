import { distance } from 'fastest-levenshtein';
import { foldName, lastWord } from './fold';
import type { NameMention } from './types';

/** Looks up the full names a text uses by surname, so a lone "Derani" or "Dirani" can be written "Pipo Derani". */
export interface FullNameIndex {
  /** The only full name whose surname is `word` (allowing one slip from five letters), or null. */
  fullNameOf(word: string): string | null;
}

/**
 * Indexes the multi-word person mentions of a text by folded surname. Lookups are memoised, so resolving every
 * surname in a long report stays linear.
 */
export function createFullNameIndex(mentions: readonly NameMention[]): FullNameIndex {
  const bySurname = new Map<string, Set<string>>();
  for (const mention of mentions) {
    if (mention.kind !== 'person' || !mention.text.includes(' ')) continue;
    const surname = foldName(lastWord(mention.text));
    const names = bySurname.get(surname) ?? new Set<string>();
    names.add(mention.text);
    bySurname.set(surname, names);
  }
  const memo = new Map<string, string | null>();
  return {
    fullNameOf(word: string): string | null {
      const written = foldName(word);
      const known = memo.get(written);
      if (known !== undefined) return known;
      const names = new Set(bySurname.get(written) ?? []);
      if (names.size === 0 && written.length >= 5) {
        for (const [surname, fullNames] of bySurname) {
          const near = surname.length >= 5 && Math.abs(surname.length - written.length) <= 1;
          if (near && distance(surname, written) <= 1) fullNames.forEach((name) => names.add(name));
        }
      }
      const found = names.size === 1 ? [...names][0] : null;
      memo.set(written, found);
      return found;
    },
  };
}

/**
 * The full name a surname-only person mention stands for ("Dirani" → "Pipo Derani"), or the mention's own text
 * when the text gives no full name for it or two different ones.
 */
export function fullNameFor(mention: NameMention, index: FullNameIndex): string {
  if (mention.kind !== 'person' || mention.text.includes(' ')) return mention.text;
  return index.fullNameOf(mention.text) ?? mention.text;
}
