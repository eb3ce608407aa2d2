import { useState } from 'react';

interface ShareDialogProps {
  /** The writer's name as git or this computer knows it, offered as the default. */
  writer: string;
  onShare: (remote: string, writer: string) => Promise<void>;
  onClose: () => void;
}

/** Library › Share…: tie this library to the newsroom's shared repository, under the writer's name. */
export function ShareDialog({ writer, onShare, onClose }: ShareDialogProps) {
  const [remote, setRemote] = useState('');
  const [name, setName] = useState(writer);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onShare(remote.trim(), name);
      onClose();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <form
        className="modal share-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Share the library"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <header className="modal-header">
          <h2>Share the library</h2>
          <button type="button" onClick={onClose}>Close</button>
        </header>
        <p className="share-help">
          Give the newsroom’s shared git repository: a folder on a shared drive (created once with <code>git init --bare</code>), or an ssh:// or
          https:// address. Passwords stay with git’s credential helper, never here.
        </p>
        <label className="field">
          <span>Shared repository</span>
          <input required value={remote} onChange={(event) => setRemote(event.target.value)} placeholder="/Volumes/Desk/library.git or ssh://git@server/library.git" autoFocus />
        </label>
        <label className="field">
          <span>Your name on every save</span>
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        {error && <p className="panel-error" role="alert">{error}</p>}
        <footer className="export-actions">
          <button type="submit" className="primary" disabled={busy || !remote.trim()}>{busy ? 'Sharing…' : 'Share'}</button>
        </footer>
      </form>
    </div>
  );
}
