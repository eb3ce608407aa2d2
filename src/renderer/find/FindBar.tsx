import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { findReplaceKey } from '../editor/extensions/find-replace';

interface FindBarProps {
  editor: Editor;
  onClose: () => void;
}

/** Find and replace over the open article (Ctrl+F / Ctrl+H). */
export function FindBar({ editor, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [, redraw] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    editor.commands.setFindQuery(query, caseSensitive);
  }, [editor, query, caseSensitive]);
  useEffect(() => {
    const update = () => redraw((count) => count + 1);
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
      editor.commands.setFindQuery('');
    };
  }, [editor]);

  const find = findReplaceKey.getState(editor.state);
  const count = find?.matches.length ?? 0;
  const position = find && find.current >= 0 ? `${find.current + 1} of ${count}` : `${count} found`;
  return (
    <div
      className="find-bar"
      role="search"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
        if (event.key === 'Enter') {
          event.preventDefault();
          editor.commands.findNext(event.shiftKey);
        }
      }}
    >
      <input ref={input} aria-label="Find" placeholder="Find" value={query} onChange={(event) => setQuery(event.target.value)} />
      <input aria-label="Replace with" placeholder="Replace with" value={replacement} onChange={(event) => setReplacement(event.target.value)} />
      <label>
        <input type="checkbox" checked={caseSensitive} onChange={(event) => setCaseSensitive(event.target.checked)} /> Match case
      </label>
      <span className="find-count" data-testid="find-count">{query ? position : ''}</span>
      <button type="button" onClick={() => editor.commands.findNext(true)} disabled={!count}>Previous</button>
      <button type="button" onClick={() => editor.commands.findNext()} disabled={!count}>Next</button>
      <button type="button" onClick={() => editor.commands.replaceCurrent(replacement)} disabled={!count}>Replace</button>
      <button type="button" onClick={() => editor.commands.replaceAll(replacement)} disabled={!count}>Replace all</button>
      <button type="button" aria-label="Close find" onClick={onClose}>×</button>
    </div>
  );
}
