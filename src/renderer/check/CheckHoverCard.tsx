import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { Transaction } from '@tiptap/pm/state';
import { placedChecks, type PlacedCheck } from '../editor/extensions/check-marks';
import { sessionOfCheck } from './session-of-check';

const VERDICT_WORDS = { confirmed: '✓ Confirmed', contradicted: '✗ Contradicted', unverifiable: '? Not checkable' } as const;

interface CheckHoverCardProps {
  editor: Editor;
  /** Linked sessions' names by id, when there is more than one (see `ChecksState`). */
  sessionNames: Record<string, string>;
  onFix: (check: PlacedCheck) => void;
}

/** A card over a checked figure or name on hover: the verdict, the evidence row (and its session), and Fix. */
export function CheckHoverCard({ editor, sessionNames, onFix }: CheckHoverCardProps) {
  const [shown, setShown] = useState<{ check: PlacedCheck; left: number; top: number } | null>(null);

  useEffect(() => {
    const root = editor.view.dom;
    let hideTimer: ReturnType<typeof setTimeout> | null = null;
    const onOver = (event: MouseEvent) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('.check');
      if (!target) return;
      const position = editor.view.posAtDOM(target, 0);
      const check = placedChecks(editor.state).find((candidate) => candidate.from <= position && position < candidate.to);
      if (!check) return;
      if (hideTimer) clearTimeout(hideTimer);
      const rect = target.getBoundingClientRect();
      setShown({ check, left: rect.left, top: rect.bottom + 6 });
    };
    const onOut = (event: MouseEvent) => {
      if ((event.relatedTarget as HTMLElement | null)?.closest?.('.check-card')) return;
      // A re-check redraws the figure under the pointer: the old mark leaves the page, the pointer has not moved.
      if (!(event.target as Node).isConnected) return;
      hideTimer = setTimeout(() => setShown(null), 250);
    };
    // After a re-check or an edit, the card shows the figure's new verdict, or goes when the figure has gone.
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      setShown((current) => {
        if (!current) return current;
        const from = transaction.mapping.map(current.check.from);
        const check = placedChecks(editor.state).find((candidate) => candidate.type === current.check.type && candidate.from === from);
        if (!check) return null;
        return sameCheck(check, current.check) ? current : { ...current, check };
      });
    };
    root.addEventListener('mouseover', onOver);
    root.addEventListener('mouseout', onOut);
    editor.on('transaction', onTransaction);
    return () => {
      root.removeEventListener('mouseover', onOver);
      root.removeEventListener('mouseout', onOut);
      editor.off('transaction', onTransaction);
      if (hideTimer) clearTimeout(hideTimer);
    };
  }, [editor]);

  if (!shown) return null;
  const { check } = shown;
  const suggestion = check.type === 'claim' ? check.claim.suggestion : check.name.suggestion;
  const session = sessionOfCheck(check, sessionNames);
  return (
    <div className="check-card" role="tooltip" style={{ left: shown.left, top: shown.top }} onMouseLeave={() => setShown(null)}>
      {check.type === 'claim' ? (
        <>
          <strong className={`verdict verdict-${check.claim.verdict}`}>{VERDICT_WORDS[check.claim.verdict]}</strong>
          <p>{check.claim.text}{suggestion ? ` — official: ${suggestion}` : ''}</p>
          <p className="check-card-evidence">
            {session && <span className="check-session">{session}: </span>}
            {check.claim.evidence}
          </p>
          {check.claim.reason && <p className="check-card-reason">{check.claim.reason}</p>}
        </>
      ) : (
        <>
          <strong className="verdict verdict-name">≈ Name</strong>
          <p>{check.name.text} — {check.name.reason}</p>
        </>
      )}
      {suggestion && (
        <button
          type="button"
          onClick={() => {
            onFix(check);
            setShown(null);
          }}
        >
          Fix: {suggestion}
        </button>
      )}
    </div>
  );
}

// The same figure with the same finding: nothing for the card to redraw.
function sameCheck(a: PlacedCheck, b: PlacedCheck): boolean {
  if (a.key !== b.key) return false;
  if (a.type === 'claim' && b.type === 'claim') return a.claim.verdict === b.claim.verdict && a.claim.evidence === b.claim.evidence && a.claim.suggestion === b.claim.suggestion;
  return a.type === 'name' && b.type === 'name' && a.name.suggestion === b.name.suggestion;
}
