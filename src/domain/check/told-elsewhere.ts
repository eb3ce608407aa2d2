/**
 * Words of a sentence that tell of another session than its figure's: what came before ("after a strong run during
 * practice"), who drives the car next, an aside about the driver. Blanked, not cut, so offsets still line up.
 */

// "Gasly was fifth fastest after a strong run during practice", "Sainz, after being fastest in FP2 and FP3, has
// followed that up with pole": a session told as what came before the figure is not the one it was set in; "after
// 20 minutes of practice" is a moment of it, and stays.
const EARLIER_SESSION =
  /\b(?:after|following|despite|thanks to)\s+(?:(?!(?:minutes?|hours?|laps?)\b)[\p{L}'’-]+\s+){1,5}?(?:in|during|of)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:practi[cs]e|FP\d|warm-?up|qualifying)(?:\s+and\s+(?:FP\d|practi[cs]e))?(?![\p{L}\d])/giu;

// "recovered from a disappointing qualifying to finish fourth": the session a car came from, told against the one it ended in.
const FROM_SESSION = /\bfrom\s+(?:an?|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:qualifying|practi[cs]e)(?:\s+(?:session|position|result))?\s+(?=to\s+\p{L})/giu;

// "climbed from 19th on the grid to eighth", "from the back of the grid to the points": the grid a car came from, told
// against the place it reached.
const FROM_GRID =
  /\bfrom\s+(?:[\p{L}\d-]+\s+){0,3}?(?:on\s+the\s+(?:starting\s+)?grid|of\s+the\s+grid|(?:grid|starting)\s+(?:slot|place|position|spot))\s+(?=(?:up\s+|all the way\s+)?to\b)/giu;

/** The words with the reason for a penalty ("a penalty for spinning in the pit lane during practice") blanked. */
export function withoutPenaltyReason(text: string): string {
  return text.replace(PENALTY_FOR, (found) => ' '.repeat(found.length));
}

/** The words with a grid a car came from ("from 19th on the grid to eighth") blanked. */
export function withoutGridFrom(text: string): string {
  return text.replace(FROM_GRID, (found) => ' '.repeat(found.length));
}

// "after a three-place penalty for spinning in the pit lane during practice": the session of the offence, not the figure's.
const PENALTY_FOR =
  /\b(?:penalt(?:y|ies)|reprimand|fine|penali[sz]ed|fined|docked|demoted)\s+(?:[\p{L}-]+\s+){0,3}?for\s+[^,;.]{0,80}?\b(?:in|during)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:practi[cs]e|FP\d|warm-?up|qualifying|Q[123])(?![\p{L}\d])/giu;

// "a 1m16.663s in the No. 12 Lexus that Frankie Montecalvo will start on pole": a clause about whoever drives the car
// next tells of another session than the figure's.
const CAR_NEXT = /\b(?:that|which)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:will|is to|is set to|would)\s+(?:start|qualify|race)\b[^,;.]*/gu;

// "Mathieu Jaminet, who was quickest in practice Friday, was third fastest": an aside about the driver tells of his
// past, not of the figure after it (the figure's own clause, inside the aside, is read on its own).
const WHO_ASIDE = /,\s*who\s+[^,;.]*,/giu;

// "Sebastien Bourdais – who won the Grand Prix of Long Beach three times in his open-wheel career – delivered a
// sensational 69.472sec": the same aside set off by dashes, which do not end a clause; one holding the figure stays.
const DASH_WHO_ASIDE = /\s[–—]\s*(?:who|whose)\s+[^–—.;]*[–—](?=\s)/giu;

export function withoutEarlierSession(text: string, figureAt = -1): string {
  return text
    .replace(EARLIER_SESSION, (found) => ' '.repeat(found.length))
    .replace(FROM_SESSION, (found) => ' '.repeat(found.length))
    .replace(FROM_GRID, (found) => ' '.repeat(found.length))
    .replace(PENALTY_FOR, (found) => ' '.repeat(found.length))
    .replace(CAR_NEXT, (found) => ' '.repeat(found.length))
    .replace(WHO_ASIDE, (found) => ' '.repeat(found.length))
    .replace(DASH_WHO_ASIDE, (found, at: number) => (figureAt >= at && figureAt < at + found.length ? found : ' '.repeat(found.length)));
}
