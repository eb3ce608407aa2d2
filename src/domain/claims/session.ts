// Which session a figure is about, read from the clause around it first, then from the whole sentence.
const sessionPatterns: [string, RegExp][] = [
  ['record', /\brecord\b/i],
  ['last-year', /\b(?:last year|a year ago|last season|(?:19|20)\d\d edition)\b/i],
  ['practice', /\bpracti[cs]e?\b|\bpractic\b|\bFP\d\b|\bwarm-?up\b/i],
  ['qualifying', /\bqualif\w*|\bpole\b|\bgrid\b/i],
  ['race', /\brace\b|\bfinish(?:ed|ing)?\b/i],
];

/** The session a clause, else its sentence, points to: 'record', 'last-year', 'practice', 'qualifying' or 'race'. */
export function readSessionHint(clause: string, sentence: string): string | null {
  for (const part of [clause, sentence]) {
    for (const [session, pattern] of sessionPatterns) if (pattern.test(part)) return session;
  }
  return null;
}
