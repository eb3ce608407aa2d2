import { familyName, foldName, lastWord } from './fold';
import type { RosterEntry } from './types';
import { teamNameEndWords } from './vocabulary';

interface RememberedSpellings {
  name: string;
  kind: RosterEntry['kind'];
  aliases: readonly string[] | undefined;
  aliasesRead: readonly string[];
  spellings: string[];
  firstNames: string[];
  withNicknames: string[];
}

// Folding every spelling of every entry on every match was most of a match's cost; entries rarely change, so the
// folded spellings are kept per entry object and read again only when its name, kind or aliases differ.
const remembered = new WeakMap<RosterEntry, RememberedSpellings>();

/** The folded spellings a name is compared with, slips allowed: names and aliases, a driver's family name and last word. */
export function fullSpellingsOf(entry: RosterEntry): string[] {
  return rememberedOf(entry).spellings;
}

/** The folded first names of a driver ("charles" of Charles Leclerc); none for a team or a one-word name. */
export function firstNamesOf(entry: RosterEntry): string[] {
  return rememberedOf(entry).firstNames;
}

/**
 * Every folded form a lone word may match the entry by: its spellings, and a driver's first names with the
 * nicknames that begin them from three letters ("seb" of Sebastian). A caller that narrows a roster by the
 * lengths of these keeps every entry a name could match.
 */
export function spellingsOf(entry: RosterEntry): string[] {
  return rememberedOf(entry).withNicknames;
}

/** Nicknames are cut from a first name from this many letters: "Seb", "Fred", "Alex". */
export const NICKNAME_FROM = 3;

function rememberedOf(entry: RosterEntry): RememberedSpellings {
  const known = remembered.get(entry);
  if (known && isUnchanged(known, entry)) return known;
  const spellings = readSpellings(entry);
  const firstNames = readFirstNames(entry);
  const nicknames = firstNames.flatMap((first) => Array.from({ length: Math.max(0, first.length - NICKNAME_FROM) }, (_, cut) => first.slice(0, NICKNAME_FROM + cut)));
  const read: RememberedSpellings = {
    name: entry.name,
    kind: entry.kind,
    aliases: entry.aliases,
    aliasesRead: [...(entry.aliases ?? [])],
    spellings,
    firstNames,
    withNicknames: [...new Set([...spellings, ...firstNames, ...nicknames])],
  };
  remembered.set(entry, read);
  return read;
}

function readFirstNames(entry: RosterEntry): string[] {
  if (entry.kind !== 'driver') return [];
  const names = [entry.name, ...(entry.aliases ?? [])].map((name) => name.trim()).filter((name) => /\s/.test(name));
  return [...new Set(names.map((name) => foldName(name.split(/\s+/)[0])))];
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
    entry.kind === 'driver' ? [name, familyName(name), lastWord(name)] : [name, ...founderName(name)],
  );
  return [...new Set(forms.map(foldName))];
}

/**
 * "the Wayne Taylor pairing", "Meyer Shank's Acura", "the Chip Ganassi car": a team named after its founder is written
 * by his name alone, the words before the one that closes a team's name ("Wayne Taylor Racing with Andretti"). Two
 * words at least, so a lone surname ("Andretti Autosport") stays a driver's.
 */
function founderName(name: string): string[] {
  const words = name.split(/\s+/);
  const closing = words.findIndex((word, index) => index >= 2 && teamNameEndWords.has(word.toLowerCase()));
  return closing === -1 || !words.slice(0, closing).every((word) => /^\p{Lu}/u.test(word)) ? [] : [words.slice(0, closing).join(' ')];
}
