import { foldName, lastWord } from './fold';
import { withinOneEdit } from './one-edit';
import type { NameMention } from './types';

/** Looks up the full names a text uses by surname, so a lone "Derani" or "Dirani" can be written "Pipo Derani". */
export interface FullNameIndex {
  /** The only full name whose surname is `word` (allowing one slip from five letters), or null. */
  fullNameOf(word: string): string | null;
}

// Surnames from five letters on may be written with one slip.
const slipFromLength = 5;

/**
 * Indexes the multi-word person mentions of a text by folded surname. Lookups are memoised, so resolving every
 * surname in a long report stays linear.
 */
export function createFullNameIndex(mentions: readonly NameMention[]): FullNameIndex {
  const bySurname = new Map<string, Set<string>>();
  // A report names the same people again and again: index each distinct full name once.
  const indexed = new Set<string>();
  for (const mention of mentions) {
    if (mention.kind !== 'person' || indexed.has(mention.text) || !mention.text.includes(' ')) continue;
    indexed.add(mention.text);
    const surname = foldName(lastWord(mention.text));
    const names = bySurname.get(surname);
    if (names) names.add(mention.text);
    else bySurname.set(surname, new Set([mention.text]));
  }
  const surnamesByLength = bySurnameLength(bySurname);
  const memo = new Map<string, string | null>();
  // Remembered by the word as written too, so a surname the text repeats is not folded again each time.
  const memoAsWritten = new Map<string, string | null>();
  return {
    fullNameOf(word: string): string | null {
      const knownAsWritten = memoAsWritten.get(word);
      if (knownAsWritten !== undefined) return knownAsWritten;
      const written = foldName(word);
      let found = memo.get(written);
      if (found === undefined) {
        found = onlyFullName(written, bySurname, surnamesByLength);
        memo.set(written, found);
      }
      memoAsWritten.set(word, found);
      return found;
    },
  };
}

function onlyFullName(
  written: string,
  bySurname: Map<string, Set<string>>,
  surnamesByLength: Map<number, [string, Set<string>][]>,
): string | null {
  const exact = bySurname.get(written);
  if (exact) return exact.size === 1 ? exact.values().next().value! : null;
  if (written.length < slipFromLength) return null;
  const names = new Set<string>();
  // One slip changes the length by at most one, so only surnames of a neighbouring length need comparing.
  for (let length = written.length - 1; length <= written.length + 1; length += 1) {
    for (const [surname, fullNames] of surnamesByLength.get(length) ?? []) {
      if (withinOneEdit(surname, written)) fullNames.forEach((name) => names.add(name));
    }
  }
  return names.size === 1 ? names.values().next().value! : null;
}

// The surnames long enough to allow a slip, grouped by length.
function bySurnameLength(bySurname: Map<string, Set<string>>): Map<number, [string, Set<string>][]> {
  const byLength = new Map<number, [string, Set<string>][]>();
  for (const [surname, fullNames] of bySurname) {
    if (surname.length < slipFromLength) continue;
    const group = byLength.get(surname.length) ?? [];
    group.push([surname, fullNames]);
    byLength.set(surname.length, group);
  }
  return byLength;
}

/**
 * The full name a surname-only person mention stands for ("Dirani" → "Pipo Derani"), or the mention's own text
 * when the text gives no full name for it or two different ones.
 */
export function fullNameFor(mention: NameMention, index: FullNameIndex): string {
  if (mention.kind !== 'person' || mention.text.includes(' ')) return mention.text;
  return index.fullNameOf(mention.text) ?? mention.text;
}
