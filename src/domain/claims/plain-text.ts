/**
 * Text read out of a marked-up file, with, for every character of it, the span of the file it came from, so a
 * claim found in the text can point at the exact characters of the file.
 */
export interface PlainText {
  text: string;
  /** Offset in the file where the character at each index came from. */
  sourceStarts: number[];
  /** Offset in the file just after the markup or character each index came from. */
  sourceEnds: number[];
}

/**
 * Builds a PlainText from `source` by replacing each match of `markup` with what `replace` returns ("" drops it,
 * an entity becomes its character); every other character is copied with its own offset.
 */
export function readPlainText(source: string, markup: RegExp, replace: (match: RegExpExecArray) => string): PlainText {
  const pieces: string[] = [];
  const sourceStarts: number[] = [];
  const sourceEnds: number[] = [];
  let copiedUpTo = 0;
  const copy = (until: number) => {
    pieces.push(source.slice(copiedUpTo, until));
    for (let index = copiedUpTo; index < until; index += 1) {
      sourceStarts.push(index);
      sourceEnds.push(index + 1);
    }
  };
  markup.lastIndex = 0;
  for (let match = markup.exec(source); match; match = markup.exec(source)) {
    if (match[0].length === 0) {
      markup.lastIndex += 1;
      continue;
    }
    copy(match.index);
    const replacement = replace(match);
    pieces.push(replacement);
    for (let index = 0; index < replacement.length; index += 1) {
      sourceStarts.push(match.index);
      sourceEnds.push(match.index + match[0].length);
    }
    copiedUpTo = match.index + match[0].length;
  }
  copy(source.length);
  return { text: pieces.join(''), sourceStarts, sourceEnds };
}

/** The span of the file that the text span [start, end) came from. */
export function sourceSpan(plain: PlainText, start: number, end: number): { start: number; end: number } {
  return { start: plain.sourceStarts[start], end: plain.sourceEnds[end - 1] };
}
