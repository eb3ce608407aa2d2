import { notSecondsAfter } from './cues';
import { numberNotation, type NumberToken } from './number-token';
import { shortestLapSeconds } from './gap';
import type { Figure } from './types';

// Written with no unit, a lap is told by the verb that sets it: "delivered a 71.6320", "up to the top with a
// 72.4807", "a best of 92.656", as the IndyCar and oval press (and some F1 copy) write times to the ten-thousandth.
const LAP_SET_BEFORE =
  /(?:\b(?:set|sets|setting|posted|posting|posts|clocked|clocking|recorded|recording|produced|producing|delivered|delivering|landed|landing|banged in|turned in|turning in|put in|putting in|laid down|laying down|logged|logging|found|finding|with)\s+(?:a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+)?|\b(?:best|time|lap|effort|flyer|run)\s+of\s+(?:a\s+)?|\blapped\s+in\s+)$/iu;
// What follows makes the figure something else: a lead or a margin ("with a 23.456 lead"), a speed, a distance.
const NOT_LAP_AFTER = /^\s*-?\s*(?:lead|margin|advantage|gap|cushion|deficit|mph|km\/h|kph|average|avg)(?![\p{L}])/iu;

/**
 * Reads a decimal with no unit as a lap time where a lap-setting verb stands right before it and it is given to the
 * thousandth or finer (`delivered a 71.6320`). Up to 150 seconds only: an oval's bare "233.383" is a speed.
 */
export function readBareLap(text: string, token: NumberToken): Figure | null {
  if (token.plus || token.leadingDot || token.decimals < 3 || token.value < shortestLapSeconds || token.value >= 150) return null;
  const after = text.slice(token.end, token.end + 16);
  if (notSecondsAfter.test(after) || NOT_LAP_AFTER.test(after) || /^[\d:/]/.test(after)) return null;
  if (!LAP_SET_BEFORE.test(text.slice(Math.max(0, token.start - 48), token.start))) return null;
  return { kind: 'lap_time', start: token.start, end: token.end, value: token.value, unit: 's', notation: numberNotation(token), decimals: token.decimals };
}
