/** The family name of a full name: everything after the first word ("Renger van der Zande" → "van der Zande"). */
export function familyName(fullName: string): string {
  const space = fullName.indexOf(' ');
  return space < 0 ? fullName : fullName.slice(space + 1);
}

/** The last word of a name ("Renger van der Zande" → "Zande"). */
export function lastWord(name: string): string {
  const space = name.lastIndexOf(' ');
  return space < 0 ? name : name.slice(space + 1);
}
