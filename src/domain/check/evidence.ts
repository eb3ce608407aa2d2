import { formatLapTime, type Lap } from '../timing';
import type { CarFacts } from './session-index';

/** "#31 Whelen Engineering Cadillac Racing" — the car as a reader knows it. */
export function carLabel(facts: CarFacts): string {
  return facts.team ? `#${facts.car} ${facts.team}` : `#${facts.car}`;
}

/** The car's classified best lap in words: "#31 Whelen Engineering Cadillac Racing, Pipo Derani, lap 5, 1:32.656". */
export function describeBestLap(facts: CarFacts): string {
  const result = facts.result;
  if (!result || result.bestLapSeconds === null) return `${carLabel(facts)}, no time set`;
  const parts = [carLabel(facts)];
  if (result.bestLapDriver) parts.push(result.bestLapDriver);
  if (result.bestLapNumber !== null) parts.push(`lap ${result.bestLapNumber}`);
  parts.push(formatLapTime(result.bestLapSeconds));
  return parts.join(', ');
}

/** One lap in words: "#7 Porsche Penske Motorsports, Felipe Nasr, lap 7, 1:32.876". */
export function describeLap(facts: CarFacts, lap: Lap): string {
  return `${carLabel(facts)}, ${lap.driver}, lap ${lap.lapNumber}, ${formatLapTime(lap.lapSeconds)}`;
}

/** Where the car was classified: "#14 VasserSullivan, P24 overall, P2 in GTDPRO, 1:44.462". */
export function describePlaces(facts: CarFacts, extra: string[] = []): string {
  const result = facts.result;
  if (!result) return `${carLabel(facts)}, not classified`;
  const parts = [carLabel(facts), `P${result.position} overall`, `P${result.classPosition} in ${result.className}`, ...extra];
  parts.push(result.bestLapSeconds === null ? 'no time' : formatLapTime(result.bestLapSeconds));
  return parts.join(', ');
}

/** A number with no float noise and no trailing zeros, for messages: 0.0800000001 → "0.08". */
export function plainNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
