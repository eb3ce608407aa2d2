import type { Claim } from '../claims';
import type { CarProblem } from './car-identity';
import { checkClaim } from './check-claim';
import type { SessionHint } from './session-hint';
import type { CarMention } from './text-words';
import type { CheckContext, CheckedClaim } from './types';

// A claim about "#1" where the text's #1 is another team's car is checked against the right car: the number is
// a slip the names panel fixes, and the figure stands or falls by the car the writer meant.
export function checkWithCars(claim: Claim, hint: SessionHint, context: CheckContext, problems: CarProblem[], cars: CarMention[]): CheckedClaim {
  const problem = carProblemOf(claim, problems, cars);
  if (!problem) return checkClaim(claim, hint, context);
  const checked = checkClaim({ ...claim, subject: `#${problem.rightCar}` }, hint, context);
  const slip = `checked against #${problem.rightCar}: ${problem.reason}`;
  return { ...checked, subject: claim.subject, reason: checked.reason ? `${slip}; ${checked.reason}` : slip };
}

function carProblemOf(claim: Claim, problems: CarProblem[], cars: CarMention[]): CarProblem | null {
  const written = /^#(\d+)$/.exec(claim.subject ?? '')?.[1];
  if (!written || problems.length === 0) return null;
  const sameNumber = cars.filter((mention) => mention.car === written);
  if (sameNumber.length === 0) return null;
  const nearest = sameNumber.reduce((best, mention) => (Math.abs(mention.start - claim.start) < Math.abs(best.start - claim.start) ? mention : best));
  return problems.find((candidate) => candidate.mention.start === nearest.start) ?? null;
}
