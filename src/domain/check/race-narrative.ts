import type { Claim } from '../claims';

// The timing of a race holds the order and the gaps at the flag. A place or gap told in the story of the race
// ("After a brief caution, Braun kept the lead, with Jaminet remaining third", "At the restart Derani led, with
// Bourdais third", "propelled Milesi into second place") is the order of that moment, and no word says it is the
// result: the checker may not hold it against the final order. A sentence that tells the result ("finished
// fifth", "crossed the line", "to complete the podium"), or follows one that does ("… third to complete the
// podium sweep. BMW were fourth, while Toyota were fifth."), and a line of a classification ("10. P. Maldonado",
// "+34.6") speak of the flag.

// Words of the result of a race in the languages Racedesk reads; "took his winning margin up to 10.8 seconds" gives the
// gap at the flag.
const RESULT =
  /\b(?:finish(?:ed|es|ing)?|came home|cross(?:ed|es|ing)? the (?:finish )?line|(?:chequered|checkered) flag|at the (?:flag|finish|end)|classified|classification|results?|won|wins?|winner|winning (?:margin|gap)|margin of victory|victory|victorious|podium|ended(?: up)?|wound up|ultimately|in the end|runner-up|took the (?:flag|win)|Ziel\w*|beendete|Sieg\w*|gewann|gewinnt|Podest|Podium|Ergebnis|Wertung|eindigde|finishte|zege|overwinning|uitslag|arrivée|termin[ée]\w*|victoire|gagn[ée]\w*|classement|drapeau à damier|franchi la ligne|terminó|victoria|ganó|podio|clasificación|meta|bandera a cuadros|traguardo|vittoria|vint[oa]|classifica|concluso|bandiera a scacchi|terminou|vitória|venceu|pódio|classificação|bandeirada|chegada)\b/iu;

// A figure that is a line of a classification: a bare place number ("10", "10.") or a gap with its sign ("+34.6").
function listed(figure: string, tableSession: string | null | undefined): boolean {
  return tableSession != null || /^\d{1,2}\.?$|^\+/.test(figure.trim());
}

/** Whether a race figure is told in the story of the race, with no word of its result in its sentence or the one before. */
export function toldInTheRace(text: string, claim: Pick<Claim, 'start' | 'end' | 'sentence'> & Partial<Pick<Claim, 'tableSession'>>): boolean {
  if (listed(text.slice(claim.start, claim.end), claim.tableSession) || RESULT.test(claim.sentence)) return false;
  const lineStart = text.lastIndexOf('\n', claim.start - 1) + 1;
  const sentenceStart = text.lastIndexOf(claim.sentence.slice(0, 24), claim.start);
  if (sentenceStart <= lineStart) return true;
  const before = text.slice(lineStart, sentenceStart).trimEnd();
  const previous = before.slice(Math.max(...['.', '!', '?'].map((mark) => before.lastIndexOf(mark, before.length - 2))) + 1);
  return !RESULT.test(previous);
}

// Words of a race in the languages Racedesk reads: "dopo una gara ricca di colpi di scena … il gradino più alto del
// podio" speaks of the race, though it recalls "quanto avvenuto nelle qualifiche".
export const RACE_WORDS =
  /\brace\b|\blaps\b|\bwon\b|\bvictory\b|\bpit\b|\bstint|\bflag\b|\bpodium\b|\bwinner\b|\bRennen\b|\bRunden\b|\bSieg(?:er)?\b|\bronden\b|\bzege\b|\boverwinning\b|\bvictoire\b|\bvainqueur\b|\bcarrera\b|\bvueltas\b|\bvictoria\b|\bganador\b|\bgara\b|\bgiri\b|\bvittoria\b|\bvincitore\b|\bpodio\b|\bcorrida\b|\bvoltas\b|\bvitória|\bvencedor\b|\bpódio/giu;

// "finished ninth after a strong start", "had a great start in the Turner BMW", "made a lightning start from second":
// a start someone had or made is the race's, where "a good start to the weekend" or "off to a good start" is no start.
export const RACE_START =
  /\b(?:after|had|has|have|having|made|makes|make|making|got|gets|get)\s+(?:a|an|his|her|their|its)\s+(?:really\s+|very\s+)?(?:strong|good|great|bad|poor|slow|clean|fast|flying|terrible|decent|perfect|brilliant|excellent|storming|superb|lightning|rocket|blistering|sluggish|dreadful|awful)\s+start\b(?!\s+(?:to|of|for)\b)/iu;
