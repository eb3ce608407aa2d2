const ZERO = 48;
const NINE = 57;
const COLON = 58;
const DOT = 46;
const COMMA = 44;
const PLUS = 43;
const SPACE = 32;

/**
 * Reads a time as timing files print it, to seconds: `[[h:]m:]s[.fff]`, the seconds (and minutes after
 * hours) in one or two digits, a leading `+` (gaps) and a decimal comma allowed. Returns null for anything
 * that is not a time. Scans characters rather than using a regex: it runs on every cell of 15,000-lap files.
 * @example parseLapTime('1:32.656') // 92.656
 * @example parseLapTime('1:02:03.456') // 3723.456
 * @example parseLapTime('59.145') // 59.145
 */
export function parseLapTime(text: string): number | null {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= SPACE) start++;
  while (end > start && text.charCodeAt(end - 1) <= SPACE) end--;
  if (start < end && text.charCodeAt(start) === PLUS) start++;
  let total = 0;
  let part = 0;
  let digits = 0;
  let colons = 0;
  let fraction = 0;
  let fractionDigits = 0;
  let inFraction = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= ZERO && code <= NINE) {
      if (inFraction) {
        fraction = fraction * 10 + (code - ZERO);
        fractionDigits++;
      } else {
        part = part * 10 + (code - ZERO);
        digits++;
      }
    } else if (code === COLON) {
      if (inFraction || digits === 0 || colons === 2 || (colons === 1 && digits > 2)) return null;
      total = total * 60 + part;
      part = 0;
      digits = 0;
      colons++;
    } else if ((code === DOT || code === COMMA) && !inFraction && digits > 0) {
      inFraction = true;
    } else {
      return null;
    }
  }
  if (digits === 0 || digits > 2 || (inFraction && fractionDigits === 0)) return null;
  const seconds = total * 60 + part + (fractionDigits > 0 ? fraction / 10 ** fractionDigits : 0);
  // Work in thousandths so 92.656 stays 92.656 and never 92.65599999.
  const rounded = Math.round(seconds * 1000) / 1000;
  // Hundreds of digits overflow to Infinity or NaN: that is no time at all.
  return Number.isFinite(rounded) ? rounded : null;
}

/**
 * Prints seconds the way timing files do: minutes and hours only when needed.
 * @example formatLapTime(92.656) // "1:32.656"
 * @example formatLapTime(3723.456) // "1:02:03.456"
 */
export function formatLapTime(seconds: number, decimals = 3): string {
  const scale = 10 ** decimals;
  const units = Math.round(Math.abs(seconds) * scale);
  const sign = seconds < 0 ? '-' : '';
  const whole = Math.floor(units / scale);
  const fraction = decimals > 0 ? `.${String(units % scale).padStart(decimals, '0')}` : '';
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secondsPart = whole % 60;
  if (hours > 0) return `${sign}${hours}:${pad(minutes)}:${pad(secondsPart)}${fraction}`;
  if (minutes > 0) return `${sign}${minutes}:${pad(secondsPart)}${fraction}`;
  return `${sign}${secondsPart}${fraction}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
