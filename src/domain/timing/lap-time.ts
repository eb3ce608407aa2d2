const TIME_PATTERN = /^(?:(\d+):)?(?:(\d{1,2}):)?(\d{1,2}(?:\.\d+)?)$/;

/**
 * Reads a time as timing files print it, to seconds. Returns null for anything that is not a time.
 * @example parseLapTime('1:32.656') // 92.656
 * @example parseLapTime('1:02:03.456') // 3723.456
 * @example parseLapTime('59.145') // 59.145
 */
export function parseLapTime(text: string): number | null {
  const trimmed = text.trim().replace(/^\+/, '').replace(',', '.');
  const match = TIME_PATTERN.exec(trimmed);
  if (!match) return null;
  const [, first, second, secondsText] = match;
  const seconds = Number(secondsText);
  let total: number;
  if (second !== undefined) total = Number(first) * 3600 + Number(second) * 60 + seconds;
  else if (first !== undefined) total = Number(first) * 60 + seconds;
  else total = seconds;
  // Work in thousandths so 92.656 stays 92.656 and never 92.65599999.
  return Math.round(total * 1000) / 1000;
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
