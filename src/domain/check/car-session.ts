import type { TimingSession } from '../timing';
import { sameNumber } from './car-words';
import { indexSession } from './session-index';
import type { CheckContext } from './types';

/**
 * The session whose cars a sentence's car numbers are read against: the one chosen for the sentence, unless it runs
 * none of the numbers written and another session of the event runs them all. An IMSA event qualifies each class in
 * a session of its own ("nos GTLM foi Jordan Taylor, no Corvette #4"): a GTLM car's number is no slip because the
 * prototypes' session lacks it.
 */
export function sessionHolding(chosen: TimingSession, cars: readonly { car: string }[], context: CheckContext): TimingSession {
  const holds = (session: TimingSession, car: string) => [...indexSession(session).cars.keys()].some((number) => sameNumber(number, car));
  if (cars.length === 0 || cars.some((mention) => holds(chosen, mention.car))) return chosen;
  return context.sessions.find((session) => cars.every((mention) => holds(session, mention.car))) ?? chosen;
}
