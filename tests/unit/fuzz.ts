import fc from 'fast-check';

/**
 * How property tests draw their cases. `npm test` uses one fixed seed, so CI sees the same few thousand cases
 * every run and a red build always means the code changed. `npm run fuzz` sets RACEDESK_FUZZ=N: a fresh random
 * seed and N times the runs, to look for new counterexamples; each one found becomes a fixed regression test.
 */
const factor = Number(process.env.RACEDESK_FUZZ ?? 0);
export const FIXED_SEED = 20_261_122;

export function configureFastCheck(): void {
  if (factor > 0) fc.configureGlobal({ seed: Date.now() ^ (Math.random() * 0x7fffffff) });
  else fc.configureGlobal({ seed: FIXED_SEED });
}

/** The runs a property test asks for, multiplied when fuzzing. */
export function runs(numRuns: number): { numRuns: number } {
  return { numRuns: factor > 0 ? numRuns * factor : numRuns };
}
