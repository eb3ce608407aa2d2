import { formatLapTime, type Lap } from '../../domain/timing';

/** One car's laps: driver, time, sectors, speed, and whether the lap ended in the pits or did not count. */
export function LapsTable({ car, laps }: { car: string; laps: Lap[] }) {
  if (laps.length === 0) return <p className="timing-empty">No laps stored for #{car}.</p>;
  const fastest = Math.min(...laps.filter((lap) => !lap.pit && !lap.deleted).map((lap) => lap.lapSeconds));
  return (
    <table className="timing-table timing-laps">
      <caption>Laps of #{car}</caption>
      <thead>
        <tr>
          <th>Lap</th>
          <th>Driver</th>
          <th>Time</th>
          <th>Sectors</th>
          <th>km/h</th>
          <th>Note</th>
        </tr>
      </thead>
      <tbody>
        {laps.map((lap) => (
          <tr key={lap.lapNumber} className={lap.lapSeconds === fastest ? 'timing-row-best' : lap.deleted ? 'timing-row-deleted' : undefined}>
            <td>{lap.lapNumber}</td>
            <td>{lap.driver}</td>
            <td className="timing-number">{formatLapTime(lap.lapSeconds)}</td>
            <td className="timing-number">{lap.sectors.map((sector) => formatLapTime(sector)).join(' · ')}</td>
            <td className="timing-number">{lap.kph ?? ''}</td>
            <td>{[lap.pit ? 'pit' : '', lap.deleted ? 'did not count' : ''].filter(Boolean).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
