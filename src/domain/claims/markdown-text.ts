import { readPlainText, type PlainText } from './plain-text';

const markup = new RegExp(
  [
    String.raw`!\[[^\]\n]*\]\([^)\n]*\)`, // an image, whole
    String.raw`\]\([^)\n]*\)`, // the target of a link
    String.raw`\[(?=[^\]\n]*\]\()`, // the bracket opening a link's text
    String.raw`^[ \t]{0,3}#{1,6}[ \t]+`, // a heading mark, not a car number such as #31
    String.raw`^[ \t]*(?:>[ \t]?|[-*+][ \t]+)`, // a quote or list mark
    String.raw`\*\*|__|` + '`+', // strong emphasis and code
    String.raw`(?<=^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,;:!?'’]|$)`, // emphasis
  ].join('|'),
  'gm',
);

/**
 * The text of a Markdown report: heading, list and quote marks, emphasis, images and link targets dropped, link
 * text kept; each character keeps the offset it had in the file.
 */
export function markdownText(markdown: string): PlainText {
  return readPlainText(markdown, markup, () => '');
}
