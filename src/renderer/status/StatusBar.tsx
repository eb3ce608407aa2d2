import type { ReactNode } from 'react';
import type { SaveState } from '../editor/use-autosave';

interface StatusBarProps {
  saveState: SaveState | null;
  wordCount: number;
  message: string | null;
  onHelp: () => void;
  /** The sharing corner: sync state, conflicts, Sync. */
  sync?: ReactNode;
}

function describe(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return `Saved ${new Date(state.at).toLocaleTimeString()}`;
    case 'saving':
      return 'Saving…';
    case 'unsaved':
      return 'Unsaved changes';
    case 'failed':
      return `Not saved: ${state.message}`;
  }
}

/** Bottom bar: what is on disk, the word count, sharing, and the latest message. */
export function StatusBar({ saveState, wordCount, message, onHelp, sync }: StatusBarProps) {
  return (
    <footer className="status-bar" role="status">
      <span data-testid="save-state" className={saveState?.kind === 'failed' ? 'save-failed' : undefined}>
        {saveState ? describe(saveState) : 'No article open'}
      </span>
      <span data-testid="word-count">{wordCount} words</span>
      {sync}
      {message && <span className="status-message" data-testid="status-message">{message}</span>}
      <button type="button" className="status-help" onClick={onHelp} aria-label="Keyboard shortcuts">
        Shortcuts (F1)
      </button>
    </footer>
  );
}
