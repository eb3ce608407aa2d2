import type { TimingSession } from '../timing';

/** When in the week a session ran, as the text says it: "Thursday afternoon's practice", "Friday's session". */
export interface SessionDay {
  /** 0 for Sunday to 6 for Saturday. */
  weekday: number;
  part: 'morning' | 'afternoon' | 'evening' | null;
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

/** The one day of the week `text` names, with the part of the day said with it; null for none or several. */
export function readSessionDay(text: string): SessionDay | null {
  const days = WEEKDAYS.map((pattern, weekday) => ({ weekday, found: pattern.exec(text) })).filter((day) => day.found);
  if (days.length !== 1) return null;
  const part = PARTS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
  return { weekday: days[0].weekday, part };
}

/** Whether `session` started on that day (and in that part of it), read off its local start time; false unknown. */
export function startedOn(session: TimingSession, day: SessionDay): boolean {
  const stamp = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}))?/.exec(session.startTime ?? '');
  if (!stamp) return false;
  const weekday = new Date(Date.UTC(Number(stamp[1]), Number(stamp[2]) - 1, Number(stamp[3]))).getUTCDay();
  if (weekday !== day.weekday) return false;
  if (day.part === null || stamp[4] === undefined) return true;
  const hour = Number(stamp[4]);
  return day.part === 'morning' ? hour < 12 : day.part === 'afternoon' ? hour >= 12 && hour < 18 : hour >= 17;
}
