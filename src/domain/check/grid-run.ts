import type { CheckedClaim } from './types';

// "Carlos Sainz Jr finished in sixth place 1.127 seconds behind, Sergio Perez finished in seventh place …, Daniil Kvyat
// finished in eighth place …": a qualifying rundown with the car a grid penalty sent back (Räikkönen, sixth in Q3)
// left out is the starting grid, told as the writer's readers will see it on Sunday. One place the grid bears out and
// qualifying does not may be either (the checker cannot say, `borneOutElsewhere`); a run of them in one paragraph,
// and no place there the grid refutes, is the grid, as a run of places one off is a penalty (`withoutPenaltyShift`).

/** The fewest places in one paragraph that only the grid bears out and that make the paragraph the grid's. */
const MIN_GRID_RUN = 3;

const GRID_ONLY = /^the starting grid bears it out\b/;

/**
 * The checked claims of one paragraph with each place only the grid bears out checked against the grid
 * (`onGrid(index)`), where three or more are and no place of the paragraph is contradicted.
 */
export function withGridRuns(claims: readonly CheckedClaim[], onGrid: (index: number) => CheckedClaim): CheckedClaim[] {
  const gridOnly = (claim: CheckedClaim) => claim.kind === 'position' && claim.verdict === 'unverifiable' && GRID_ONLY.test(claim.reason ?? '');
  const run = claims.filter(gridOnly).length;
  if (run < MIN_GRID_RUN || claims.some((claim) => claim.kind === 'position' && claim.verdict === 'contradicted')) return [...claims];
  return claims.map((claim, index) => {
    if (!gridOnly(claim)) return claim;
    const grid = onGrid(index);
    return grid.verdict === 'confirmed' ? grid : claim;
  });
}
