import type { ExportInline } from './export-doc';
import { inlineTree, treeText, type InlineTree } from './inline-tree';
import { codeSpan, escapeMarkdownText, linkDestination } from './markdown-escape';

type Emphasis = 'bold' | 'italic' | 'strike';

/** A rendered child: plain Markdown, or emphasis whose delimiters depend on its neighbours. */
type Piece =
  | { kind: 'plain'; markdown: string }
  | { kind: 'emphasis'; emphasis: Emphasis; leading: string; core: string; trailing: string };

const DELIMITER: Record<Emphasis, string | null> = { bold: '**', italic: '*', strike: null };
const HTML_TAG: Record<Emphasis, string> = { bold: 'strong', italic: 'em', strike: 's' };

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/u.test(char);
}

function isPunctuation(char: string | undefined): boolean {
  return char !== undefined && /[\p{P}\p{S}]/u.test(char);
}

/**
 * CommonMark only reads `*` as emphasis when it is left-flanking on opening and right-flanking on closing;
 * where the neighbours forbid that, the emphasis is written as inline HTML, which CommonMark always reads.
 */
function delimitersFit(core: string, before: string | undefined, after: string | undefined): boolean {
  const first = core[0];
  const last = core[core.length - 1];
  // Delimiters next to another `*` would merge into one run and be read differently.
  if ([before, first, last, after].includes('*')) return false;
  const opens = !isSpace(first) && (!isPunctuation(first) || isSpace(before) || isPunctuation(before));
  const closes = !isSpace(last) && (!isPunctuation(last) || isSpace(after) || isPunctuation(after));
  return opens && closes;
}

function pieceOf(node: InlineTree): Piece {
  if (node.type === 'text') return { kind: 'plain', markdown: escapeMarkdownText(node.text) };
  if (node.type === 'hardBreak') return { kind: 'plain', markdown: '\\\n' };
  const { mark } = node;
  if (mark.type === 'code') return { kind: 'plain', markdown: codeSpan(treeText(node.children).replace(/\n/g, ' ')) };
  const inner = treeMarkdown(node.children);
  if (mark.type === 'link') return { kind: 'plain', markdown: `[${inner}](${linkDestination(mark.href)})` };
  const [, leading, core, trailing] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(inner) as RegExpExecArray;
  return { kind: 'emphasis', emphasis: mark.type, leading, core, trailing };
}

function firstChar(piece: Piece | undefined): string | undefined {
  if (!piece) return undefined;
  if (piece.kind === 'plain') return piece.markdown[0];
  return piece.leading[0] ?? '*';
}

function treeMarkdown(nodes: InlineTree[]): string {
  const pieces = nodes.map(pieceOf);
  let markdown = '';
  pieces.forEach((piece, index) => {
    if (piece.kind === 'plain') {
      // `![` would turn a link into an image.
      if (piece.markdown.startsWith('[') && markdown.endsWith('!')) markdown = `${markdown.slice(0, -1)}\\!`;
      markdown += piece.markdown;
      return;
    }
    const { emphasis, leading, core, trailing } = piece;
    markdown += leading;
    if (core !== '') {
      const delimiter = DELIMITER[emphasis];
      const after = trailing[0] ?? firstChar(pieces[index + 1]);
      if (delimiter && delimitersFit(core, markdown[markdown.length - 1], after)) {
        markdown += `${delimiter}${core}${delimiter}`;
      } else {
        markdown += `<${HTML_TAG[emphasis]}>${core}</${HTML_TAG[emphasis]}>`;
      }
    }
    markdown += trailing;
  });
  return markdown;
}

/** Inline content as CommonMark, one string that may hold hard breaks (`\` + newline). */
export function inlineMarkdown(content: ExportInline[]): string {
  return treeMarkdown(inlineTree(content));
}
