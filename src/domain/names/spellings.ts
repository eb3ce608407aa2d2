import { familyName, foldName, lastWord } from './fold';
import type { RosterEntry } from './types';

interface RememberedSpellings {
  name: string;
  kind: RosterEntry['kind'];
  aliases: readonly string[] | undefined;
  aliasesRead: readonly string[];
  spellings: string[];
}

// Folding every spelling of every entry on every match was most of a match's cost; entries rarely change, so the
// folded spellings are kept per entry object and read again only when its name, kind or aliases differ.
const remembered = new WeakMap<RosterEntry, RememberedSpellings>();

/** The folded spellings a name is compared with: names and aliases, and a driver's family name and last word. */
export function spellingsOf(entry: RosterEntry): string[] {
  const known = remembered.get(entry);
  if (known && isUnchanged(known, entry)) return known.spellings;
  const spellings = readSpellings(entry);
  remembered.set(entry, {
    name: entry.name,
    kind: entry.kind,
    aliases: entry.aliases,
    aliasesRead: [...(entry.aliases ?? [])],
    spellings,
  });
  return spellings;
}

function isUnchanged(known: RememberedSpellings, entry: RosterEntry): boolean {
  if (known.name !== entry.name || known.kind !== entry.kind || known.aliases !== entry.aliases) return false;
  const aliases = entry.aliases ?? [];
  return aliases.length === known.aliasesRead.length && aliases.every((alias, index) => alias === known.aliasesRead[index]);
}

const GENERATION = /,?\s+(?:jr\.?|sr\.?|junior|ii|iii|iv)$/i;

function readSpellings(entry: RosterEntry): string[] {
  const given = [entry.name, ...(entry.aliases ?? [])];
  // "Nelson Piquet Jr." is written "Nelson Piquet" and "Piquet" as often as in full.
  const names = entry.kind === 'driver' ? [...given, ...given.map((name) => name.replace(GENERATION, '')).filter((name) => name.includes(' '))] : given;
  const forms = names.flatMap((name) =>
    entry.kind === 'driver' ? [name, familyName(name), lastWord(name)] : [name],
  );
  return [...new Set(forms.map(foldName))];
}
