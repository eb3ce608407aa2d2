import type { ArticleDoc, DocNode } from '../../../src/domain/articles/article';

function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type.startsWith('rd') && typeof node.attrs?.label === 'string') return node.attrs.label;
  return (node.content ?? []).map(textOf).join('');
}

/** Every sentence of the document's text, split at sentence ends, line breaks and blocks. */
export function sentencesOf(doc: ArticleDoc): string[] {
  return doc.content
    .flatMap((block) => textOf(block).split(/\n|(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** Text compared without its layout: exporters may wrap, indent and re-space, but never change a character. */
export function withoutLayout(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** The sentences of `doc` that `exportedText` does not contain. */
export function missingSentences(doc: ArticleDoc, exportedText: string): string[] {
  const haystack = withoutLayout(exportedText);
  return sentencesOf(doc).filter((sentence) => !haystack.includes(withoutLayout(sentence)));
}
