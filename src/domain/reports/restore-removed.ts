import type { ArticleDoc, DocNode, RemovedPiece } from '../articles/article';
import { RacedeskError } from '../errors';
import { paragraphOf } from './report-block';

function nodesOf(piece: RemovedPiece): DocNode[] {
  const lines = piece.text.split('\n').filter((line) => line.trim() !== '');
  if (piece.kind === 'headline') return [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: lines.join(' ') }] }];
  return lines.map(paragraphOf);
}

/**
 * Puts a removed piece back where it stood: one paragraph per line of its text (a headline comes back as a
 * level-1 heading) inserted before block `beforeBlock`. Returns the new document and the remaining pieces,
 * their places moved to match.
 *
 * @example restoreRemoved(article.doc, article.removed, 'removed-2')
 */
export function restoreRemoved(
  doc: ArticleDoc,
  removed: readonly RemovedPiece[],
  pieceId: string,
): { doc: ArticleDoc; removed: RemovedPiece[] } {
  const position = removed.findIndex((piece) => piece.id === pieceId);
  if (position < 0) throw new RacedeskError('not-found', `No removed piece ${pieceId} to put back`);
  const piece = removed[position];
  const nodes = nodesOf(piece);
  const at = Math.min(Math.max(piece.beforeBlock, 0), doc.content.length);
  const onlyEmpty = doc.content.length === 1 && doc.content[0].type === 'paragraph' && !doc.content[0].content?.length;
  const content = onlyEmpty ? nodes : [...doc.content.slice(0, at), ...nodes, ...doc.content.slice(at)];
  const remaining = removed
    .filter((_, index) => index !== position)
    .map((other) => {
      const after = other.beforeBlock > piece.beforeBlock || (other.beforeBlock === piece.beforeBlock && removed.indexOf(other) > position);
      return after ? { ...other, beforeBlock: other.beforeBlock + nodes.length } : other;
    });
  return { doc: { ...doc, content }, removed: remaining };
}
