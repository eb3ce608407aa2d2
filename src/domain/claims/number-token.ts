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
  /** Written with a decimal comma, as in `0,070`. */
  comma: boolean;
}

const numberPattern = /\d+(?:([.,])(\d+))?/y;

/**
 * Reads the number whose first digit is at `digitIndex`, taking in a `.` or `+` written just before it. A comma
 * is a decimal mark where the text writes decimals that way (`decimalComma`), after a zero (`0,070`), or before
 * other than three digits (`1,2`); otherwise "12,500" is twelve thousand five hundred and the number ends there.
 */
export function readNumberToken(text: string, digitIndex: number, decimalComma = false): NumberToken {
  const leadingDot = text[digitIndex - 1] === '.' && !/\d/.test(text[digitIndex - 2] ?? '');
  numberPattern.lastIndex = digitIndex;
  const match = numberPattern.exec(text);
  if (!match) throw new Error(`no digit at ${digitIndex}`);
  let whole = match[0];
  let mark: string | undefined = match[1];
  const fraction = match[2] ?? '';
  const integer = mark ? whole.slice(0, whole.length - fraction.length - 1) : whole;
  if (mark === ',' && !(decimalComma || integer === '0' || fraction.length !== 3)) {
    whole = integer;
    mark = undefined;
  }
  let start = leadingDot ? digitIndex - 1 : digitIndex;
  // "+0.071" and, in tables, "+ 16.511".
  const plusAt = text[start - 1] === '+' ? start - 1 : text[start - 1] === ' ' && text[start - 2] === '+' ? start - 2 : -1;
  const plus = plusAt >= 0;
  if (plus) start = plusAt;
  const digits = leadingDot ? `0.${integer}` : mark ? `${integer}.${fraction}` : integer;
  const decimals = leadingDot ? integer.length : mark ? fraction.length : 0;
  return { start, end: digitIndex + whole.length, value: Number(digits), decimals, leadingDot, plus, comma: mark === ',' };
}

/** The notation of a plain number: `.185` bare-decimal, `0.185` decimal, `130` integer. */
export function numberNotation(token: NumberToken): 'bare-decimal' | 'decimal' | 'integer' {
  if (token.leadingDot) return 'bare-decimal';
  return token.decimals > 0 ? 'decimal' : 'integer';
}
