// Copy wrapped at a fixed width, as wire copy and mail often are: "… He took\nthe chequered flag 2.414 seconds
// ahead". A line break inside a sentence is read as a space, so sentences, clauses and paragraphs hold together.
// A line that ends on a stop, a colon or a bracket, or is followed by one opening in upper case after a word that
// may end a sentence, keeps its break: rows, headings and lists stay as they are.
const RUNS_ON = /(?:,|\b(?:and|or|but|the|of|to|a|an|in|on|at|from|with|by|for|that|which|who|was|were|his|her|their))$/;
const ENDS = /[.!?:;"”’)\]|]$/;

/** `text` with each line break that wraps a sentence read as a space; offsets are unchanged. */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  let out = '';
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    out += text.slice(lineStart, at) + (wraps(text, lineStart, at) ? ' ' : '\n');
    lineStart = at + 1;
  }
  return out + text.slice(lineStart);
}

function wraps(text: string, lineStart: number, breakAt: number): boolean {
  const next = text.charAt(breakAt + 1);
  if (next === '' || /\s/.test(next)) return false;
  const line = text.slice(lineStart, breakAt).trimEnd();
  if (line === '' || ENDS.test(line)) return false;
  // "after starting\n10th due to a gearbox failure": a figure that runs on into lower-case words, after a line that
  // ends on one; a row ("1. Hamilton", "12 Button") opens on a capital.
  const figureRunsOn = /^\d[\d.,:]*(?:st|nd|rd|th|s)?\s+\p{Ll}/u.test(text.slice(breakAt + 1, breakAt + 24)) && /\p{Ll}$/u.test(line);
  return /\p{Ll}/u.test(next) || RUNS_ON.test(line) || figureRunsOn;
}
