import type { ExportBlock, ExportDocument, ExportInline } from './export-doc';
import { inlineTree, type InlineTree } from './inline-tree';

const TAG_OF_MARK = { bold: 'strong', italic: 'em', strike: 's', code: 'code' } as const;

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] as string);
}

function treeHtml(nodes: InlineTree[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return escapeHtml(node.text);
      if (node.type === 'hardBreak') return '<br>';
      const inner = treeHtml(node.children);
      if (node.mark.type === 'link') return `<a href="${escapeHtml(node.mark.href)}">${inner}</a>`;
      const tag = TAG_OF_MARK[node.mark.type];
      return `<${tag}>${inner}</${tag}>`;
    })
    .join('');
}

function inlineHtml(content: ExportInline[]): string {
  return treeHtml(inlineTree(content));
}

function itemHtml(item: ExportBlock[]): string {
  const only = item[0];
  if (item.length === 1 && only.type === 'paragraph') return `<li>${inlineHtml(only.content)}</li>`;
  return `<li>\n${blocksHtml(item)}\n</li>`;
}

function blockHtml(block: ExportBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'heading':
      return `<h${block.level}>${inlineHtml(block.content)}</h${block.level}>`;
    case 'bulletList':
      return `<ul>\n${block.items.map(itemHtml).join('\n')}\n</ul>`;
    case 'orderedList': {
      const start = block.start === 1 ? '' : ` start="${block.start}"`;
      return `<ol${start}>\n${block.items.map(itemHtml).join('\n')}\n</ol>`;
    }
    case 'blockquote':
      return `<blockquote>\n${blocksHtml(block.content)}\n</blockquote>`;
    case 'horizontalRule':
      return '<hr>';
  }
}

function blocksHtml(blocks: ExportBlock[]): string {
  return blocks.map(blockHtml).join('\n');
}

/**
 * The article as semantic HTML for pasting into a CMS: `header` (headline as `h1`, then standfirst, byline
 * and dateline as paragraphs) and the body's `h1`–`h3`, `p`, `ul`/`ol`, `blockquote`, `a`, `strong`/`em`.
 * No `span`, `class`, `style` or `data-*` ever appears.
 */
export function htmlFragment(document: ExportDocument): string {
  const { headline, standfirst, byline, dateline } = document.header;
  const header = [
    headline ? `<h1>${escapeHtml(headline)}</h1>` : '',
    ...[standfirst, byline, dateline].map((line) => (line ? `<p>${escapeHtml(line)}</p>` : '')),
  ].filter((line) => line !== '');
  const body = blocksHtml(document.blocks);
  return header.length > 0 ? `<header>\n${header.join('\n')}\n</header>\n${body}` : body;
}

export interface HtmlPageOptions {
  /** The page's language, `en` unless told. */
  language?: string;
  /** Extra markup for `head`, e.g. a print style sheet; plain exports leave it empty. */
  head?: string;
}

/** A whole HTML5 page holding the article in one `article` element. */
export function htmlPage(document: ExportDocument, options: HtmlPageOptions = {}): string {
  const title = escapeHtml(document.header.headline ?? 'Untitled');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.language ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    ...(options.head ? [options.head] : []),
    '</head>',
    '<body>',
    '<article>',
    htmlFragment(document),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
