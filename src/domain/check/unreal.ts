import type { Claim } from '../claims';

// Figures the words say did not happen, or happened outside the session: the timing can neither bear them out nor
// refute them, whatever it holds for the car.

// "Platz sechs statt der möglichen Pole Position", "sixth instead of a possible pole", "could have taken pole",
// "hätte die Pole holen können": the irrealis of every language Racedesk reads, or a place the one reached stands
// instead of, just before the figure.
const COUNTERFACTUAL = new RegExp(
  [
    String.raw`\b(?:would|could|might|should)(?:\s+have|['’]ve)\b`,
    String.raw`\b(?:possible|potential|would-be|likely)\s+$`,
    String.raw`(?<!\p{L})(?:hätte|wäre|könnte|würde|aurait|pourrait|habría|podría|avrebbe|potrebbe|zou(?:den)?|teria|poderia)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:möglich\p{L}*|mogelijke|possibile|posible|possível|potentielle?)\s+$`,
    // "The team nearly completed a 1-2 sweep, but a late pass…", "almost took pole": what was nearly done was not.
    String.raw`\b(?:nearly|almost)\s+(?:completed|took|claimed|scored|sealed|secured|grabbed|snatched|clinched|won|achieved|pulled off|made it)\s+(?:(?:a|an|the|his|her|their|its)\s+)?$`,
    String.raw`\b(?:instead of|rather than)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:\p{L}+\s+)?$`,
    String.raw`(?<!\p{L})(?:(?:an)?statt|au lieu d[e']|en (?:lugar|vez) de|invece d[i']|in plaats van|em vez de)\s+(?:\p{L}+\s+){0,2}$`,
  ].join('|'),
  'iu',
);

/** Whether the words just before a figure, in its clause, say it did not happen. */
export function isCounterfactual(clauseBefore: string): boolean {
  return COUNTERFACTUAL.test(clauseBefore.slice(-60));
}

// "5 minutes before the end of qualifying Hamilton's pole lap was cancelled as he drove wide", "his 1:29.1 was deleted
// for track limits", "seine Pole-Runde wurde gestrichen": a lap, or the place it gave, that the words right after it
// say was struck off. The timing keeps the laps that stood, and the place told is the one the lap held before.
const STRUCK_OFF_AFTER =
  /^(?:[\s-]+(?:position|place))?(?:[\s-]+(?:lap|time|run|effort|attempt|Runde|Rundenzeit|Zeit|tour|temps|giro|tempo|vuelta|tiempo|ronde|tijd)s?)?\s+(?:(?:was|were|got|has been|had been|have been)\s+(?:later\s+|subsequently\s+|then\s+|also\s+|promptly\s+)?(?:deleted|cancell?ed|disallowed|struck off|scrubbed|removed|annulled|taken away|chalked off|invalidated)|wurde\s+(?:\p{L}+\s+){0,4}(?:gestrichen|aberkannt|annulliert)|(?:a|ont) été\s+(?:\p{L}+\s+)?(?:annulée?s?|supprimée?s?|effacée?s?)|(?:è stato|è stata|venne|fu)\s+(?:\p{L}+\s+)?(?:cancellat[oa]|annullat[oa])|fue\s+(?:\p{L}+\s+)?(?:anulad[oa]|borrad[oa]|eliminad[oa])|werd\s+(?:\p{L}+\s+)?(?:geschrapt|afgepakt|ongeldig verklaard))(?![\p{L}])/iu;

/** Whether the words right after a figure say its lap was struck off ("Hamilton's pole lap was cancelled"). */
export function struckOff(text: string, claim: Pick<Claim, 'end'>): boolean {
  return STRUCK_OFF_AFTER.test(text.slice(claim.end, claim.end + 60));
}

// "a tally that sees the Spaniard 11th in the all-time pole winners' list", "hones in on fourth spot in the all-time
// standings", "the third-most wins in history": a place in a ranking of every year, said after the figure.
const ALL_TIME = /^[^,;.]{0,40}?\b(?:all[- ]time|of all time|in (?:the )?(?:sport['’]s |F1 |Formula (?:One|1) )?history|ewigen? (?:Bestenliste|Rangliste)|de tous les temps|de todos los tiempos|di sempre|aller Zeiten)\b/iu;

/** Whether a place ranks every year ("11th in the all-time list"), which no one session's timing holds. */
export function allTimePlace(text: string, claim: Pick<Claim, 'end'>): boolean {
  return ALL_TIME.test(text.slice(claim.end, claim.end + 80));
}
