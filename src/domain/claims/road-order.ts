import type { Figure } from './types';

// "Piastri crossed the line in seventh but was hit with a 10-second penalty", "took the flag third, only to be
// demoted": the order on the road, which a penalty then changed; a classification is another order, but timing
// worked out from laps holds the road's.
const ON_THE_ROAD = /\b(?:crossed the (?:finish(?:ing)? )?line|took the (?:chequered |checkered )?flag|finished on the road|on the road)\b[^.;:!?]{0,20}$/i;
const PENALISED_AFTER = /^[^.;!?]{0,30}?\b(?:but|only to|before|yet)\b[^.;!?]{0,90}?\b(?:penalt|penalis|penaliz|demot|disqualif|excluded|stripped)/i;

/** The place as the order on the road before a penalty, or the place as it was. */
export function asRoadOrder(text: string, figure: Figure): Figure {
  if (figure.kind !== 'position' || figure.rank) return figure;
  const before = text.slice(Math.max(0, figure.start - 60), figure.start);
  if (!ON_THE_ROAD.test(before) || !PENALISED_AFTER.test(text.slice(figure.end, figure.end + 160))) return figure;
  return { ...figure, rank: 'road' };
}
