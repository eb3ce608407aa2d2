import type { RemovedPiece } from '../../domain/articles/article';

interface RemovedPanelProps {
  removed: RemovedPiece[];
  onPutBack: (pieceId: string) => void;
}

const KIND_LABELS: Record<string, string> = {
  'photo-credit': 'Photo credit',
  share: 'Share prompt',
  'sign-in': 'Sign-in prompt',
  related: 'Related stories',
  'read-more': 'Read more',
  social: 'Social embed',
  navigation: 'Navigation',
  empty: 'Empty paragraph',
  headline: 'Headline',
};

/** What was cleaned away on import, each piece with a way to put it back. */
export function RemovedPanel({ removed, onPutBack }: RemovedPanelProps) {
  if (removed.length === 0) return <p className="panel-empty">Nothing was removed on import.</p>;
  return (
    <ul className="removed-list" aria-label="Removed on import">
      {removed.map((piece) => (
        <li key={piece.id} className="removed-piece">
          <span className="removed-kind">{KIND_LABELS[piece.kind] ?? piece.kind}</span>
          <span className="removed-text">{piece.text || '(empty)'}</span>
          <button type="button" onClick={() => onPutBack(piece.id)}>Put back</button>
        </li>
      ))}
    </ul>
  );
}
