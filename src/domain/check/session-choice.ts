import type { TimingSession } from '../timing';
import type { SessionHint } from './session-hint';
import type { CheckContext } from './types';

export type SessionChoice = { session: TimingSession } | { session: null; reason: string };

/** The session the article is mainly about: the one named main, else the first linked. */
export function mainSession(context: CheckContext): TimingSession | null {
  return context.sessions.find((session) => session.id === context.mainSessionId) ?? context.sessions[0] ?? null;
}

/**
 * The session a claim is checked against: the one its words point to when it is stored, else the main one.
 * A claim about something not stored (a record, another year, a session not imported) gets a reason instead.
 */
export function chooseSession(hint: SessionHint, context: CheckContext): SessionChoice {
  const main = mainSession(context);
  if (!main) return { session: null, reason: 'no timing session is linked to this article' };
  if (hint.record) return { session: null, reason: 'records are not stored, only the linked sessions' };
  const mainYear = yearOf(main);
  const year = hint.lastYear && mainYear !== null ? mainYear - 1 : hint.year !== null && hint.year !== mainYear ? hint.year : null;
  const kind = hint.kind ?? main.kind;
  if (year !== null) {
    const found = context.sessions.find((session) => yearOf(session) === year && session.kind === kind && sameVenue(session, main));
    return found ? { session: found } : { session: null, reason: `no ${year} ${kind} session of ${main.eventName} is stored` };
  }
  if (kind === main.kind) return { session: main };
  const sameEvent = context.sessions.filter((session) => session.kind === kind && session.eventId === main.eventId);
  const found = sameEvent[0] ?? context.sessions.find((session) => session.kind === kind && yearOf(session) === mainYear && sameVenue(session, main));
  return found ? { session: found } : { session: null, reason: `no ${kind} session of ${main.eventName} is stored` };
}

function yearOf(session: TimingSession): number | null {
  const match = /^(\d{4})/.exec(session.startTime ?? '');
  return match ? Number(match[1]) : null;
}

function sameVenue(a: TimingSession, b: TimingSession): boolean {
  return (a.trackId !== null && a.trackId === b.trackId) || a.eventName === b.eventName;
}
