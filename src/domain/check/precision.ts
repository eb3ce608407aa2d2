import type { Qualifier } from '../claims';

// Float noise (92.656 stored as 92.65599999) must not move a figure across a rounding edge.
const EPSILON = 1e-9;

/** `value` rounded to `decimals` places, half away from zero. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale + Math.sign(value) * EPSILON * scale) / scale;
}

/** `value` truncated to `decimals` places, as IMSA truncates published mph. */
export function truncateTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.floor(value * scale + EPSILON * scale) / scale;
}

/**
 * Whether `actual` can be written as `stated` at the stated precision (AggChecker's rule): `0.19` confirms
 * 0.185…0.194, `1:32.656` needs the thousandths.
 */
export function roundsTo(actual: number, stated: number, decimals: number): boolean {
  return Math.abs(roundTo(actual, decimals) - stated) < 10 ** -decimals / 2;
}

/**
 * Whether `actual` bears out a figure written with a qualifier: `over`/`under` compare; `nearly` is a little
 * under (within one unit of the stated precision or 25%, whichever is larger) or a hair over; `approx` is within half a unit
 * of the wording ("around 1 tenth" allows 0.05–0.15).
 */
export function meetsQualifier(actual: number, stated: number, decimals: number, qualifier: Qualifier): boolean {
  const unit = 10 ** -decimals;
  switch (qualifier) {
    case 'exact':
      // Writers cut as often as they round: 15.868 s is "15.8 seconds" as well as "15.9".
      return roundsTo(actual, stated, decimals) || Math.abs(truncateTo(actual, decimals) - stated) < unit / 2;
    case 'approx':
      return Math.abs(actual - stated) <= unit / 2 + EPSILON;
    case 'over':
      return actual > stated + EPSILON;
    case 'under':
      return actual < stated - EPSILON;
    case 'nearly':
      // "finishing almost 30 seconds clear" of a 30.135 s gap: a writer rounding a figure down to a round one says
      // "almost" of it too, so a hair over (1% of the figure, at most half a unit) still bears it out.
      return actual <= stated + Math.min(unit / 2, stated * 0.01) + EPSILON && stated - actual <= Math.max(unit, stated * 0.25) + EPSILON;
  }
}
