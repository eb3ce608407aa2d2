/** Characters that open or close inline syntax anywhere in a CommonMark line. */
const INLINE_SPECIAL = /[\\`*_[\]<]/g;
/** An ampersand that would start an entity reference (`&amp;`, `&#32;`). */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;

/** Escapes text so CommonMark reads it back as exactly this text, wherever it sits in a line. */
export function escapeMarkdownText(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_START, '\\&');
}

/**
 * Escapes what only matters at the start of a line: headings, quotes, list markers, thematic breaks, setext
 * underlines and fences. Leading spaces are dropped, since four of them would open a code block.
 */
export function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '');
  const ordered = /^(\d{1,9})([.)])/.exec(trimmed);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${trimmed.slice(ordered[0].length)}`;
  return /^[#>+=~-]/.test(trimmed) ? `\\${trimmed}` : trimmed;
}

/** A code span long enough to hold any run of backticks in `code`. */
export function codeSpan(code: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = /^`|`$/.test(code) || (/^ .*[^ ].* $/.test(code)) ? ` ${code} ` : code;
  return `${fence}${padded}${fence}`;
}

/** A link destination that survives CommonMark: spaces, brackets and parentheses percent-encoded. */
export function linkDestination(href: string): string {
  return href.replace(/[ ()<>\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
