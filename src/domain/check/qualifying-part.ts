// The part of F1 qualifying a figure is told of: "Q2", "the second segment", "im zweiten Durchgang", "in de tweede
// kwalificatieronde", "nella seconda sessione delle qualifiche"; each language a report may be written in.
// Other languages' words open with a letter JavaScript's \b does not know ("última"), so they stand after no letter.
const PART_WORDS: [RegExp, number][] = [
  [/\bQ1\b|\bfirst (?:part|segment|session|phase|round) of (?:the\s+)?(?:[\w-]+\s+){0,3}qualifying|\bfirst qualifying (?:session|segment)|(?<!\p{L})(?:erst(?:en|er) (?:Durchgang|Qualifikationsabschnitt)|eerste kwalificatieronde|première (?:partie|séance|phase) des qualifications|primera (?:parte|sesión|fase|tanda) de (?:la )?clasificación|prima (?:parte|sessione|fase|manche) delle qualifiche|primeira (?:parte|sessão|fase) da qualificação|primera (?:calificación|clasificación)|primeira qualificação|prima qualifica)/iu, 1],
  [/\bQ2\b|\bsecond (?:part|segment|session|phase)(?: of qualifying)?\b|\bsecond qualifying (?:session|segment)\b|\bsecond round of qualifying\b|(?<!\p{L})(?:zweit(?:en|er) (?:Durchgang|Qualifikationsabschnitt)|tweede kwalificatieronde|(?:deuxième|seconde) (?:partie|séance|phase) des qualifications|segunda (?:parte|sesión|fase|tanda) de (?:la )?clasificación|seconda (?:parte|sessione|fase|manche) delle qualifiche|segunda (?:parte|sessão|fase) da qualificação|segunda (?:calificación|clasificación|qualificação)|seconda qualifica)/iu, 2],
  [/\bQ3\b|\b(?:final|third|last) (?:part|segment|phase)(?: of qualifying)?\b|\btop-?(?:ten|10) shoot-?out|(?<!\p{L})(?:(?:dritt|letzt)(?:en|er) (?:Durchgang|Qualifikationsabschnitt)|(?:derde|laatste) kwalificatieronde|(?:troisième|dernière) (?:partie|séance|phase) des qualifications|(?:tercera|última) (?:parte|sesión|fase|tanda) de (?:la )?clasificación|(?:terza|ultima) (?:parte|sessione|fase|manche) delle qualifiche|(?:terceira|última) (?:parte|sessão|fase) da qualificação|tercera (?:calificación|clasificación)|terceira qualificação|terza qualifica)/iu, 3],
];

// "Hamilton began qualifying … in the early part of Q1. Vettel and Raikkonen … eventually secured a one-two": a
// paragraph that has named one part of qualifying, and no other, before the claim goes on telling that part.
export function paragraphPart(text: string, offset: number): number | null {
  const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const parts = new Set(PART_WORDS.filter(([pattern]) => pattern.test(before)).map(([, part]) => part));
  return parts.size === 1 ? [...parts][0] : null;
}

// "At the start of Q2, Verstappen took P1 … ¶ In the final runs … pushed the Mercedes driver to fourth place": a report
// told part by part goes on with the part it named last, across paragraphs, until it names another.
export function partBefore(text: string, offset: number): number | null {
  let last: { part: number; at: number } | null = null;
  for (const [pattern, part] of PART_WORDS) {
    const found = [...text.slice(0, offset).matchAll(new RegExp(pattern.source, 'giu'))].at(-1);
    if (found && (!last || found.index > last.at)) last = { part, at: found.index };
  }
  return last?.part ?? null;
}

/** The part named last in some words: a sentence that tells Q1 and then Q2 goes on with Q2. */
export function lastPartIn(words: string): number | null {
  return partBefore(words, words.length);
}

export function partIn(text: string): number | null {
  for (const [pattern, part] of PART_WORDS) if (pattern.test(text)) return part;
  return null;
}

// "Verstappen had topped Q1 with a 1:04.489 and Perez led Q2 on a 1:04.197": a clause joined by "and", "while" or
// "but" before a new name tells its own part.
const JOINED_CLAUSE = /\s(?:and|while|whilst|whereas|but)\s+(?=(?:the\s+)?\p{Lu})/gu;

/** The part named in the figure's own joined clause, else in its whole clause (`figureAt` is its offset in `clause`). */
export function partNear(clause: string, figureAt: number): number | null {
  const breaks = [0, ...[...clause.matchAll(JOINED_CLAUSE)].map((found) => found.index), clause.length];
  const from = breaks.filter((at) => at <= figureAt).at(-1)!;
  const to = breaks.find((at) => at > figureAt)!;
  return partIn(clause.slice(from, to)) ?? partIn(clause);
}
