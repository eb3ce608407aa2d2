import type { TimingSession } from '../timing';

// "Nella qualifica Sprint di venerdì, con Verstappen poleman", "in Friday's sprint qualifying", "the Sprint
// Shootout", "im Sprint-Qualifying", "la qualification sprint": an F1 sprint weekend's own qualifying, a session of
// its own that sets the sprint's grid, not the grand prix's qualifying the timing usually holds.
// Its parts are SQ1 to SQ3 ("knocked out in SQ1", "Norris' first lap in SQ3"), and its pole the sprint's ("Norris
// hails job done with Sprint pole", "pole position for the Sao Paulo Grand Prix sprint race").
const SPRINT_QUALIFYING =
  /\bsprint[- ]?(?:qualifying|quali|shoot-?out|pole)\b|\bSQ[123]\b|\bpole(?:\s+position)?\s+for\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’]*\s+){0,4}sprint\b|\bqualif(?:ying|ied)\s+for\s+the\s+sprint\b|\bqualifica(?:zioni)?\s+(?:della\s+|per\s+la\s+)?sprint\b|\bqualifications?\s+(?:du\s+|pour\s+le\s+)?sprint\b|\bclasificaci[oó]n\s+(?:del\s+|para\s+el\s+)?sprint\b|\bkwalificatie\s+(?:voor\s+de\s+)?sprint\b|\bsprint[- ]?kwalificatie\b|\bqualifica[cç][aã]o\s+(?:da\s+|para\s+a\s+)?sprint\b/iu;

/** Whether the words name an F1 sprint qualifying or shootout. */
export function namesSprintQualifying(words: string): boolean {
  return SPRINT_QUALIFYING.test(words);
}

/** The stored sprint qualifying a claim that names one is checked against, or why there is none. */
export function sprintQualifyingChoice(sessions: readonly TimingSession[], main: TimingSession): { session: TimingSession } | { session: null; reason: string } {
  const stored = sessions.filter((session) => session.eventId === main.eventId && /sprint/i.test(session.name) && /qualif|shoot/i.test(session.name));
  if (stored.length === 1) return { session: stored[0] };
  return { session: null, reason: `it is about the sprint qualifying of ${main.eventName}, which is not stored` };
}
