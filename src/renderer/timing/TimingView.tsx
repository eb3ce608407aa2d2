import { useCallback, useEffect, useState } from 'react';
import type { RacedeskApi } from '../../api';
import type { Lap, ResultRow, SessionDetail, SessionSummary } from '../../domain/timing';
import { HandResultForm } from './HandResultForm';
import { ImportPanel } from './ImportPanel';
import { LapsTable } from './LapsTable';
import { ResultsTable } from './ResultsTable';
import { SessionList } from './SessionList';
import './timing.css';

/**
 * The Timing view: import official timing (dialog, drag and drop, paste), sessions listed by event, a
 * session's results by class, and the laps of one car.
 */
export function TimingView({ api }: { api: RacedeskApi }) {
  const [sessions, setSessions] = useState<SessionSummary[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [session, setSession] = useState<SessionDetail | null>(null);
  const [car, setCar] = useState<string | null>(null);
  const [laps, setLaps] = useState<Lap[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<ResultRow | null>(null);

  const refresh = useCallback(async () => {
    try {
      setSessions(await api.timing.listSessions());
    } catch (error) {
      setProblem((error as Error).message);
    }
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    setCar(null);
    setLaps(null);
    setEditing(null);
    if (!selectedId) return setSession(null);
    let current = true;
    api.timing.getSession(selectedId).then(
      (detail) => current && setSession(detail),
      (error: Error) => current && setProblem(error.message),
    );
    return () => {
      current = false;
    };
  }, [api, selectedId]);

  function selectCar(next: string) {
    if (!selectedId) return;
    setCar(next);
    setLaps(null);
    setEditing(null);
    api.timing.getLaps(selectedId, next).then(setLaps, (error: Error) => setProblem(error.message));
  }

  return (
    <div className="timing-view">
      <aside className="timing-sidebar">
        <ImportPanel
          api={api}
          onImported={(report) => {
            void refresh();
            if (report.sessions[0]) setSelectedId(report.sessions[0].id);
          }}
        />
        <SessionList sessions={sessions} selectedId={selectedId} onSelect={setSelectedId} />
        <details className="timing-paste">
          <summary>{session ? 'Add or correct results by hand' : 'Type results by hand'}</summary>
          <HandResultForm
            api={api}
            session={session}
            editing={editing}
            onSaved={(saved) => {
              setEditing(null);
              setSession(saved);
              setSelectedId(saved.id);
              void refresh();
            }}
          />
        </details>
      </aside>
      <main className="timing-main">
        {problem && (
          <div className="timing-error" role="alert">
            {problem} <button type="button" onClick={() => setProblem(null)}>Dismiss</button>
          </div>
        )}
        {session ? (
          <>
            <h2>
              {session.series} · {session.eventName} · {session.name}
            </h2>
            <ResultsTable session={session} selectedCar={car} onSelectCar={selectCar} />
            {car && (
              <button type="button" className="timing-correct" onClick={() => setEditing(session.classes.flatMap((group) => group.rows).find((row) => row.car === car) ?? null)}>
                Correct the result of #{car}
              </button>
            )}
            {car && (laps ? <LapsTable car={car} laps={laps} /> : <p className="timing-progress">Loading the laps of #{car}…</p>)}
          </>
        ) : (
          <p className="timing-empty">Choose a session to see its results by class.</p>
        )}
      </main>
    </div>
  );
}
