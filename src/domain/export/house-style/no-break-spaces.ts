import type { DocNode } from '../../articles/article';

/**
 * The spaces a web page uses to stop a line breaking: no-break (U+00A0), narrow no-break (U+202F, which ICU
 * puts in times such as "1:15 PM") and figure space (U+2007). Thin and other breakable spaces are not here:
 * they wrap like any space.
 */
const NO_BREAK = /[\u00a0\u202f\u2007]/;
const SPACE_RUN = /[ \u00a0\u202f\u2007]+/g;
/** Stands in a block's text for an inline node that is not text, which a run of spaces stops at. */
const NOT_TEXT = '\ufffc';

/**
 * What each UTF-16 unit of `text` becomes: itself, a plain space, or nothing. A run of spaces holding a
 * non-breaking one becomes one plain space; with `dropAtLineEdges`, a run at the start or end of a line goes.
 */
function plainSpaceUnits(text: string, dropAtLineEdges: boolean): string[] {
  const units = text.split('');
  for (const run of text.matchAll(SPACE_RUN)) {
    if (!NO_BREAK.test(run[0])) continue;
    const start = run.index;
    const end = start + run[0].length;
    const atLineEdge = start === 0 || text[start - 1] === '\n' || end === text.length || text[end] === '\n';
    units.fill('', start, end);
    if (!(dropAtLineEdges && atLineEdge)) units[start] = ' ';
  }
  return units;
}

/**
 * Turns the non-breaking spaces in a piece of text into plain ones: each run of spaces holding one becomes a
 * single space. Runs of plain spaces alone are left as written. For a label or a line of the header; a block's
 * text goes through `plainNoBreakSpacesInline`.
 *
 * @example
 * plainNoBreakSpaces('Parker Thompson\u00a0 Q') // "Parker Thompson Q"
 * plainNoBreakSpaces('from 1:15\u202fPM') // "from 1:15 PM"
 */
export function plainNoBreakSpaces(text: string): string {
  return plainSpaceUnits(text, false).join('');
}

/**
 * `plainNoBreakSpaces` over a block's inline content read as one text, so a run split between a bold word and
 * the plain text after it still becomes one space, and a run at the start or end of a line (the block's edges,
 * a hard break) goes rather than leave a space there. Text nodes left empty are dropped; other nodes (hard
 * breaks, a typed non-breaking space, Racedesk's atoms) are kept as they are.
 */
export function plainNoBreakSpacesInline(content: DocNode[]): DocNode[] {
  const text = content.map((child) => (child.type === 'text' ? (child.text ?? '') : child.type === 'hardBreak' ? '\n' : NOT_TEXT)).join('');
  if (!NO_BREAK.test(text)) return content;
  const units = plainSpaceUnits(text, true);
  let at = 0;
  return content.flatMap((child) => {
    if (child.type !== 'text') {
      at += 1;
      return [child];
    }
    const length = (child.text ?? '').length;
    const plain = units.slice(at, at + length).join('');
    at += length;
    return plain === '' ? [] : [{ ...child, text: plain }];
  });
}
