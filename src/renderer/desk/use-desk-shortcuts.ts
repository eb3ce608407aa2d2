import { useEffect, useRef } from 'react';

interface DeskShortcuts {
  save: () => void;
  find: () => void;
  keepVersion: () => void;
  help: () => void;
  exportArticle: () => void;
}

/** The desk's own keyboard shortcuts (the editor's are tiptap's); see the help sheet for the whole list. */
export function useDeskShortcuts(shortcuts: DeskShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const action =
        event.key === 'F1' || (mod && key === '/')
          ? latest.current.help
          : mod && event.shiftKey && key === 's'
            ? latest.current.keepVersion
            : mod && key === 's'
              ? latest.current.save
              : mod && (key === 'f' || key === 'h')
                ? latest.current.find
                : mod && key === 'e'
                  ? latest.current.exportArticle
                  : null;
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
