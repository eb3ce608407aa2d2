// The class a position is in: "fifth in GTD-Pro", "P1 GTD / P3 overall", "second in class", "In TCR, ...".

const classToken = String.raw`(?:GTD[- ]Pro|LMP\s?[1-3]|[A-Z][A-Z0-9]{1,5}(?:[- ]Pro)?|Pro|Am)`;
const scopeAfter = new RegExp(
  String.raw`^(?:[\s-]+(?:place|position|spot|fastest|quickest))?\s+(?:in\s+(?:the\s+)?)?(overall|class|${classToken})(?![\w-])`,
);
const scopeOpening = new RegExp(String.raw`^\s*In\s+(?:the\s+)?(${classToken})(?:\s+class)?\s*,`);

/** The class written right after a position ("in GTD-Pro", "GTD", "overall", "in class"), or null. */
export function readScopeAfter(text: string, positionEnd: number): string | null {
  const match = scopeAfter.exec(text.slice(positionEnd, positionEnd + 40));
  return match ? match[1] : null;
}

/** The class a sentence opens with ("In TCR, it was slow going"), or null. */
export function readScopeOpening(sentence: string): string | null {
  const match = scopeOpening.exec(sentence);
  return match ? match[1] : null;
}
