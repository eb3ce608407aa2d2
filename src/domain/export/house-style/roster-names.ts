import type { RosterName } from './house-style';

interface FoldedText {
  text: string;
  /** For each folded character, where it came from in the original; one extra entry for the end. */
  origin: number[];
}

/** Lower case, no accents, one kind of apostrophe: the form spellings are compared in. */
function fold(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const plain = char.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
    for (let unit = 0; unit < plain.length; unit += 1) origin.push(index);
    folded += plain;
    index += char.length;
  }
  origin.push(index);
  return { text: folded, origin };
}

function familyName(name: string): string | null {
  const space = name.indexOf(' ');
  return space < 0 ? null : name.slice(space + 1);
}

/** Each spelling to look for and what it becomes: the name, its aliases and, for an alias that keeps the given name, its family name alone. */
function spellingsOf(entry: RosterName): { written: string; becomes: string }[] {
  const spellings = [entry.name, ...(entry.aliases ?? [])].map((written) => ({ written, becomes: entry.name }));
  const family = familyName(entry.name);
  if (family) {
    spellings.push({ written: family, becomes: family });
    for (const alias of entry.aliases ?? []) {
      const aliasFamily = familyName(alias);
      const sameGivenName = fold(alias.split(' ')[0]).text === fold(entry.name.split(' ')[0]).text;
      if (aliasFamily && sameGivenName) spellings.push({ written: aliasFamily, becomes: family });
    }
  }
  return spellings;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Writes every name the way the roster spells it: aliases become the name, and case, accent and apostrophe
 * variants ("Sebastien Bourdais", "Pato O’Ward") take the roster's form. A family name alone is corrected
 * too ("Dirani" → "Derani" given the alias "Pipo Dirani"). Only listed spellings are changed, never guesses;
 * a name that differs only by its first capital (sentence-initial "Van der Steur") is left alone.
 */
export function applyRosterNames(text: string, roster: RosterName[]): string {
  const folded = fold(text);
  const spellings = roster.flatMap(spellingsOf).sort((a, b) => b.written.length - a.written.length);
  const replacements: { start: number; end: number; becomes: string }[] = [];
  for (const { written, becomes } of spellings) {
    const needle = fold(written).text;
    if (needle === '') continue;
    for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (WORD_CHAR.test(folded.text[at - 1] ?? '') || WORD_CHAR.test(folded.text[end] ?? '')) continue;
      const start = folded.origin[at];
      const sourceEnd = folded.origin[end];
      if (replacements.some((other) => start < other.end && sourceEnd > other.start)) continue;
      replacements.push({ start, end: sourceEnd, becomes });
    }
  }
  let result = '';
  let at = 0;
  for (const { start, end, becomes } of replacements.sort((a, b) => a.start - b.start)) {
    const current = text.slice(start, end);
    const onlyFirstCapital = current.slice(1) === becomes.slice(1) && current[0].toLowerCase() === becomes[0].toLowerCase();
    result += text.slice(at, start) + (onlyFirstCapital ? current : becomes);
    at = end;
  }
  return result + text.slice(at);
}
