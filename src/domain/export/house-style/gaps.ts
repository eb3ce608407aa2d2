import { findFigures } from '../../claims/figures';
import type { GapNotation } from './house-style';

// A gap in decimal seconds with its unit: "0.185s", ".185 seconds", "0.076-second", "0.3 sec".
const WRITTEN_IN_SECONDS = /^(\+?)(\d*\.\d+)(\s?-\s?|\s)?(?:seconds|second|secs|sec|s)$/i;

function formatGap(digits: string, hyphenated: boolean, notation: GapNotation): string {
  const withZero = digits.startsWith('.') ? `0${digits}` : digits;
  if (notation === '0.185s') return `${withZero}s`;
  const number = notation === '.185 seconds' ? withZero.replace(/^0(?=\.)/, '') : withZero;
  return hyphenated ? `${number}-second` : `${number} seconds`;
}

/**
 * Rewrites every gap written in decimal seconds with a unit in one notation, keeping its digits. A gap used
 * as an adjective keeps its hyphen in the long notations ("a 0.076-second margin"). Gaps written in words
 * ("four-tenths") or without a unit are left as written.
 *
 * @example
 * normaliseGaps("Lazare's lap was .185 seconds faster", '0.185s') // "Lazare's lap was 0.185s faster"
 */
export function normaliseGaps(text: string, notation: GapNotation): string {
  let result = '';
  let at = 0;
  for (const figure of findFigures(text)) {
    if (figure.kind !== 'gap') continue;
    const written = WRITTEN_IN_SECONDS.exec(text.slice(figure.start, figure.end));
    if (!written) continue;
    const [, plus, digits, separator] = written;
    result += text.slice(at, figure.start) + plus + formatGap(digits, (separator ?? '').includes('-'), notation);
    at = figure.end;
  }
  return result + text.slice(at);
}
