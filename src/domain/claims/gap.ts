import { lapContextBefore, notSecondsAfter, notTimingAfter } from './cues';
import type { ClaimWords } from './languages/claim-words';
import { round } from './lap-time';
import { numberNotation, type NumberToken } from './number-token';
import type { Figure } from './types';

/** Below this many seconds a figure in seconds is a gap; from it on, a lap time ("129.9 seconds"). */
export const shortestLapSeconds = 20;
const longestLapSeconds = 600;

const placeWordAfter = /^[\s-]+(?:place|position|spot|row|on the grid|overall|platz|plaats|lugar|posto|posizione|place|lugar|posição|rang|reihe|startplatz)(?![\p{L}])/iu;

/**
 * Reads a figure in seconds: `.185 seconds`, `0.076-second`, `1.2s`, `0,070 segundos` are gaps; `92.656s`,
 * `129.9 seconds` lap times. Whole seconds are read only where the words make them timing ("under 130 seconds"
 * for a lap, "2 seconds behind"), not in "30 seconds later".
 */
export function readSeconds(text: string, token: NumberToken, words: ClaimWords): Figure | null {
  words.secondsAfter.lastIndex = token.end;
  if (!words.secondsAfter.test(text)) return null;
  const end = words.secondsAfter.lastIndex;
  if (notTimingAfter.test(text.slice(end, end + 24)) || token.value >= longestLapSeconds) return null;
  // "+ 20.593s" in a classification is the gap to the winner, however long.
  const plus = /^\+|\+\s?$/.test(text.slice(Math.max(0, token.start - 2), token.start + 1));
  // "a margin of victory of 27.539 seconds", "27.539 seconds clear": a long gap is still a gap where the words say so.
  // "Lewis Hamilton (22.8s) in the Mercedes in fifth": seconds to a tenth in brackets after a name are a results
  // list's gap; a lap in brackets is given to the thousandth or by the clock.
  const bracketedTenths = token.decimals === 1 && text[end] === ')' && /\p{Lu}\p{Ll}+\s?\($/u.test(text.slice(Math.max(0, token.start - 24), token.start));
  const lapTime = token.value >= shortestLapSeconds && !plus && !bracketedTenths && !hasGapCue(text, token.start, end, words);
  if (token.decimals === 0 && !(lapTime ? hasLapContext(text, token) : hasGapCue(text, token.start, end, words))) return null;
  return {
    kind: lapTime ? 'lap_time' : 'gap',
    start: token.start,
    end,
    value: token.value,
    unit: 's',
    notation: numberNotation(token),
    decimals: token.decimals,
  };
}

// "0’’130s", "0"328", "+0″07": seconds, the seconds mark a lap time writes after them ("1’22’’868"), then the fraction;
// the French and Portuguese press write the mark as an s ("venceu com uma margem de 2s348", "0s329 atrás").
const QUOTED_FRACTION = /(?:''|"|″|”|’’|´´|s(?=\d))(\d{1,4})(?!\d)(?:''|"|″|”|’’)?(?:\s?s(?:ec(?:ond)?s?)?(?![\p{L}]))?/uy;

/** Reads seconds written with a seconds mark before the fraction (`0’’130s`): a gap, or a lap time from 20 seconds on. */
export function readQuotedSeconds(text: string, token: NumberToken): Figure | null {
  if (token.decimals > 0 || token.leadingDot || token.value >= longestLapSeconds) return null;
  QUOTED_FRACTION.lastIndex = token.end;
  const match = QUOTED_FRACTION.exec(text);
  if (!match) return null;
  const fraction = match[1];
  const value = round(token.value + Number(fraction) / 10 ** fraction.length);
  return { kind: value >= shortestLapSeconds && !token.plus ? 'lap_time' : 'gap', start: token.start, end: QUOTED_FRACTION.lastIndex, value, unit: 's', notation: 'quoted-seconds', decimals: fraction.length };
}

/** Reads a gap counted in digits and fraction words: `80 thousandths`, `1 tenth`, `2 tenths of a second`, `3 Zehntel`. */
export function readDigitsFraction(text: string, token: NumberToken, words: ClaimWords): Figure | null {
  words.fractionAfterDigits.lastIndex = token.end;
  const match = words.fractionAfterDigits.exec(text);
  if (!match) return null;
  const unit = words.fractionOf(match[1]);
  if (!unit) return null;
  // "only 0.009 thousandths quicker": seconds written to the thousandth, the unit named twice, as in "0.027 seconds
  // of a second" (9 millionths of a second is no gap anyone times). "0.5 tenths" may well be half a tenth: not ours.
  if (token.decimals > 0) {
    if (unit.decimals < 2 || token.decimals !== unit.decimals || token.value >= 1) return null;
    return { kind: 'gap', start: token.start, end: words.fractionAfterDigits.lastIndex, value: token.value, unit: 's', notation: 'decimal', decimals: token.decimals };
  }
  return {
    kind: 'gap',
    start: token.start,
    end: words.fractionAfterDigits.lastIndex,
    value: round(token.value * unit.seconds),
    unit: 's',
    notation: 'digits-fraction',
    decimals: unit.decimals,
  };
}

// "3/10 devant Verstappen", "6/10ths of a second": tenths, hundredths or thousandths written as a fraction.
const slashFraction = /\/(10|100|1000)(?:ths?|e|es|èmes?)?(?![\d\p{L}/])/uy;

/** Reads a fraction of a second written with a slash, where the words make it a gap ("3/10 devant", "6/10ths of a second"). */
export function readSlashFraction(text: string, token: NumberToken, words: ClaimWords): Figure | null {
  if (token.decimals > 0 || token.plus) return null;
  slashFraction.lastIndex = token.end;
  const match = slashFraction.exec(text);
  if (!match || token.value >= Number(match[1])) return null;
  const fractionEnd = slashFraction.lastIndex;
  words.ofASecond.lastIndex = fractionEnd;
  const ofASecond = words.ofASecond.test(text);
  const end = ofASecond ? words.ofASecond.lastIndex : fractionEnd;
  if (!ofASecond && !hasGapCue(text, token.start, end, words)) return null;
  return { kind: 'gap', start: token.start, end, value: round(token.value / Number(match[1])), unit: 's', notation: 'slash-fraction', decimals: match[1].length - 1 };
}

// "de nummer drie Carlos Sainz (0.092)": a bare figure of thousandths alone in brackets after a name is that
// driver's gap, as results tables and agency copy write it.
function bracketedAfterName(text: string, token: NumberToken): boolean {
  return token.decimals === 3 && token.value < 10 && text[token.end] === ')' && /\p{Lu}\p{Ll}+\s?\($/u.test(text.slice(Math.max(0, token.start - 24), token.start));
}

/** Reads a decimal with no unit as a gap only where the words say so: `+0.071`, `0.150 off`, `by 0.2`, `(+0,055)`. */
export function readBareGap(text: string, token: NumberToken, words: ClaimWords): Figure | null {
  // "+ 28.986" in a classification is the gap to the winner, however long; unsigned, 28.986 is a lap.
  // "gap 16.409", "interval: 21.3": a number labelled a gap is one, however long.
  const labelled = /\b(?:gap|interval|margin)\s*(?:of\s+|:\s*)?$/i.test(text.slice(Math.max(0, token.start - 14), token.start));
  if (token.decimals === 0 || (token.value >= shortestLapSeconds && !token.plus && !labelled)) return null;
  if (notSecondsAfter.test(text.slice(token.end, token.end + 16))) return null;
  words.ofASecond.lastIndex = token.end;
  const end = words.ofASecond.test(text) ? words.ofASecond.lastIndex : token.end;
  if (!token.plus && !labelled && end === token.end && !hasGapCue(text, token.start, token.end, words) && !bracketedAfterName(text, token)) return null;
  return {
    kind: 'gap',
    start: token.start,
    end,
    value: token.value,
    unit: 's',
    notation: numberNotation(token),
    decimals: token.decimals,
  };
}

/**
 * Reads a gap written in words around the fraction word at `wordStart`: `four-tenths`, `a tenth`, `Eight tenths`,
 * `a hundredth`, `zwei Zehntel`, `tres décimas`, taking in "of a second". Returns null for an ordinal such as
 * "tenth place".
 */
export function readFractionWords(text: string, wordStart: number, wordEnd: number, words: ClaimWords): Figure | null {
  const unit = words.fractionOf(text.slice(wordStart, wordEnd));
  const count = unit ? readCountBefore(text, wordStart, words) : null;
  if (!unit || !count || placeWordAfter.test(text.slice(wordEnd, wordEnd + 16)) || COUNTED_AFTER.test(text.slice(wordEnd, wordEnd + 24))) return null;
  // "an hour and three-quarters remaining": a part of an hour, a time left in the race.
  if (/\b(?:hours?|minutes?|laps?)\s+and\s+(?:a\s+)?$/i.test(text.slice(Math.max(0, count.start - 16), count.start)) || notTimingAfter.test(text.slice(wordEnd, wordEnd + 24))) return null;
  // "with a little under a quarter-hour to go", "a quarter of an hour", "the final quarter of the race": a part of
  // an hour, a lap or the race, not of a second.
  if (PART_OF_ELSE.test(text.slice(wordEnd, wordEnd + 24))) return null;
  const half = halfAfter(text, wordEnd);
  words.ofASecond.lastIndex = half?.end ?? wordEnd;
  const end = words.ofASecond.test(text) ? words.ofASecond.lastIndex : (half?.end ?? wordEnd);
  const value = count.value + (half ? 0.5 : 0);
  return {
    kind: 'gap',
    start: count.start,
    end,
    value: round(value * unit.seconds),
    unit: 's',
    notation: 'words-fraction',
    decimals: unit.decimals + (value % 1 === 0 ? 0 : 1),
  };
}

// A fraction word followed by what it is a part of, other than a second: "quarter-hour", "quarter of a mile",
// "three-quarters of the race distance".
const PART_OF_ELSE = /^(?:-|\s+)(?:hours?|miles?|laps?)\b|^\s+of\s+(?:an?\s+|the\s+)?(?:hours?|miles?|laps?|race|distance|way|field|season|circuit|track)\b/i;

// "Formula 1's one-hundredth pole sitter", "his one-hundredth win": an ordinal of the thing after it, not a fraction.
const COUNTED_AFTER = /^[\s-]+(?:pole|pole-?sitters?|polesitters?|wins?|victor(?:y|ies)|races?|starts?|podiums?|grands? prix|GP|appearances?|seasons?|career|anniversary|edition|time\b)/iu;

// A figure's unit and "of" right before "a second": "0.027 seconds of a second", "two tenths of a second".
const UNIT_OF_BEFORE = /\d\s*(?:s|secs?|seconds?|tenths?|hundredths?|thousandths?)\s+of\s+$/i;

/**
 * Reads a gap of whole or half seconds in words around "second(s)" at `wordStart`: `half a second`, `medio
 * segundo`, and `a second` or `two seconds` where the words around make it a gap ("by over a second", "a second
 * faster").
 */
export function readSecondWords(text: string, wordStart: number, wordEnd: number, words: ClaimWords): Figure | null {
  const count = readCountBefore(text, wordStart, words);
  if (!count) return null;
  // "0.027 seconds of a second quicker": the writer's doubled unit, no second figure.
  if (UNIT_OF_BEFORE.test(text.slice(Math.max(0, count.start - 30), count.start))) return null;
  // "a second and a half", "un segundo y medio".
  const andHalf = halfAfter(text, wordEnd);
  const end = andHalf?.end ?? wordEnd;
  const value = count.value + (andHalf ? 0.5 : 0);
  const half = value % 1 !== 0;
  if (!half && !hasGapCue(text, count.start, end, words)) return null;
  return {
    kind: 'gap',
    start: count.start,
    end,
    value,
    unit: 's',
    notation: 'words-second',
    decimals: half ? 1 : 0,
  };
}

// "nearly a minute behind the winner", "over a minute clear", "a margin of two minutes": a race's gap in whole minutes,
// read only where the words make it the distance to another car (not "a minute later", "with a minute left").
const MINUTE_CUE_AFTER = /^\s*(?:ahead|behind|clear|adrift|back|in hand|in arrears|off the (?:lead|leader|winner|pace))(?![\p{L}])/iu;
const MINUTE_CUE_BEFORE = /\b(?:(?:margin|lead|advantage|gap|deficit|cushion)\s+of|(?:won|wins|win|winning|victory)\s+by)\s+(?:(?:just|only|nearly|almost|over|more than|less than|some|around|about|a full|fully)\s+)?$/i;

/** Reads a gap of whole minutes in words ("a minute behind", "two minutes clear"), English only: 60 seconds a minute. */
export function readMinuteWords(text: string, wordStart: number, wordEnd: number, words: ClaimWords): Figure | null {
  const count = readCountBefore(text, wordStart, words);
  if (!count || count.value % 1 !== 0) return null;
  if (!MINUTE_CUE_AFTER.test(text.slice(wordEnd, wordEnd + 24)) && !MINUTE_CUE_BEFORE.test(text.slice(Math.max(0, count.start - 40), count.start))) return null;
  return { kind: 'gap', start: count.start, end: wordEnd, value: count.value * 60, unit: 's', notation: 'words-second', decimals: 0 };
}

function hasGapCue(text: string, start: number, end: number, words: ClaimWords): boolean {
  return words.gapCueAfter.test(text.slice(end, end + 24)) || words.gapCueBefore.test(text.slice(Math.max(0, start - 40), start));
}

function hasLapContext(text: string, token: NumberToken): boolean {
  return lapContextBefore.test(text.slice(Math.max(0, token.start - 80), token.start));
}

// "and a half" after a unit ("a second and a half", "a tenth and a half") and its kin in the other languages.
const HALF_AFTER = /^\s+(?:and a half|y medi[oa]|e mezz[oa]|et demie?|e mei[oa])(?![\p{L}])/iu;
// A count and a half before the unit: "two and a half seconds", "2 and a half tenths".
const COUNT_AND_A_HALF = /(?:^|[^\p{L}\d])(\p{L}+|\d+)\s+and\s+a\s+half[\s-]+$/iu;

function halfAfter(text: string, end: number): { end: number } | null {
  const match = HALF_AFTER.exec(text.slice(end, end + 16));
  return match ? { end: end + match[0].length } : null;
}

function readCountBefore(text: string, wordStart: number, words: ClaimWords): { start: number; value: number } | null {
  const compound = COUNT_AND_A_HALF.exec(text.slice(Math.max(0, wordStart - 36), wordStart));
  if (compound) {
    const whole = /^\d+$/.test(compound[1]) ? Number(compound[1]) : words.countOf(compound[1]);
    if (whole === null || whole === 0.5) return null;
    return { start: wordStart - compound[0].length + compound[0].indexOf(compound[1]), value: whole + 0.5 };
  }
  const before = text.slice(Math.max(0, wordStart - 16), wordStart);
  const match = words.countBefore.exec(before);
  if (!match) return null;
  const value = words.countOf(match[1]);
  if (value === null || value === 0) return null;
  const countStart = match.indices?.[1]?.[0] ?? match.index;
  return { start: wordStart - before.length + countStart, value };
}
