import type { Claim } from '../claims';
import { trackOfSession, type TimingSession, type Track } from '../timing';
import { earlierDayNotStored, startedOn, weekdayOf, type SessionDay } from './session-day';
import { isSplitQualifying } from './split-sessions';
import { sprintQualifyingChoice } from './sprint-session';
import { holdsSpeed, sessionHoldsTime } from './session-evidence';
import { seriesCode } from './session-hint';
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
export function chooseSession(hint: SessionHint, context: CheckContext, claim?: Pick<Claim, 'kind' | 'value' | 'decimals'> & Partial<Pick<Claim, 'unit'>>): SessionChoice {
  const choice = chooseByWords(hint, context, claim);
  const earlier = choice.session ? earlierDayNotStored(hint.day, choice.session, context.sessions) : null;
  return earlier ? { session: null, reason: earlier } : choice;
}

function chooseByWords(hint: SessionHint, context: CheckContext, claim?: Pick<Claim, 'kind' | 'value' | 'decimals'> & Partial<Pick<Claim, 'unit'>>): SessionChoice {
  const main = mainSession(context);
  if (!main) return { session: null, reason: 'no timing session is linked to this article' };
  if (hint.record) return { session: null, reason: 'records are not stored, only the linked sessions' };
  if (hint.series && seriesCode(hint.series) !== main.series) return { session: null, reason: `it is about the ${hint.series}; the timing loaded is ${main.series}'s ${main.eventName}` };
  if (hint.sprintQualifying) return sprintQualifyingChoice(context.sessions, main);
  if (hint.otherEvent && !sameEvent(hint.otherEvent, main)) return { session: null, reason: `it is about ${hint.otherEvent === 'another event' ? 'another event' : `the ${hint.otherEvent} event`}, not ${main.eventName}` };
  const yearOf = (session: TimingSession) => eventYear(session, context.sessions);
  const mainYear = yearOf(main);
  const year = hint.lastYear && mainYear !== null ? mainYear - 1 : hint.year !== null && hint.year !== mainYear ? hint.year : null;
  // "when Norris crossed the line 0.082s off the champion" in a qualifying report, "finishing 0.351 seconds clear" in a
  // practice report, "Hulkenberg finished in fifth place 1.104 seconds behind" in a qualifying report's paragraph
  // naming no race: the lap, or the session, that ended there.
  const kind = (hint.raceByLine && main.kind === 'qualifying') || (hint.endByLine && main.kind !== 'race') ? main.kind : (hint.kind ?? (main.kind === 'race' && hint.qualifyingParagraph ? 'qualifying' : main.kind));
  if (year !== null) {
    const found = context.sessions.find((session) => yearOf(session) === year && session.kind === kind && sameVenue(session, main));
    return found ? { session: found } : { session: null, reason: `no ${year} ${kind} session of ${main.eventName} is stored` };
  }
  // "For Juncadella, who was quickest in the morning session": no session word, but the part of the main session's day
  // it names is another session's.
  const day = dayOf(hint.day, main);
  if (hint.kind === null && day?.within && day.part !== null && !startedOn(main, day)) {
    const then = context.sessions.filter((session) => session.eventId === main.eventId && startedOn(session, day));
    if (then.length === 1) return { session: then[0] };
  }
  if (kind === main.kind && (hint.number === null || numberOf(main) === hint.number || numberOf(main) === null)) return { session: main };
  const ofKind = context.sessions.filter((session) => session.kind === kind && (session.eventId === main.eventId || (yearOf(session) === mainYear && sameVenue(session, main))));
  if (ofKind.length === 0) return { session: null, reason: `no ${kind} session of ${main.eventName} is stored` };
  if (ofKind.length === 1) return { session: ofKind[0] };
  return whichOf(ofKind, { ...hint, day }, claim, kind, context.tracks);
}

// "this morning's practice": a day the text leaves to the article is the main session's.
function dayOf(day: SessionDay | null, main: TimingSession): SessionDay | null {
  if (day === null || day.weekday !== null) return day;
  const weekday = weekdayOf(main);
  return weekday === null ? null : { ...day, weekday };
}

// Several sessions of the kind the words name (practice 1, 2 and 3): the one they number, else the only one
// holding the figure's lap time (or the one run on the day the text names), else none: a figure checked against the wrong practice would be contradicted.
function whichOf(sessions: TimingSession[], hint: SessionHint, claim: (Pick<Claim, 'kind' | 'value' | 'decimals'> & Partial<Pick<Claim, 'unit'>>) | undefined, kind: string, tracks: readonly Track[] = []): SessionChoice {
  if (hint.number !== null) {
    const numbered = sessions.filter((session) => numberOf(session) === hint.number);
    if (numbered.length === 1) return { session: numbered[0] };
  }
  // "Garcia was quickest in class during Thursday afternoon's dry practice session": the one run then.
  const day = hint.day;
  if (day !== null) {
    const then = sessions.filter((session) => startedOn(session, day));
    if (then.length === 1) return { session: then[0] };
  }
  if (claim?.kind === 'lap_time') {
    const holding = sessions.filter((session) => sessionHoldsTime(session, claim.value, claim.decimals));
    if (holding.length === 1) return { session: holding[0] };
  }
  // "broke the track record with a lap time of 1:14.400 (108.290 mph)": a lap's speed tells its session as its time does.
  if (claim?.kind === 'speed' && claim.unit) {
    const unit = claim.unit;
    const holding = sessions.filter((session) => {
      const track = trackOfSession(session, tracks);
      return track !== null && holdsSpeed(session, track, { value: claim.value, decimals: claim.decimals, unit });
    });
    if (holding.length === 1) return { session: holding[0] };
  }
  // Qualifying run in class groups is one qualifying: the claim is checked in the group of its car.
  if (sessions.every(isSplitQualifying)) return { session: sessions[0] };
  return { session: null, reason: `${sessions.length} ${kind} sessions are stored and the text does not say which (${sessions.map((session) => session.name).join(', ')})` };
}

// The number in a session's name: 2 for "Practice 2", "FP2" or "Session 2".
function numberOf(session: TimingSession): number | null {
  const match = /(\d+)\s*$/.exec(session.name);
  return match ? Number(match[1]) : null;
}

// "Singapore" names the Singapore Grand Prix; "Japanese" the Japanese one; a word of the event's name is enough.
function sameEvent(written: string, session: TimingSession): boolean {
  const words = written.toLowerCase().split(/\s+/).filter((word) => word.length > 2);
  const name = `${session.eventName} ${session.trackId ?? ''}`.toLowerCase();
  return words.some((word) => name.includes(word.slice(0, Math.max(4, word.length - 3))));
}

// The year a session was run; an F1 qualifying the Ergast tables give no start time is of its race's year. A WEC lap
// analysis has no start time at all, but its event id holds the year ("wec-2025-spa-6h"), as F1's does.
function eventYear(session: TimingSession, sessions: TimingSession[]): number | null {
  const own = startYear(session);
  if (own !== null) return own;
  const sibling = sessions.find((other) => other.eventId === session.eventId && startYear(other) !== null);
  if (sibling) return startYear(sibling);
  const inId = /(?:^|-)((?:19|20)\d\d)(?:-|$)/.exec(session.eventId);
  return inId ? Number(inId[1]) : null;
}

function startYear(session: TimingSession): number | null {
  const match = /^(\d{4})/.exec(session.startTime ?? '');
  return match ? Number(match[1]) : null;
}

function sameVenue(a: TimingSession, b: TimingSession): boolean {
  return (a.trackId !== null && a.trackId === b.trackId) || a.eventName === b.eventName;
}
