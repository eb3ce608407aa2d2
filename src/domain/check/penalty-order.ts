// Words saying penalties changed a session's order after it ("his time was disallowed", "inherited the pole"), which
// the timing, ordered on time only, does not show.

// Words saying the order was changed after the session: the timing holds the order on time only.
export const PENALTY_ORDER =
  /\binherit(?:ed|s)?\s+(?:the\s+)?(?:\w+\s+)?(?:pole|win|victory|lead|position|place)\b|\b(?:times?|laps?)\s+(?:was|were|has been|have been)\s+(?:also\s+)?(?:disallowed|deleted|cancelled|scrubbed|removed)|\bhad (?:his|her|their) (?:best\s+)?(?:time|lap)s?\s+(?:disallowed|deleted|cancelled)|\b(?:moved|sent|relegated|dropped)\s+to\s+the\s+(?:rear|back)\b|\bstripped of\b|\bgrid penalt|\b(?:excluded|disqualified)\s+from\s+(?:qualifying|the (?:session|results))|\b(?:by virtue of|because of|after|following)\s+(?:the|a|his|her|their)\s+(?:\w+\s+)?penalt/i;
