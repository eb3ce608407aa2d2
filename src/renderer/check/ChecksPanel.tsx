import type { PlacedCheck } from '../editor/extensions/check-marks';
import { sessionOfCheck } from './session-of-check';
import type { ChecksState } from './use-checks';

interface ChecksPanelProps {
  checks: ChecksState;
  onReveal: (key: string) => void;
  onFix: (check: PlacedCheck) => void;
}

const GROUPS = [
  { id: 'contradicted', title: 'Contradicted', symbol: '✗' },
  { id: 'name', title: 'Names to check', symbol: '≈' },
  { id: 'unverifiable', title: 'Not checkable', symbol: '?' },
  { id: 'confirmed', title: 'Confirmed', symbol: '✓' },
] as const;

function groupOf(check: PlacedCheck): (typeof GROUPS)[number]['id'] {
  return check.type === 'name' ? 'name' : check.claim.verdict;
}

interface CheckItemProps {
  check: PlacedCheck;
  sessionNames: Record<string, string>;
  onReveal: (key: string) => void;
  onFix: (check: PlacedCheck) => void;
}

function CheckItem({ check, sessionNames, onReveal, onFix }: CheckItemProps) {
  const text = check.type === 'claim' ? check.claim.text : check.name.text;
  const detail = check.type === 'claim' ? (check.claim.verdict === 'unverifiable' ? check.claim.reason ?? check.claim.evidence : check.claim.evidence) : check.name.reason;
  const session = sessionOfCheck(check, sessionNames);
  const suggestion = check.type === 'claim' ? check.claim.suggestion : check.name.suggestion;
  return (
    <li className="check-item">
      <button type="button" className="check-item-main" onClick={() => onReveal(check.key)}>
        <span className="check-figure">{text}</span>
        {suggestion && <span className="check-suggestion"> → {suggestion}</span>}
        <span className="check-evidence">
          {session && <span className="check-session">{session}: </span>}
          {detail}
        </span>
      </button>
      {suggestion && (
        <button type="button" className="check-fix" onClick={() => onFix(check)} aria-label={`Fix ${text} to ${suggestion}`}>
          Fix
        </button>
      )}
    </li>
  );
}

/** Every check of the article, grouped by verdict, contradicted first; clicking one scrolls to it. */
export function ChecksPanel({ checks, onReveal, onFix }: ChecksPanelProps) {
  if (checks.status === 'off' || checks.status === 'failed') return <p className="panel-empty">{checks.message}</p>;
  if (checks.status === 'loading') return <p className="panel-empty">Loading timing data…</p>;
  return (
    <div className="checks" data-testid="checks-panel">
      {GROUPS.map((group) => {
        const items = checks.placed.filter((check) => groupOf(check) === group.id);
        if (items.length === 0) return null;
        return (
          <section key={group.id} className={`check-group check-group-${group.id}`} aria-label={group.title}>
            <h3>
              <span aria-hidden="true">{group.symbol}</span> {group.title} ({items.length})
            </h3>
            <ul>
              {items.map((check) => (
                <CheckItem key={check.key} check={check} sessionNames={checks.sessionNames} onReveal={onReveal} onFix={onFix} />
              ))}
            </ul>
          </section>
        );
      })}
      {checks.placed.length === 0 && <p className="panel-empty">No lap times, gaps, speeds or positions found.</p>}
    </div>
  );
}
