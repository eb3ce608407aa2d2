import type { ArticleDoc, DocNode } from '../articles/article';
import { isTypedNoBreakSpace, NO_BREAK_SPACE } from '../articles/typed-no-break-space';
import { MARK_ORDER, sameMark, type ExportBlock, type ExportInline, type ExportMark } from './export-doc';

const SAFE_LINK = /^(https?:|mailto:)/i;

/** Racedesk's own inline atoms (`rdDriver`, …) export as their label. */
function isRacedeskAtom(node: DocNode): boolean {
  return node.type.startsWith('rd');
}

function isInline(node: DocNode): boolean {
  return node.type === 'text' || node.type === 'hardBreak' || isTypedNoBreakSpace(node) || isRacedeskAtom(node);
}

function cleanMarks(marks: DocNode['marks']): ExportMark[] {
  const kept: ExportMark[] = [];
  for (const mark of marks ?? []) {
    let clean: ExportMark | null = null;
    if (mark.type === 'bold' || mark.type === 'italic' || mark.type === 'strike' || mark.type === 'code') {
      clean = { type: mark.type };
    } else if (mark.type === 'link' && typeof mark.attrs?.href === 'string' && SAFE_LINK.test(mark.attrs.href.trim())) {
      clean = { type: 'link', href: mark.attrs.href.trim() };
    }
    if (clean && !kept.some((other) => sameMark(other, clean))) kept.push(clean);
  }
  return kept.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

function textContent(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textContent).join('');
}

function cleanInline(node: DocNode): ExportInline[] {
  if (node.type === 'text') return [{ type: 'text', text: node.text ?? '', marks: cleanMarks(node.marks) }];
  if (node.type === 'hardBreak') return [{ type: 'hardBreak' }];
  if (isTypedNoBreakSpace(node)) return [{ type: 'text', text: NO_BREAK_SPACE, marks: cleanMarks(node.marks) }];
  if (isRacedeskAtom(node)) {
    const label = typeof node.attrs?.label === 'string' ? node.attrs.label : textContent(node);
    return [{ type: 'text', text: label, marks: cleanMarks(node.marks) }];
  }
  return (node.content ?? []).flatMap(cleanInline);
}

/** Joins neighbours with the same marks and drops empty text and breaks at either end. */
function tidyInline(content: ExportInline[]): ExportInline[] {
  const tidy: ExportInline[] = [];
  for (const inline of content) {
    const last = tidy[tidy.length - 1];
    if (inline.type === 'text' && inline.text === '') continue;
    if (inline.type === 'text' && last?.type === 'text' && sameMarks(last.marks, inline.marks)) {
      tidy[tidy.length - 1] = { ...last, text: last.text + inline.text };
    } else {
      tidy.push(inline);
    }
  }
  while (tidy[0]?.type === 'hardBreak') tidy.shift();
  while (tidy[tidy.length - 1]?.type === 'hardBreak') tidy.pop();
  return tidy;
}

function sameMarks(a: ExportMark[], b: ExportMark[]): boolean {
  return a.length === b.length && a.every((mark, index) => sameMark(mark, b[index]));
}

function inlineOf(node: DocNode): ExportInline[] {
  return tidyInline((node.content ?? []).flatMap(cleanInline));
}

function listItems(node: DocNode): ExportBlock[][] {
  return (node.content ?? [])
    .map((child) => cleanBlocks(child.type === 'listItem' ? (child.content ?? []) : [child]))
    .filter((item) => item.length > 0);
}

function headingLevel(node: DocNode): 1 | 2 | 3 {
  const level = Number(node.attrs?.level);
  return level === 1 || level === 2 ? level : 3;
}

function cleanBlock(node: DocNode): ExportBlock[] {
  switch (node.type) {
    case 'paragraph': {
      const content = inlineOf(node);
      return content.length > 0 ? [{ type: 'paragraph', content }] : [];
    }
    case 'heading': {
      const content = inlineOf(node);
      return content.length > 0 ? [{ type: 'heading', level: headingLevel(node), content }] : [];
    }
    case 'bulletList': {
      const items = listItems(node);
      return items.length > 0 ? [{ type: 'bulletList', items }] : [];
    }
    case 'orderedList': {
      const items = listItems(node);
      const start = Number.isInteger(node.attrs?.start) ? (node.attrs?.start as number) : 1;
      return items.length > 0 ? [{ type: 'orderedList', start, items }] : [];
    }
    case 'blockquote': {
      const content = cleanBlocks(node.content ?? []);
      return content.length > 0 ? [{ type: 'blockquote', content }] : [];
    }
    case 'horizontalRule':
      return [{ type: 'horizontalRule' }];
    default:
      // An unknown block (or a stray list item) is unwrapped: its blocks, or its text as a paragraph.
      return cleanBlocks(node.content ?? []);
  }
}

function cleanBlocks(nodes: DocNode[]): ExportBlock[] {
  const blocks: ExportBlock[] = [];
  let loose: ExportInline[] = [];
  const flushLoose = () => {
    const content = tidyInline(loose);
    if (content.length > 0) blocks.push({ type: 'paragraph', content });
    loose = [];
  };
  for (const node of nodes) {
    if (isInline(node)) {
      loose.push(...cleanInline(node));
    } else {
      flushLoose();
      blocks.push(...cleanBlock(node));
    }
  }
  flushLoose();
  return blocks;
}

/**
 * Reduces the editor's document to what a publication takes: StarterKit's blocks and formatting marks only.
 * Racedesk's tag marks (`rdEntity`, `rdResult`) and any other unknown mark are dropped, `rd*` atoms become
 * their label, a typed non-breaking space becomes U+00A0 in the text, unknown nodes are unwrapped to their content,
 * and links keep only an http(s) or mailto `href`.
 */
export function cleanDoc(doc: ArticleDoc): ExportBlock[] {
  return cleanBlocks(doc.content ?? []);
}
