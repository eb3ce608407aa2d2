/**
 * Breaks one paragraph's text into lines of at most `columns` characters at spaces, starting the first line
 * with `firstPrefix` and the rest with `restPrefix`. A word longer than a line (a URL) stands on its own line
 * rather than being cut. `columns: null` only applies the prefixes.
 */
export function wrapText(text: string, columns: number | null, firstPrefix = '', restPrefix = firstPrefix): string[] {
  const lines: string[] = [];
  for (const hardLine of text.split('\n')) {
    const prefix = () => (lines.length === 0 ? firstPrefix : restPrefix);
    if (columns === null) {
      lines.push(prefix() + hardLine.trim());
      continue;
    }
    let line = '';
    for (const word of hardLine.split(/[ \t]+/).filter((part) => part !== '')) {
      const width = prefix().length + line.length + (line === '' ? 0 : 1) + word.length;
      if (line !== '' && width > columns) {
        lines.push(prefix() + line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    lines.push(prefix() + line);
  }
  return lines;
}
