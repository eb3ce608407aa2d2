// A grid penalty, given or only in prospect: the race's grid and the qualifying order then differ.

// A grid penalty told in the languages Racedesk reads: "a 10-place grid penalty", "pénalisé de 10 places sur la
// grille", "la pénalité moteur … le rétrogradera", "Startplatzstrafe", "penalización en parrilla".
// "incurred a penalty, sending him to fourth on the grid" says it too.
export const GRID_PENALTY =
  /\bgrid penalt|\bpenalt\p{L}*[^.;]{0,50}\b(?:on|of|down) the grid\b|\b\d+-place (?:grid )?(?:penalty|drop)|\bsent to the (?:back|rear) of the grid|\bpénalis\p{L}* (?:de \d+ places|sur la grille)|\bpénalité (?:moteur|de \d+ places|sur la grille)|\brétrograd\p{L}*|\bStartplatzstrafe|\bstrafversetz\p{L}*|\bRückversetzung|\bpenalizaci[oó]n (?:de \d+ puestos|en (?:la )?parrilla)|\bpenalit[àa] (?:di \d+ posizioni|in griglia)|\bgridstraf/iu;

// "Il sera entendu dimanche à 11h00 et risque trois places de pénalité sur la grille", "faces a three-place grid
// penalty", "could be given a grid penalty": a penalty not yet decided.
const PENDING =
  /\b(?:risk(?:s|ing)?|fac(?:es|ing)|could|may|might|possible|potential|under investigation|investigat\p{L}*|hearing|summoned)\b|(?<!\p{L})(?:risque\p{L}*|pourrait|encourt|éventuel\p{L}*|convoqué\p{L}*|droht|riskiert|möglich\p{L}*|rischia|potrebbe|arriesga|podría|posible|arrisca|poderá)(?!\p{L})/iu;

/**
 * Whether the words tell a grid penalty still to be decided: a grid told in them is the one qualifying set, which
 * the race's grid, drawn up after the decision, may not be.
 */
export function gridPenaltyPending(words: string): boolean {
  return words.split(/(?<=[.!?])\s+/).some((sentence) => GRID_PENALTY.test(sentence) && PENDING.test(sentence));
}
