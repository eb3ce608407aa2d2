import { RacedeskError } from '../../../src/domain/errors';

/** Longest a parser may take on one input before it counts as a hang. */
export const HANG_MILLISECONDS = 5000;

/**
 * Runs `parse` and answers how it ended: a result or a typed `RacedeskError`. Anything else thrown is
 * rethrown (a bug, which fails the property), and so is a run over five seconds.
 */
export async function endsWell<T>(parse: () => T | Promise<T>): Promise<{ result?: T; error?: RacedeskError }> {
  const started = performance.now();
  let outcome: { result?: T; error?: RacedeskError };
  try {
    outcome = { result: await parse() };
  } catch (error) {
    if (!(error instanceof RacedeskError)) throw error;
    outcome = { error };
  }
  const elapsed = performance.now() - started;
  if (elapsed > HANG_MILLISECONDS) throw new Error(`took ${Math.round(elapsed)} ms, over the ${HANG_MILLISECONDS} ms a parser may take`);
  return outcome;
}

/** The same for synchronous parsers, so fast-check can shrink without awaiting. */
export function endsWellNow<T>(parse: () => T): { result?: T; error?: RacedeskError } {
  const started = performance.now();
  let outcome: { result?: T; error?: RacedeskError };
  try {
    outcome = { result: parse() };
  } catch (error) {
    if (!(error instanceof RacedeskError)) throw error;
    outcome = { error };
  }
  const elapsed = performance.now() - started;
  if (elapsed > HANG_MILLISECONDS) throw new Error(`took ${Math.round(elapsed)} ms, over the ${HANG_MILLISECONDS} ms a parser may take`);
  return outcome;
}

/** How many inputs each property tried, summed for the report. */
export const inputsTried = { count: 0 };
