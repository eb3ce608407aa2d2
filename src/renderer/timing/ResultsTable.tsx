import { formatLapTime, type ResultRow, type SessionDetail } from '../../domain/timing';

interface ResultsTableProps {
  session: SessionDetail;
  selectedCar: string | null;
  onSelectCar: (car: string) => void;
}

function timeOf(row: ResultRow, kind: SessionDetail['kind']): string {
  if (kind === 'race' && row.totalSeconds != null) return formatLapTime(row.totalSeconds);
  return row.bestLapSeconds === null ? '—' : formatLapTime(row.bestLapSeconds);
}

function gapOf(row: ResultRow): string {
  if (row.classPosition === 1) return '';
  if (row.gapToClassLeaderSeconds !== null) return `+${formatLapTime(row.gapToClassLeaderSeconds)}`;
  if (row.lapsBehindClassLeader) return `+${row.lapsBehindClassLeader} lap${row.lapsBehindClassLeader === 1 ? '' : 's'}`;
  return row.status ?? '';
}

/** A session's results, one table per class: position, class position, car, best-lap driver, time, gap, speeds. */
export function ResultsTable({ session, selectedCar, onSelectCar }: ResultsTableProps) {
  const speeds = session.track !== null;
  return (
    <div className="timing-results">
      <p className="timing-meta">
        {session.track ? `${session.track.name}: ${session.track.lengthKm} km / ${session.track.lengthMiles} mi (${session.track.source})` : 'Track unknown: no speeds'}
      </p>
      {session.classes.map((group) => (
        <table key={group.className} className="timing-table">
          <caption>{group.className}</caption>
          <thead>
            <tr>
              <th>Pos</th>
              <th>Cls</th>
              <th>Car</th>
              <th>Driver (best lap)</th>
              <th>Team</th>
              <th>{session.kind === 'race' ? 'Time' : 'Best'}</th>
              <th>Gap</th>
              {speeds && <th>km/h</th>}
              {speeds && <th>mph</th>}
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => (
              <tr key={row.car} className={row.car === selectedCar ? 'timing-row-selected' : undefined} onClick={() => onSelectCar(row.car)}>
                <td>{row.position}</td>
                <td>{row.classPosition}</td>
                <td>#{row.car}</td>
                <td>{row.shownDriver ?? ''}</td>
                <td>{row.team}</td>
                <td className="timing-number">{timeOf(row, session.kind)}</td>
                <td className="timing-number">{gapOf(row)}</td>
                {speeds && <td className="timing-number">{row.speedKph?.toFixed(1) ?? ''}</td>}
                {speeds && <td className="timing-number">{row.speedMph?.toFixed(3) ?? ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
