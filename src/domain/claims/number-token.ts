/** A number as written, with where it starts (at a leading `+` or `.`) and how many decimals it states. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  decimals: number;
  /** Written without a leading zero, as in `.185`. */
  leadingDot: boolean;
  /** Written with a plus sign, as in `+0.071`. */
  plus: boolean;
}

const numberPattern = /\d+(?:\.(\d+))?/y;

/** Reads the number whose first digit is at `digitIndex`, taking in a `.` or `+` written just before it. */
export function readNumberToken(text: string, digitIndex: number): NumberToken {
  const leadingDot = text[digitIndex - 1] === '.' && !/\d/.test(text[digitIndex - 2] ?? '');
  numberPattern.lastIndex = digitIndex;
  const match = numberPattern.exec(text);
  if (!match) throw new Error(`no digit at ${digitIndex}`);
  let start = leadingDot ? digitIndex - 1 : digitIndex;
  const plus = text[start - 1] === '+';
  if (plus) start -= 1;
  const digits = leadingDot ? `0.${match[0]}` : match[0];
  const decimals = leadingDot ? match[0].length : (match[1]?.length ?? 0);
  return { start, end: numberPattern.lastIndex, value: Number(digits), decimals, leadingDot, plus };
}

/** The notation of a plain number: `.185` bare-decimal, `0.185` decimal, `130` integer. */
export function numberNotation(token: NumberToken): 'bare-decimal' | 'decimal' | 'integer' {
  if (token.leadingDot) return 'bare-decimal';
  return token.decimals > 0 ? 'decimal' : 'integer';
}
