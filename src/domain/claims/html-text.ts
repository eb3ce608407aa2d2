import { readPlainText, type PlainText } from './plain-text';

const blockTags = new Set([
  'p', 'br', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'section',
  'article', 'header', 'footer', 'blockquote', 'figure', 'figcaption', 'hr', 'dt', 'dd',
]);
const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', prime: '′', Prime: '″', eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó',
  iacute: 'í', uacute: 'ú', ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', reg: '®', copy: '©', deg: '°',
};
// Hidden blocks and comments, then tags (group 2 = name), then entities (group 3 = name or number).
const markup =
  /<(script|style|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<\/?([a-z][a-z0-9]*)\b[^>]*>|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

/**
 * The text of an HTML report: scripts, styles and inline tags dropped, block tags turned into line breaks (so
 * sentences end with their paragraph), entities decoded; each character keeps the offset it had in the file.
 */
export function htmlText(html: string): PlainText {
  return readPlainText(html, markup, (match) => {
    if (match[2] !== undefined) return blockTags.has(match[2].toLowerCase()) ? '\n' : '';
    if (match[3] !== undefined) return decodeEntity(match[3]);
    return '';
  });
}

function decodeEntity(name: string): string {
  if (/^#x/i.test(name)) return safeCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10));
  return namedEntities[name] ?? `&${name};`;
}

function safeCodePoint(codePoint: number): string {
  return Number.isFinite(codePoint) && codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : ' ';
}
