const INERT_OPENING = /<(script|style|svg|noscript|template|iframe|object|math)\b|<!--|data:/gi;
const DATA_URI_END = /["'()\s>]/g;
const LONGEST_KEPT_DATA_URI = 256;

/** Where the span opened at `start` ends: after its closing tag or comment end, or the end of the text. */
function endOf(html: string, opening: RegExpExecArray): number {
  if (opening[0] === '<!--') {
    const close = html.indexOf('-->', opening.index + 4);
    return close < 0 ? html.length : close + 3;
  }
  if (opening[1]) {
    const closing = new RegExp(`</${opening[1]}\\s*>`, 'gi');
    closing.lastIndex = opening.index + opening[0].length;
    const close = closing.exec(html);
    return close ? close.index + close[0].length : html.length;
  }
  DATA_URI_END.lastIndex = opening.index;
  const end = DATA_URI_END.exec(html);
  return end ? end.index : html.length;
}

/**
 * A saved page without the bulk that holds no article text: scripts, styles, inline SVG, comments and long
 * inlined `data:` images, which can make a 300 KB article a 20 MB file. This is only for speed and memory: it
 * removes text and never adds any, and the sanitiser still checks everything that is left. It scans once,
 * without backtracking, so a hostile page cannot make it slow.
 */
export function stripInertMarkup(html: string): string {
  const kept: string[] = [];
  let from = 0;
  INERT_OPENING.lastIndex = 0;
  for (let opening = INERT_OPENING.exec(html); opening; opening = INERT_OPENING.exec(html)) {
    const end = endOf(html, opening);
    const isShortDataUri = opening[0].toLowerCase() === 'data:' && end - opening.index <= LONGEST_KEPT_DATA_URI;
    if (!isShortDataUri) {
      kept.push(html.slice(from, opening.index), opening[0].toLowerCase() === 'data:' ? 'data:,' : '');
      from = end;
    }
    INERT_OPENING.lastIndex = Math.max(end, opening.index + 1);
  }
  kept.push(html.slice(from));
  return kept.join('');
}
