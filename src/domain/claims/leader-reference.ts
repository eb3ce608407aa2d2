import type { Claim } from './types';

// "it missed pole by only 0.112s", "two tenths off pole", "0.056s off the top spot", "1.5sec behind the polesitter":
// a gap measured against the place-1 holder, whom the text has named before as holding first place.
const AGAINST_FIRST =
  /^\s*(?:(?:off|from|behind|short of|shy of|adrift of|down on)\s+(?:the\s+)?(?:pole(?:-?sitter|-?winner| time| position)?|polesitter|top spot|top of the (?:times|timesheets?|order|charts?)|(?:session|class)\s+leader|fastest time)|\s*short of pole)(?![\p{L}])/iu;
// "à une demi-seconde de la pole", "à 0''328s de la première place": the same in French.
const AGAINST_FIRST_FR = /^\s*(?:de|sur)\s+la\s+(?:pole(?:\s+position)?|première\s+place|tête)(?![\p{L}])/iu;
// "take the chequered flag with a margin of 19.477s", "won the race by 4.2s": a winner's margin is to second place.
const WINNING_MARGIN =
  /\b(?:won|wins?|winning|victory|chequered flag|checkered flag)\b[^.;:!?]{0,40}?\b(?:by|(?:a|the) margin of)\s+(?:just\s+|only\s+|some\s+|a mere\s+)?$/iu;
const MISSED_POLE_BY = /\b(?:miss(?:ed|es|ing)?|lost|los(?:es|ing))\s+(?:out\s+on\s+)?(?:the\s+)?pole(?:\s+position)?(?:\s+\p{L}+){0,2}\s+by\s+(?:only\s+|just\s+|a mere\s+)?$/iu;

/**
 * For a gap with no one named and words that measure it against first place, the driver or car the claims
 * before it place first, when they all name the same one (other than the gap's own subject); else the gap as read.
 */
export function againstFirstPlace(text: string, gap: Claim, before: Claim[]): Claim {
  if (gap.kind !== 'gap' || gap.reference || !gap.subject) return gap;
  const placed = withReferencePlace(text, gap);
  return placed.referencePlace === 1 ? againstHolder(placed, before) : placed;
}

/**
 * The place a gap with no one named is measured from, when its words name one: first for "off pole", "missed pole
 * by", "de la première place"; second for a winner's margin ("won by 4.2s"). Else the gap as read.
 */
export function withReferencePlace(text: string, gap: Claim): Claim {
  if (gap.kind !== 'gap' || gap.reference) return gap;
  const after = text.slice(gap.end, gap.end + 40);
  const before = text.slice(Math.max(0, gap.start - 60), gap.start);
  if (AGAINST_FIRST.test(after) || AGAINST_FIRST_FR.test(after) || MISSED_POLE_BY.test(before)) {
    return { ...gap, referencePlace: 1, direction: gap.direction ?? 'behind' };
  }
  if (WINNING_MARGIN.test(before)) return { ...gap, referencePlace: 2, direction: gap.direction ?? 'ahead' };
  return gap;
}

// The driver or car the claims before place first, for a gap measured against first place.
function againstHolder(gap: Claim, before: Claim[]): Claim {
  const own = keyOf(gap);
  const counts = new Map<string, { claim: Claim; count: number }>();
  for (const claim of before) {
    if (claim.kind !== 'position' || claim.value !== 1 || claim.placeRange || claim.rank || !claim.subjectSure || !claim.subject || keyOf(claim) === own) continue;
    const known = counts.get(keyOf(claim));
    counts.set(keyOf(claim), { claim: known?.claim ?? claim, count: (known?.count ?? 0) + 1 });
  }
  // The one the text places first most often ("Bourdais pips Derani for pole", "Bourdais set pole position"), not
  // a pole of another weekend read in passing.
  const [first, second] = [...counts.values()].sort((a, b) => b.count - a.count);
  if (!first || (second && second.count >= first.count)) return gap;
  const holder = first.claim;
  return { ...gap, reference: holder.subject, referenceRosterId: holder.subjectRosterId, direction: gap.direction ?? 'behind' };
}

// Surnames alone and full names are the same driver: "Bourdais", "Sebastien Bourdais".
function keyOf(claim: Claim): string {
  return claim.subjectRosterId ?? claim.subject!.split(/\s+/).at(-1)!.toLowerCase();
}
