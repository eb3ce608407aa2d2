import type { SyncStatus } from '../../api/sync';
import { describeConflicts, describeSync } from './describe-sync';

interface SyncIndicatorProps {
  status: SyncStatus | null;
  onSync: () => void;
  onShare: () => void;
  onOpenConflict: (articleId: string) => void;
}

/** The status bar's sharing corner: the state, the conflicts to settle, and Sync (or Share… before sharing). */
export function SyncIndicator({ status, onSync, onShare, onOpenConflict }: SyncIndicatorProps) {
  if (!status) return null;
  if (!status.shared) {
    return (
      <span className="sync-indicator">
        <span data-testid="sync-state" data-state="not-shared" className="sync-state">Not shared</span>
        <button type="button" className="status-action" onClick={onShare}>Share…</button>
      </span>
    );
  }
  const conflicts = describeConflicts(status);
  const first = status.conflicts.find((conflict) => conflict.role === 'kept') ?? status.conflicts[0];
  return (
    <span className="sync-indicator">
      <span data-testid="sync-state" data-state={status.state} className={`sync-state sync-${status.state}`} title={status.error?.message ?? `Shared with ${status.remote} as ${status.writer.name}`}>
        {describeSync(status)}
      </span>
      {conflicts && first && (
        <button type="button" className="status-action sync-conflicts" data-testid="sync-conflicts" onClick={() => onOpenConflict(first.id)} title="Open it to choose which text to keep">
          ⚠ {conflicts}
        </button>
      )}
      <button type="button" className="status-action" onClick={onSync} disabled={status.state === 'syncing'} title="Send what was saved here and bring what the others sent">
        Sync
      </button>
    </span>
  );
}
