// The class a position is in: "fifth in GTD-Pro", "P1 GTD / P3 overall", "second in class", "In TCR, ...".

// A class by its code, "PRO" as written in IMSA's own releases too, or by its long name with the code in brackets
// ("GT Daytona (GTD) PRO", "Grand Touring Prototype (GTP)"), read as the code.
const pro = String.raw`(?:[- ](?:Pro|PRO))`;
const longName = String.raw`(?:GT Daytona|Grand Touring Daytona|GT Le Mans|Grand Touring Prototype|Le Mans Prototype\s?[1-3])(?:\s*\([A-Z][A-Z0-9]{1,5}\))?${pro}?`;
const classToken = String.raw`(?:${longName}|LMP\s?[1-3]|[A-Z][A-Z0-9]{1,5}${pro}?|Pro|Am)`;
const LONG_NAMES: [RegExp, string][] = [
  [/^(?:GT|Grand Touring) Daytona/, 'GTD'],
  [/^GT Le Mans/, 'GTLM'],
  [/^Grand Touring Prototype/, 'GTP'],
  [/^Le Mans Prototype\s?([1-3])/, 'LMP$1'],
];
const scopeAfter = new RegExp(
  String.raw`^(?:[\s-]+(?:place|position|spot|fastest|quickest))?\s+(?:in\s+(?:the\s+)?)?(overall|class|${classToken})(?![\w-])`,
);
const scopeOpening = new RegExp(String.raw`^\s*In\s+(?:the\s+)?(${classToken})(?:\s+class)?\s*,`);

/** The class written right after a position ("in GTD-Pro", "GTD", "overall", "in class"), or null. */
export function readScopeAfter(text: string, positionEnd: number): string | null {
  const match = scopeAfter.exec(text.slice(positionEnd, positionEnd + 60));
  return match ? codeOf(match[1]) : null;
}

/** The class a sentence opens with ("In TCR, it was slow going"), or null. */
export function readScopeOpening(sentence: string): string | null {
  const match = scopeOpening.exec(sentence);
  return match ? codeOf(match[1]) : null;
}

// "GT Daytona (GTD) PRO" → "GTD PRO"; a code stays as written.
function codeOf(written: string): string {
  for (const [name, code] of LONG_NAMES) {
    const found = name.exec(written);
    if (found) return found[0].replace(name, code) + (/\bPRO$|\bPro$/.test(written) ? ' PRO' : '');
  }
  return written;
}
