import { useEffect, useState, type FormEvent } from 'react';
import type { RacedeskApi } from '../../api';
import type { HandResult } from '../../api/timing';
import { formatLapTime, type ResultRow, type SessionDetail } from '../../domain/timing';

interface HandResultFormProps {
  api: RacedeskApi;
  /** The session to add to or correct; null creates a new session from the event and session names. */
  session: SessionDetail | null;
  /** A result to correct; null adds a new one. */
  editing: ResultRow | null;
  onSaved: (session: SessionDetail) => void;
}

interface Fields {
  event: string;
  sessionName: string;
  car: string;
  position: string;
  driver: string;
  className: string;
  time: string;
}

const EMPTY: Fields = { event: '', sessionName: '', car: '', position: '', driver: '', className: '', time: '' };

function fieldsOf(row: ResultRow | null): Fields {
  if (!row) return EMPTY;
  return {
    ...EMPTY,
    car: row.car,
    position: String(row.position),
    driver: row.driver ?? row.shownDriver ?? '',
    className: row.className,
    time: row.bestLapSeconds === null ? '' : formatLapTime(row.bestLapSeconds),
  };
}

function resultOf(fields: Fields): HandResult {
  return {
    car: fields.car.trim(),
    ...(fields.position.trim() ? { position: Number(fields.position) } : {}),
    ...(fields.driver.trim() ? { driver: fields.driver.trim() } : {}),
    ...(fields.className.trim() ? { className: fields.className.trim() } : {}),
    ...(fields.time.trim() ? { time: fields.time.trim() } : {}),
  };
}

/** Results typed by hand, the only way in for series that publish PDF only: add one, or correct the one chosen. */
export function HandResultForm({ api, session, editing, onSaved }: HandResultFormProps) {
  const [fields, setFields] = useState<Fields>(fieldsOf(editing));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setFields(fieldsOf(editing)), [editing]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const result = resultOf(fields);
      const saved =
        session && editing
          ? await api.timing.correctResult(session.id, editing.car, result)
          : await api.timing.addResults(
              session ? { sessionId: session.id, results: [result] } : { event: fields.event || undefined, session: fields.sessionName || undefined, results: [result] },
            );
      onSaved(saved);
      setFields(session ? EMPTY : { ...EMPTY, event: fields.event, sessionName: fields.sessionName });
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  const input = (key: keyof Fields, label: string, placeholder = '') => (
    <label className="timing-option">
      {label}
      <input value={fields[key]} placeholder={placeholder} onChange={(event) => setFields({ ...fields, [key]: event.target.value })} />
    </label>
  );

  return (
    <form className="timing-hand" onSubmit={(event) => void submit(event)}>
      <h4>{editing ? `Correct #${editing.car}` : session ? 'Add a result' : 'Type results for a new session'}</h4>
      {!session && input('event', 'Event', 'e.g. Bathurst 12 Hour')}
      {!session && input('sessionName', 'Session', 'e.g. Qualifying')}
      {input('car', 'Car', 'e.g. 01')}
      {input('position', 'Position')}
      {input('driver', 'Driver')}
      {input('className', 'Class', 'e.g. GT3')}
      {input('time', 'Time', 'e.g. 1:32.656')}
      <button type="submit" disabled={fields.car.trim() === ''}>
        {editing ? 'Save correction' : 'Add result'}
      </button>
      {problem && (
        <div className="timing-error" role="alert">
          {problem}
        </div>
      )}
    </form>
  );
}
