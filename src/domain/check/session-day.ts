import type { TimingSession } from '../timing';

/** When in the week a session ran, as the text says it: "Thursday afternoon's practice", "Friday's session". */
export interface SessionDay {
  /** 0 for Sunday to 6 for Saturday; null for "this morning's session", the day of the session the article is about. */
  weekday: number | null;
  part: 'morning' | 'afternoon' | 'evening' | null;
  /** The words say the figure was set in that session ("quickest in the morning session"), not compared with it. */
  within?: boolean;
}

// The days of the week in the languages Racedesk reads, Sunday first.
const WEEKDAYS: RegExp[] = [
  /\b(?:sunday|sonntag|zondag|dimanche|domingo|domenica)/i,
  /\b(?:monday|montag|maandag|lundi|lunes|lunedì|segunda-feira)/i,
  /\b(?:tuesday|dienstag|dinsdag|mardi|martes|martedì|terça-feira)/i,
  /\b(?:wednesday|mittwoch|woensdag|mercredi|miércoles|mercoledì|quarta-feira)/i,
  /\b(?:thursday|donnerstag|donderdag|jeudi|jueves|giovedì|quinta-feira)/i,
  /\b(?:friday|freitag|vrijdag|vendredi|viernes|venerdì|sexta-feira)/i,
  /\b(?:saturday|samstag|zaterdag|samedi|sábado|sabato)/i,
];
const PARTS: [SessionDay['part'], RegExp][] = [
  ['morning', /\bmorning|\bvormittag|\bochtend|\bmatin|\bmañana|\bmattin/i],
  ['afternoon', /\bafternoon|\bnachmittag|\bmiddag|\baprès-midi|\btarde|\bpomeriggio/i],
  ['evening', /\bevening|\bnight|\babend|\bavond|\bsoir|\bnoche/i],
];

// "this morning's practice", "the morning session", "the afternoon warm-up": a part of the day with no weekday is
// of the day the article's session ran ("For Juncadella, who was quickest in the morning session" in a report on
// the afternoon's qualifying).
// "oggi ha concluso in 1'04"718", "today's lap": today is the day of the article's session too.
const SAME_DAY =
  /\btoday\b|\boggi\b|\bheute\b|\baujourd['’]hui\b|\bhoy\b|\bhoje\b|\bvandaag\b|\bthis (?:morning|afternoon|evening)\b|\b(?:morning|afternoon|evening)(?:['’]s)?\s+(?:session|practice|warm-?up|running|outing)\b|\bheute (?:Morgen|Vormittag|Nachmittag)\b|\bvanochtend\b|\bvanmiddag\b|\bce (?:matin|soir)\b|\bcet après-midi\b|\besta (?:mañana|tarde)\b|\bstamattina\b|\bquesto pomeriggio\b|\besta manhã\b/i;

// "didn't match the quick times from Saturday morning's session", "quicker than this morning": a session the figure
// is compared with, not the one it was set in ("quickest in the morning session", "His speed Saturday morning of").
const COMPARED = /\b(?:from|than|match(?:ed|es)?|off|over|compared (?:to|with)|improv\w* on)\s+(?:\S+\s+){0,2}?(?:\p{Lu}\p{Ll}+day(?:['’]s)?\s+)?(?:this\s+)?(?:morning|afternoon|evening|night)\b/iu;

/** The one day of the week `text` names, with the part of the day said with it; null for none or several. */
export function readSessionDay(text: string): SessionDay | null {
  const days = WEEKDAYS.map((pattern, weekday) => ({ weekday, found: pattern.exec(text) })).filter((day) => day.found);
  const part = PARTS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
  const within = COMPARED.test(text) ? {} : { within: true };
  if (days.length === 0 && SAME_DAY.test(text)) return { weekday: null, part, ...within };
  if (days.length !== 1) return null;
  return { weekday: days[0].weekday, part, ...within };
}

/** Whether `session` started on that day (and in that part of it), read off its local start time; false unknown. */
export function startedOn(session: TimingSession, day: SessionDay): boolean {
  const stamp = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}))?/.exec(session.startTime ?? '');
  if (!stamp || day.weekday === null) return false;
  const weekday = new Date(Date.UTC(Number(stamp[1]), Number(stamp[2]) - 1, Number(stamp[3]))).getUTCDay();
  if (weekday !== day.weekday) return false;
  if (day.part === null || stamp[4] === undefined) return true;
  const hour = Number(stamp[4]);
  return day.part === 'morning' ? hour < 12 : day.part === 'afternoon' ? hour >= 12 && hour < 18 : hour >= 17;
}

/** The day of the week `session` started on, read off its local start time; null when unknown. */
export function weekdayOf(session: TimingSession): number | null {
  const stamp = /^(\d{4})-(\d{2})-(\d{2})/.exec(session.startTime ?? '');
  return stamp ? new Date(Date.UTC(Number(stamp[1]), Number(stamp[2]) - 1, Number(stamp[3]))).getUTCDay() : null;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The day named for a figure when it falls one to three days before the session it would be checked against and no
 * stored session of that event ran then: "Norris invece, dall'1'04"779 di venerdì" in a Saturday qualifying report is
 * Friday's sprint qualifying, which is not stored, and checking it against Saturday's would contradict it. A day
 * after the session ("pole for Sunday's race") is the race to come, and a session with no start time says nothing.
 */
export function earlierDayNotStored(day: SessionDay | null, chosen: TimingSession, sessions: readonly TimingSession[]): string | null {
  if (day === null || day.weekday === null || !day.within) return null;
  const weekday = weekdayOf(chosen);
  if (weekday === null) return null;
  const before = (weekday - day.weekday + 7) % 7;
  if (before < 1 || before > 3) return null;
  const event = sessions.filter((session) => session.eventId === chosen.eventId);
  if (event.some((session) => weekdayOf(session) === null || weekdayOf(session) === day.weekday)) return null;
  return `it is about ${WEEKDAY_NAMES[day.weekday]}'s running; no session of ${chosen.eventName} run that day is stored`;
}
