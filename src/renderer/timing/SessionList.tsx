import type { SessionSummary } from '../../domain/timing';

interface SessionListProps {
  sessions: SessionSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

function byEvent(sessions: SessionSummary[]): [string, SessionSummary[]][] {
  const groups = new Map<string, SessionSummary[]>();
  for (const session of sessions) groups.set(session.eventId, [...(groups.get(session.eventId) ?? []), session]);
  return [...groups];
}

/** The library's sessions, grouped by event. */
export function SessionList({ sessions, selectedId, onSelect }: SessionListProps) {
  if (sessions.length === 0) return <p className="timing-empty">No timing yet: import the files the series publish.</p>;
  return (
    <nav className="timing-sessions" aria-label="Timing sessions">
      {byEvent(sessions).map(([eventId, group]) => (
        <section key={eventId} className="timing-event">
          <h3>
            {group[0].series} · {group[0].eventName}
            {group[0].trackName && !group[0].eventName.includes(group[0].trackName) && <span className="timing-track"> · {group[0].trackName}</span>}
          </h3>
          <ul>
            {group.map((session) => (
              <li key={session.id}>
                <button type="button" className={session.id === selectedId ? 'timing-session timing-session-selected' : 'timing-session'} onClick={() => onSelect(session.id)}>
                  {session.name}
                  <span className="timing-meta">
                    {session.startTime ? `${session.startTime.replace('T', ' ')} · ` : ''}
                    {session.carCount} cars · {session.lapCount} laps
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
