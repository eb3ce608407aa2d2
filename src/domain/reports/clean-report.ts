import type { ArticleDoc, DocNode, RemovedPiece } from '../articles/article';
import { isBlank, normaliseSpace } from './furniture/block-shape';
import { FURNITURE_RULES, findHeadline, type FurnitureFinding } from './furniture';
import type { ReportBlock } from './report-block';
import { stripTextPrefix } from './strip-prefix';

/** A report with its furniture taken out: the clean document and each removed piece, in document order. */
export interface CleanedReport {
  doc: ArticleDoc;
  removed: RemovedPiece[];
  /** The headline taken off the top, if one was found; it is also among `removed`, of kind `headline`. */
  headline: string | null;
}

function claimBlocks(blocks: readonly ReportBlock[]): Map<number, FurnitureFinding> {
  const owners = new Map<number, FurnitureFinding>();
  for (const rule of FURNITURE_RULES) {
    for (const finding of rule(blocks)) {
      const indexes = Array.from({ length: finding.lastBlock - finding.firstBlock + 1 }, (_, offset) => finding.firstBlock + offset);
      if (indexes.some((index) => owners.has(index))) continue;
      indexes.forEach((index) => owners.set(index, finding));
    }
  }
  const headline = findHeadline(blocks, new Set(owners.keys()));
  if (headline) owners.set(headline.firstBlock, headline);
  return owners;
}

/**
 * Takes the furniture out of a report's blocks. Every removed piece keeps its text and the index of the kept
 * block it stood before, so the writer can see it and put it back; blocks of nothing but spaces are dropped
 * without a piece, as they hold no text to put back.
 *
 * A piece spanning several blocks (a related-stories list, an embedded post) is one piece, its blocks' texts
 * joined by line breaks.
 */
export function cleanReport(blocks: readonly ReportBlock[]): CleanedReport {
  const owners = claimBlocks(blocks);
  const kept: DocNode[] = [];
  const removed: RemovedPiece[] = [];
  let headline: string | null = null;
  let open: { finding: FurnitureFinding; piece: RemovedPiece } | null = null;
  const addPiece = (finding: FurnitureFinding, text: string): RemovedPiece => {
    const piece = { id: `removed-${removed.length + 1}`, kind: finding.kind, text, beforeBlock: kept.length };
    removed.push(piece);
    if (finding.kind === 'headline') headline = normaliseSpace(text);
    return piece;
  };
  blocks.forEach((block, index) => {
    const finding = owners.get(index);
    if (!finding) {
      open = null;
      if (!isBlank(block.text)) kept.push(block.node);
      return;
    }
    if (finding.prefixLength !== undefined) {
      addPiece(finding, block.text.slice(0, finding.prefixLength).trim());
      kept.push(stripTextPrefix(block.node, finding.prefixLength));
      open = null;
      return;
    }
    if (isBlank(block.text)) return;
    const text = block.text.trim();
    if (open && open.finding === finding) open.piece.text += `\n${text}`;
    else open = { finding, piece: addPiece(finding, text) };
  });
  return { doc: { type: 'doc', content: kept.length > 0 ? kept : [{ type: 'paragraph' }] }, removed, headline };
}
