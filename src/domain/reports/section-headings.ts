import type { ArticleDoc, DocNode } from '../articles/article';
import { isBlank, isProse, normaliseSpace, wordCount } from './furniture/block-shape';
import { textOfNode } from './report-block';

const LABEL = /^[\p{L}\p{N}][\p{L}\p{N} &'’/-]*$/u;
const MOST_HEADING_WORDS = 8;

function isSectionLabel(node: DocNode): boolean {
  const text = normaliseSpace(textOfNode(node));
  return node.type === 'paragraph' && LABEL.test(text) && wordCount(text) <= MOST_HEADING_WORDS && !(node.content ?? []).some((child) => child.type === 'hardBreak');
}

/**
 * Plain text has no headings, only short label lines between paragraphs ("GTP", "GTD and GTD Pro"). Each
 * such line with prose after it becomes a level-2 heading; the number and order of blocks stay the same.
 */
export function promoteSectionHeadings(doc: ArticleDoc): ArticleDoc {
  const texts = doc.content.map((node) => textOfNode(node));
  const content = doc.content.map((node, index) => {
    const next = texts.slice(index + 1).find((text) => !isBlank(text));
    if (index === 0 || !isSectionLabel(node) || next === undefined || !isProse(next)) return node;
    return { type: 'heading', attrs: { level: 2 }, content: node.content };
  });
  return { ...doc, content };
}
