import { claimWordsOf, type ClaimWords } from './languages/claim-words';
import { english } from './languages/english';
import type { Figure, Notation } from './types';

const MINUTE_MARK = `['′’´\`]`;
const FRACTION_QUOTE = `(?:''|"|″|”|“|’’|´´)`;
const CLOSING_QUOTE = `(?:'''|‴|’’’|''|"|″|”|’’|'|’)`;

const patternsByWords = new WeakMap<ClaimWords, [Notation, RegExp][]>();

// The clock forms, tried in this order at a digit; each ends where the figure's unit word (if any) ends.
function clockNotations(words: ClaimWords): [Notation, RegExp][] {
  const known = patternsByWords.get(words);
  if (known) return known;
  const seconds = String.raw`(?:\s?(?:${words.secondsWord})(?![\p{L}]))?`;
  const minutesAfter = String.raw`(?:\s?(?:${words.minutesWord})(?![\p{L}]))?`;
  const unitAfter = String.raw`(?:\s?(?:${words.secondsWord}|${words.minutesWord})(?![\p{L}]))?`;
  const patterns: [Notation, RegExp][] = [
    // "1:02:03.456", and "1:31.05.862" with a dot after the minutes: hours, minutes and seconds.
    ['hours-colon', new RegExp(String.raw`(\d{1,2}):(\d{2})[:.](\d{2})[.,](\d{1,4})${seconds}`, 'iuy')],
    ['colon', new RegExp(String.raw`(\d{1,2}):(\d{2})[.,](\d{1,4})(?!\d)${unitAfter}`, 'iuy')],
    ['prime', new RegExp(String.raw`(\d{1,2})${MINUTE_MARK}(\d{2})[.,](\d{1,4})(?!\d)${seconds}`, 'iuy')],
    ['prime-quote', new RegExp(String.raw`(\d{1,2})${MINUTE_MARK}(\d{2})${FRACTION_QUOTE}(\d{1,4})${CLOSING_QUOTE}?`, 'uy')],
    ['minutes-letters', new RegExp(String.raw`(\d{1,2})\s?m(?:in)?\.?\s?(\d{1,2})[.,](\d{1,4})(?:\s?s(?:ecs?|econds?|ec\.)?)?(?![\p{L}\d])`, 'iuy')],
    // "1min47s765", "1m32s656": the seconds' letter stands where the decimal point would (Portuguese and Brazilian sites).
    ['minutes-letters', /(\d{1,2})\s?m(?:in)?\.?\s?(\d{2})s(\d{3})(?![\p{L}\d])/iuy],
    // "1 minute, 32.656 seconds", "one minute and 25.154 seconds".
    ['minutes-words', new RegExp(String.raw`(\d{1,2}|un|one|ein|une|uno|um)\s+(?:${words.minutesWord})(?:\s*,|\s+(?:and|und|en|y|e|et))?\s+(\d{1,2})[.,](\d{1,4})(?!\d)${seconds}`, 'iuy')],
    ['dotted', new RegExp(String.raw`(\d{1,2})\.(\d{2})[.,](\d{1,3})(?!\d|\.\d)${minutesAfter}`, 'iuy')],
    ['minutes-words', new RegExp(String.raw`(\d{1,2}|un|one|ein|une|uno|um)\s+(?:${words.minutesWord}),?\s+(\d{1,2})\s+(?:${words.secondsWord})\s*(?:,|and|und|en|y|e|et)?\s*(\d{1,3})\s*(?:\/\s*1000|${words.fractionWord})(?![\p{L}])`, 'iuy')],
  ];
  patternsByWords.set(words, patterns);
  return patterns;
}

/**
 * Reads a lap or race time written as a clock at `start`: `1:32.656`, `1:32,656`, `1:02:03.456`, `1'32.656`,
 * `1´48.601`, `1'32"656`, `1'32''656'''`, `1m32.656s`, `1min 32.656s`, `1m29.179secs`, `1 minute, 32.656
 * seconds`, `1.05.390`, `1.32,656`, `2:06.544 seconds`, `1:26,720 Minuten`. A time without a fraction ("12:20")
 * is not read.
 */
export function readClockTime(text: string, start: number, words: ClaimWords = claimWordsOf(english)): Figure | null {
  if (!mayStartClock(text, start)) return null;
  for (const [notation, pattern] of clockNotations(words)) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (!match) continue;
    const parts = match.slice(1).filter((part) => part !== undefined).map((part) => (/^\d+$/.test(part) ? Number(part) : 1));
    const fraction = match.slice(1).filter((part) => part !== undefined).at(-1)!;
    const [hours, minutes, seconds] = parts.length === 4 ? parts : [0, ...parts];
    if (minutes >= 60 || seconds >= 60) return null;
    const counted = countedFraction(match[0], fraction, words);
    if (counted) {
      return { kind: 'lap_time', start, end: pattern.lastIndex, value: round(minutes * 60 + seconds + counted.seconds), unit: 's', notation, decimals: counted.decimals };
    }
    return {
      kind: 'lap_time',
      start,
      end: pattern.lastIndex,
      value: round(hours * 3600 + minutes * 60 + seconds + Number(fraction) / 10 ** fraction.length),
      unit: 's',
      notation,
      decimals: fraction.length,
    };
  }
  return null;
}

// "45 segundos y 681 milésimas", "36 secondes 15/1000": the fraction counted in a unit, not written as digits.
function countedFraction(written: string, fraction: string, words: ClaimWords): { seconds: number; decimals: number } | null {
  if (/\/\s*1000/.test(written)) return { seconds: Number(fraction) / 1000, decimals: 3 };
  const unit = new RegExp(String.raw`(${words.fractionWord})\s*$`, 'iu').exec(written);
  const value = unit ? words.fractionOf(unit[1]) : null;
  return value ? { seconds: Number(fraction) * value.seconds, decimals: value.decimals } : null;
}

const wordedStart = new WeakMap<ClaimWords, RegExp>();

/** Lap times that open with a word for one minute ("un minuto, 45 segundos y 681 milésimas"), in text order. */
export function findWordedClockTimes(text: string, words: ClaimWords): Figure[] {
  let pattern = wordedStart.get(words);
  if (!pattern) {
    pattern = new RegExp(String.raw`(?<![\p{L}])(?:un|one|ein|une|uno|um)\s+(?:${words.minutesWord})(?![\p{L}])`, 'giu');
    wordedStart.set(words, pattern);
  }
  const found: Figure[] = [];
  for (const match of text.matchAll(pattern)) {
    const figure = readClockTime(text, match.index, words);
    if (figure) found.push(figure);
  }
  return found;
}

// Every clock opens with one or two digits and then a colon, a dot, a prime or quote, "m" or a space: most
// numbers are ruled out by the character after their digits, without trying the patterns.
function mayStartClock(text: string, start: number): boolean {
  if (!isDigit(text.charCodeAt(start))) return /^(?:un|one|ein|une|uno|um)\s/i.test(text.slice(start, start + 4));
  let end = start;
  while (end < text.length && end - start <= 2 && isDigit(text.charCodeAt(end))) end += 1;
  if (end - start > 2) return false;
  const next = text[end];
  return next === ':' || next === '.' || next === "'" || next === '′' || next === '’' || next === '´' || next === '`' || next === 'm' || next === 'M' || /\s/.test(next ?? '');
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Rounds away binary noise so 60 + 32.656 reads as 92.656. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

// "under the 1min19sec barrier", "below 1:50", "a sub-1m44s lap", "break the 1m12s barrier", "unter 50″": a lap time
// in whole seconds is read only as the limit a lap went under (a clock with no fraction is otherwise a time of day,
// "12:20").
const LIMIT_BEFORE =
  /(?:(?<![\p{L}])(?:under|below|beneath|unter|sous|sotto|onder|por debajo de|abaixo de)(?:\s+(?:the|die|den|les|la|il|de|het|los|las|os|as))?\s+|\bsub-?|\b(?:break|breaks|breaking|broke|broken)\s+(?:the\s+)?)$/iu;
// The sentence's full stop may follow ("went under 1m12s."), a decimal may not ("1m12s.5" is no whole second).
// "the only other sub-66-second lap", "under the 80-second mark": seconds alone made an adjective of the lap, time or
// mark they limit (a bare "under 40 seconds" is as often a gap).
const WHOLE_SECONDS =
  /(\d{1,2}):(\d{2})(?![\d:'"’]|[.,]\d|\s?[ap]\.?m\b)|(\d{1,2})\s?m(?:in)?\s?(\d{2})\s?s(?:ecs?|econds?)?(?![\p{L}\d]|[.,]\d)|(\d{2,3})(?:\s?[″"](?![\d]|[.,]\d)|-second(?=\s+(?:(?:flying|qualifying|race)\s+)?(?:lap|time|run|barrier|mark)s?\b))/iuy;

// "the only driver into the 1:17s", "a entrar nos 1:17s": a whole-second clock made plural is a lap in that second;
// so is "the first to set a time in the 1m08s", where the seconds' letter the plural stands on ("1m08") is left out.
// "dived straight into the 1m30s bracket", "the 1m12s barrier": a band or a limit named as such is no lap.
const DECADE_BEFORE = /(?<![\p{L}])(?:the|nos|nas|los|las|les|die|de|i)\s+$/iu;
const CLOCK_PLURAL = /(\d{1,2})(?::|\s?m(?:in)?\s?)(\d{2})s(?![\p{L}\d]|[.,]\d|\s+(?:bracket|zone|window|range|region|barrier|mark)\b)/uy;

/** Reads a whole-second lap time after "under", "below", "sub-" or "break the", or a plural clock ("the 1:17s"), or null. */
export function readLimitTime(text: string, start: number): Figure | null {
  const before = text.slice(Math.max(0, start - 24), start);
  if (DECADE_BEFORE.test(before)) {
    CLOCK_PLURAL.lastIndex = start;
    const plural = CLOCK_PLURAL.exec(text);
    if (plural && Number(plural[1]) > 0 && Number(plural[1]) < 10 && Number(plural[2]) < 60) {
      const notation = plural[0].includes(':') ? 'colon' : 'minutes-letters';
      return { kind: 'lap_time', start, end: CLOCK_PLURAL.lastIndex, value: Number(plural[1]) * 60 + Number(plural[2]), unit: 's', notation, decimals: 0 };
    }
  }
  if (!LIMIT_BEFORE.test(before)) return null;
  WHOLE_SECONDS.lastIndex = start;
  const match = WHOLE_SECONDS.exec(text);
  if (!match) return null;
  if (match[5]) {
    const seconds = Number(match[5]);
    // "unter 50″": seconds alone, as a lap of a short track is told; never a count of minutes.
    return seconds >= 30 ? { kind: 'lap_time', start, end: WHOLE_SECONDS.lastIndex, value: seconds, unit: 's', notation: 'integer', decimals: 0 } : null;
  }
  const minutes = Number(match[1] ?? match[3]);
  const seconds = Number(match[2] ?? match[4]);
  if (minutes === 0 || seconds >= 60) return null;
  return { kind: 'lap_time', start, end: WHOLE_SECONDS.lastIndex, value: minutes * 60 + seconds, unit: 's', notation: match[1] ? 'colon' : 'minutes-letters', decimals: 0 };
}
