import { useEffect, useState } from 'react';
import type { SessionSuggestion } from '../../domain/check';
import type { SessionSummary } from '../../domain/timing';
import { api } from '../api/racedesk-client';

interface SessionsPanelProps {
  articleId: string;
  linked: string[];
  onChange: (sessionIds: string[]) => void;
  /** Goes up when timing data changes. */
  timingVersion: number;
}

/** The timing sessions the article is checked against: suggested ones first, the writer confirms. */
export function SessionsPanel({ articleId, linked, onChange, timingVersion }: SessionsPanelProps) {
  const [sessions, setSessions] = useState<SessionSummary[]>([]);
  const [suggested, setSuggested] = useState<SessionSuggestion[]>([]);
  useEffect(() => {
    void api.timing.listSessions().then(setSessions);
    void api.check.suggestSessions(articleId).then(setSuggested, () => setSuggested([]));
  }, [articleId, timingVersion]);

  const score = new Map(suggested.map((suggestion) => [suggestion.sessionId, suggestion]));
  const ordered = [...sessions].sort((a, b) => (score.get(b.id)?.score ?? 0) - (score.get(a.id)?.score ?? 0));
  if (sessions.length === 0) return <p className="panel-empty">No timing data yet: import a session in the Timing view.</p>;
  return (
    <fieldset className="sessions">
      <legend>Check against</legend>
      {ordered.map((session) => {
        const suggestion = score.get(session.id);
        return (
          <label key={session.id} className="session-option">
            <input
              type="checkbox"
              checked={linked.includes(session.id)}
              onChange={(event) => onChange(event.target.checked ? [...linked, session.id] : linked.filter((id) => id !== session.id))}
            />
            <span>
              {session.eventName} · {session.name}
              {suggestion && suggestion.score > 0 && !linked.includes(session.id) && <em className="suggested"> suggested: {suggestion.reasons.join(', ')}</em>}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
