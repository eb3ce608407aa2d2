// Words around a gap that say it is one: "0.150 off", "by 0.2", "faster than".

/** Words after a figure that make it a gap between two cars. */
export const gapCueAfter =
  /^\s*(?:of a second\s+)?(?:off|ahead|behind|faster|quicker|slower|clear|adrift|back|down|shy|short|up on|better|worse|in hand|per lap|a lap|over|under)\b/i;

/** Words before a figure that make it a gap ("by 0.150", "gap of 0.2", "+0.071"). */
export const gapCueBefore =
  /(?:\bby|\bgap of|\bmargin of|\bdeficit of|\bgap was|\bgap is|\bgap to\s+\S+\s+(?:of|was|is))\s+(?:(?:just|only|some|around|about|roughly|more than|over|under|less than|nearly|almost|just over|just under)\s+)*$/i;

/** Words after a seconds figure that make it a penalty or a duration, not a lap time or gap. */
export const notTimingAfter = /^\s*(?:penalty|penalties|stop|stop-and-go|stop-go|hold|left|remaining|to go|of racing)\b/i;

/** Words after a decimal that give it a unit other than seconds ("1.5 million", "2.4 km", "4.5 litre"). */
export const notSecondsAfter =
  /^\s*-?\s*(?:%|percent|per cent|million|billion|points?|pts|laps?|km|kilomet|miles?|metres?|meters?|m\b|kg|kilos?|litres?|liters?|l\b|°|degrees|kw|hp|bhp|bar|psi|rpm|x\b)/i;

/** Words before a whole number of seconds that make it a lap time ("the only lap completed in under 130 seconds"). */
export const lapContextBefore = /\b(?:lap|laps|lapped|lapping|time|clocked|record|pole|best|fastest|completed|qualif\w*)\b[^.!?\n]*$/i;
