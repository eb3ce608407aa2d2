import { cardinalValue, cardinalWord, fractionUnits, ordinalDigits, ordinalWord } from './number-words';
import type { Claim } from './types';

/**
 * Writes `value` the way `claim` wrote its figure, at the same precision, so a checker can offer a correction
 * that reads like the writer's own copy.
 *
 * @example
 * formatLike(claimOf("1'32''656'''"), 92.876) // "1'32''876'''"
 * formatLike(claimOf('four-tenths'), 0.3)     // "three-tenths"
 * formatLike(claimOf('.185 seconds'), 0.2)    // ".200 seconds"
 */
export function formatLike(claim: Claim, value: number): string {
  switch (claim.notation) {
    case 'hours-colon':
      return fillDigits(claim.text, clockGroups(value, claim.decimals, true));
    case 'colon':
    case 'prime':
    case 'prime-quote':
    case 'minutes-letters':
    case 'minutes-words':
    case 'dotted':
      return fillDigits(claim.text, clockGroups(value, claim.decimals, false));
    case 'quoted-seconds':
      return fillDigits(claim.text, quotedSecondsGroups(value, claim.decimals));
    case 'decimal':
    case 'integer':
      return claim.text.replace(/\d*[.,]?\d+/, (written) => withMarkOf(written, value.toFixed(claim.decimals)));
    case 'bare-decimal':
      return claim.text.replace(/\d*[.,]?\d+/, (written) => withMarkOf(written, value.toFixed(claim.decimals).replace(/^0(?=\.)/, '')));
    case 'digits-fraction':
    case 'words-fraction':
      return formatFraction(claim.text, value, claim.value);
    case 'slash-fraction':
      return claim.text.replace(/^\d+(?=\/(\d+))/, (_, denominator: string) => String(Math.round(value * Number(denominator))));
    case 'words-second':
      return formatSeconds(claim.text, value);
    case 'ordinal-word':
      return matchCase(claim.text, ordinalWord(value));
    case 'ordinal-digits':
      return ordinalDigits(value);
    case 'p-number':
      return `${claim.text[0]}${value}`;
    case 'pole':
      return value === 1 ? claim.text : ordinalWord(value);
    case 'superlative':
      return value === 1 ? claim.text : /^top/i.test(claim.text) ? `was ${ordinalWord(value)} in` : `${ordinalWord(value)}-${claim.text.toLowerCase()}`;
    case 'row':
      return formatRow(claim.text, value);
    case 'one-two':
      return value <= 2 ? claim.text : ordinalWord(value);
    case 'place-phrase':
      if (/^top\s+(?:three|four|five|six|seven|eight|nine|ten|\d+)$/i.test(claim.text)) return value === claim.value ? claim.text : `top ${cardinalWord(value)}`;
      // Another language's phrase ("de snelste tijd") gets the notation every language's copy reads: P2.
      if (value !== claim.value && !/^(?:runner-up|top|class-best|best)/i.test(claim.text)) return `P${value}`;
      return value === claim.value ? claim.text : claim.text.replace(/^(?:runner-up|top|class-best|best)/i, (phrase) => matchCase(phrase, /^class/i.test(phrase) ? `${ordinalWord(value)}-best` : ordinalWord(value)));
  }
}

// Works in whole units of the last stated decimal so 59.9996 never prints as "59.1000".
function clockGroups(value: number, decimals: number, withHours: boolean): string[] {
  const scale = 10 ** decimals;
  const units = Math.round(value * scale);
  const fraction = String(units % scale).padStart(decimals, '0');
  const wholeSeconds = Math.floor(units / scale);
  const seconds = String(wholeSeconds % 60).padStart(2, '0');
  const totalMinutes = Math.floor(wholeSeconds / 60);
  if (!withHours) return [String(totalMinutes), seconds, fraction];
  return [String(Math.floor(totalMinutes / 60)), String(totalMinutes % 60).padStart(2, '0'), seconds, fraction];
}

// "0’’130s": whole seconds, then the fraction after the seconds mark.
function quotedSecondsGroups(value: number, decimals: number): string[] {
  const units = Math.round(value * 10 ** decimals);
  return [String(Math.floor(units / 10 ** decimals)), String(units % 10 ** decimals).padStart(decimals, '0')];
}

function fillDigits(template: string, groups: string[]): string {
  let index = 0;
  return template.replace(/\d+/g, (digits) => groups[index++] ?? digits);
}

const fractionText = /^(half an?|\d+|\p{L}+)([\s-]+)(tenth|hundredth|thousandth)s?(.*)$/iu;

// "83 Tausendstel", "3 décimas": a count in digits before another language's fraction word keeps that word,
// its unit being the claim's value over its count.
const digitsBeforeWord = /^(\d+)(?=[\s-]+\p{L})/u;

function formatFraction(text: string, value: number, claimed: number): string {
  const match = fractionText.exec(text);
  const digits = match ? null : digitsBeforeWord.exec(text);
  if (digits && Number(digits[1]) > 0) {
    const unit = 10 ** Math.round(Math.log10(claimed / Number(digits[1])));
    return text.replace(digitsBeforeWord, String(Math.round(value / unit)));
  }
  if (!match) return `${value.toFixed(2).replace(/0$/, '')} seconds`;
  const [, countWritten, separator, unitWord, rest] = match;
  const count = Math.round(value / fractionUnits[unitWord.toLowerCase()].seconds);
  const plural = count === 1 ? '' : 's';
  let countText: string;
  if (/^\d/.test(countWritten)) countText = String(count);
  else if (count === 1 && cardinalValue(countWritten) === 1) countText = countWritten;
  else countText = matchCase(countWritten, cardinalWord(count));
  return `${countText}${separator}${unitWord}${plural}${rest}`;
}

function formatSeconds(text: string, value: number): string {
  if (value === 0.5) return matchCase(text, 'half a second');
  if (value === 1) return matchCase(text, 'a second');
  return Number.isInteger(value) ? matchCase(text, `${cardinalWord(value)} seconds`) : `${value.toFixed(1)} seconds`;
}

function formatRow(text: string, value: number): string {
  if (/^front/i.test(text)) return value <= 2 ? text : ordinalWord(value);
  const side = value % 2 === 1 ? 'inside' : 'outside';
  const row = Math.ceil(value / 2);
  const rowText = /\d/.test(text) ? String(row) : cardinalWord(row);
  return matchCase(text, `${side} row ${rowText}`);
}

// "0,070" is corrected as "0,080": the writer's decimal mark is kept.
function withMarkOf(written: string, number: string): string {
  return written.includes(',') ? number.replace('.', ',') : number;
}

function matchCase(template: string, word: string): string {
  return /^\p{Lu}/u.test(template) ? word[0].toUpperCase() + word.slice(1) : word;
}
