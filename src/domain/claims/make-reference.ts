import { fullNameFor } from '../names';
import { partiesBetween, type ClaimContext } from './context';
import { nationalityOf } from './nationalities';
import type { Claim } from './types';

// "0.003s ahead of the Red Bull driver", "a near 8-second lead over the Peugeot": a gap measured against a car called
// by its team or make, capitalised as names are, perhaps with a noun for the driver or car after it.
const AGAINST_MAKE =
  /^(?:\s+of\s+a\s+second)?(?:\s+[\p{Ll}-]+){0,2}?\s+(?:ahead of|behind|clear of|adrift of|short of|of|off|over|than|to|from|on)\s+the\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?=\s+(?:driver|car|man|machine|entry|rival|racer|pilot)(?![\p{L}])|\s*[,;.:)–—]|\s+(?:as|and|but|while|with|at|in|on|after|before|for)\s)/u;
/** How many sentences back a driver or car the make may stand for is looked for. */
const SENTENCES_BACK = 2;

/**
 * A gap read with no reference whose words measure it against "the Red Bull driver" or "the Peugeot": marked with
 * the make and the drivers and cars named before it (nearest first), for the checker to find the one whose team or
 * car the timing gives that make.
 */
export function againstMake(context: ClaimContext, gap: Claim, sentenceIndex: number): Claim {
  if (gap.kind !== 'gap' || gap.reference || !gap.subject || gap.referencePlace || gap.referenceTeamMate) return gap;
  const cue = AGAINST_MAKE.exec(context.text.slice(gap.end, gap.end + 80));
  if (!cue || cue[1].split(/\s+/).some((word) => nationalityOf(word))) return gap;
  const at = gap.end + cue[0].length - cue[1].length;
  // A name spelled out after "the" ("the Hungaroring" is no driver, but "the #93" is a car) is read elsewhere.
  if (partiesBetween(context, at, at + cue[1].length).length > 0) return gap;
  const from = context.sentences[Math.max(0, sentenceIndex - SENTENCES_BACK)]?.start ?? 0;
  const named = partiesBetween(context, from, gap.start).filter((mention) => mention.kind === 'person' || mention.kind === 'car');
  const candidates = [...new Set(named.reverse().map((mention) => (mention.kind === 'car' ? `#${mention.carNumber}` : fullNameFor(mention, context.fullNames))))];
  return { ...gap, referenceMake: { make: cue[1], candidates } };
}
