import type { SyncConflict, ConflictChoice } from '../../domain/sync/sync-conflict';

interface ConflictBannerProps {
  conflict: SyncConflict;
  busy: boolean;
  onOpenOther: () => void;
  onResolve: (keep: ConflictChoice) => void;
}

/** Above an article a sync found changed on two laptops at once: whose text this is, and the three ways out. */
export function ConflictBanner({ conflict, busy, onOpenOther, onResolve }: ConflictBannerProps) {
  const { writer, otherWriter, role } = conflict;
  const said =
    role === 'kept'
      ? `${writer} and ${otherWriter} changed this article at the same time. This is ${writer}’s text; ${otherWriter}’s is kept beside it as a copy.`
      : `This is ${writer}’s text of an article ${otherWriter} changed at the same time; ${otherWriter}’s text is the original.`;
  return (
    <div className="banner conflict-banner" role="alert" data-testid="conflict-banner">
      <span>
        <strong>Sync conflict.</strong> {said} Nothing is lost; exports wait until you choose.
      </span>
      <span className="conflict-actions">
        <button type="button" onClick={onOpenOther}>Open {otherWriter}’s text</button>
        <button type="button" disabled={busy} onClick={() => onResolve('this')}>Keep this text</button>
        <button type="button" disabled={busy} onClick={() => onResolve('other')}>Keep {otherWriter}’s</button>
        <button type="button" disabled={busy} onClick={() => onResolve('both')}>Keep both</button>
      </span>
    </div>
  );
}
