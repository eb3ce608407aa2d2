// Most names need no accent or possessive handling; lower-casing them alone is many times faster.
const plainAscii = /^[A-Za-z-]+(?: [A-Za-z-]+)*$/;

/** Lower-cases a name, strips accents and a trailing possessive, so "Pérez’s" and "perez" compare equal. */
export function foldName(name: string): string {
  if (plainAscii.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s?$/u, '')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The family name of a full name: everything after the first word ("Rory van der Steur" → "van der Steur"). */
export function familyName(fullName: string): string {
  const space = fullName.indexOf(' ');
  return space < 0 ? fullName : fullName.slice(space + 1);
}

/** The last word of a name ("Rory van der Steur" → "Steur"). */
export function lastWord(name: string): string {
  const space = name.lastIndexOf(' ');
  return space < 0 ? name : name.slice(space + 1);
}
