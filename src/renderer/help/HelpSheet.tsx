import { SHORTCUTS } from './shortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

function keysFor(keys: string): string {
  return keys.replace(/Mod/g, isMac ? '⌘' : 'Ctrl');
}

/** The keyboard shortcuts, grouped, in a dialog. */
export function HelpSheet({ onClose }: { onClose: () => void }) {
  const groups = [...new Set(SHORTCUTS.map((shortcut) => shortcut.group))];
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" onClick={(event) => event.stopPropagation()} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
        <header className="modal-header">
          <h2>Keyboard shortcuts</h2>
          <button type="button" onClick={onClose} autoFocus>Close</button>
        </header>
        <div className="shortcut-groups">
          {groups.map((group) => (
            <section key={group}>
              <h3>{group}</h3>
              <dl>
                {SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => (
                  <div key={shortcut.keys} className="shortcut">
                    <dt><kbd>{keysFor(shortcut.keys)}</kbd></dt>
                    <dd>{shortcut.action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
