import { foldName } from '../names';
import { matchRemembered } from './roster-match';
import type { CarFacts, SessionIndex } from './session-index';

/** Who a claim is about, found in a session: the cars it can mean and, when a driver is named, the driver. */
export type Resolution =
  | { found: true; cars: CarFacts[]; driver: string | null; written: string; namesakes?: string; firstNameOnly?: boolean }
  | { found: false; reason: string };

const CAR_PATTERN = /^(?:#|No\.?\s*)\s*(\d{1,3})$/i;

/** Resolves a claim's subject or reference ("#31", "No. 7", "Pipo Derani", "Dirani", a team) in one session. */
export function resolveParty(written: string | null, index: SessionIndex): Resolution {
  if (!written) return { found: false, reason: 'no driver or car is named' };
  const sessionName = `${index.session.eventName} ${index.session.name}`;
  const carMatch = CAR_PATTERN.exec(written.trim());
  if (carMatch) {
    const facts = index.cars.get(carMatch[1]);
    return facts
      ? { found: true, cars: [facts], driver: null, written }
      : { found: false, reason: `no car #${carMatch[1]} in ${sessionName}` };
  }
  const match = matchRemembered(written, index.roster);
  if (!match) {
    // "Taylor" with Ricky and Jordan Taylor in the session: say who it could be, not that no one is.
    const last = foldName(written).split(/\s+/).at(-1);
    const namesakes = index.roster.filter((entry) => entry.kind === 'driver' && foldName(entry.name).split(/\s+/).at(-1) === last).map((entry) => entry.name);
    // "Taylor's effort … ensures he'll start third": of Ricky and Jordan Taylor, only Ricky drove in qualifying.
    const drove = namesakes.filter((name) => droveIn(name, index));
    const only = namesakes.length > 1 && drove.length === 1 ? resolveParty(drove[0], index) : null;
    if (only?.found) return { ...only, namesakes: `${written} could be ${namesakes.join(' or ')}; read as ${drove[0]}, who drove in ${index.session.name}` };
    if (namesakes.length > 1) return { found: false, reason: `${written} could be ${namesakes.slice(0, -1).join(', ')} or ${namesakes.at(-1)}` };
    return { found: false, reason: `${written} is not in ${sessionName}` };
  }
  if (match.entry.kind === 'team') {
    const team = foldName(match.entry.name);
    const cars = [...index.cars.values()].filter((facts) => foldName(facts.team) === team);
    return { found: true, cars, driver: null, written };
  }
  const cars = (index.carsByDriver.get(match.entry.id) ?? []).map((car) => index.cars.get(car)).filter((facts) => facts !== undefined);
  return { found: true, cars, driver: match.entry.name, written, ...(match.firstName ? { firstNameOnly: true } : {}) };
}

/** Whether `driver` (as the data spells it) is the one named `expected`, ignoring case and accents. */
export function sameDriver(driver: string | null | undefined, expected: string | null): boolean {
  return !!driver && !!expected && foldName(driver) === foldName(expected);
}

// Whether the driver is at the wheel of any lap of the session (a car's entry lists drivers who may not have driven).
export function droveIn(name: string, index: SessionIndex): boolean {
  const folded = foldName(name);
  return (index.carsByDriver.get(folded) ?? []).some((car) => index.cars.get(car)?.laps.some((lap) => foldName(lap.driver) === folded));
}
