import type { Claim } from '../claims';
import { clauseAround } from './hint-text';

// Words around a figure that say the data cannot refute it: the order it gives was changed by a penalty, it is a
// place in the championship, or it is the place a gap is measured from.

// A penalty told of the figure's subject, in the languages Racedesk reads: "crossed the line in seventh but was hit
// with a 10-second time penalty", "i 5″ di penalità inflitti al Campione del Mondo, Lewis Hamilton, scivolato al
// settimo posto", "pénalisé de 10 places sur la grille". The order on the road and the order after it differ, and
// the text may give either. A penalty of another car told in a clause with its own subject ("finish seventh …,
// while the #8 car … received a stop-go penalty") changes nothing of the figure's.
const PENALTY = /\bpenalt|\bpenalis|\bpenaliz|\bstrafe|\bbestraft|\bpénali[st]|\bpenalit[àa]|\bpenalidade|\bgridstraf|\bstraf(?:fe)?\b|\bsanzion|\bsanci[oó]n|\bdisqualif|\bdisqualifiziert|\bdisqualifié|\bsqualific|\bdescalific|\bdesclassific/i;
// A clause opened by a conjunction and a subject of its own: ", while the #8 car", " and Hamilton", " whereas his".
// Case matters: "but was hit with a penalty" goes on with the same subject (with /i, \p{Lu} would match "was").
const NEW_SUBJECT = /(?:[,;]\s*|\s)(?:while|whilst|whereas|although|though|as|and|but|mentre|e|et|tandis que|alors que|während|und|terwijl|en|mientras|y|enquanto)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|il\s+|la\s+|le\s+|der\s+|die\s+|de\s+|el\s+|o\s+)?(?=[#\p{Lu}]|car\b|team-?mate)/gu;

/** Whether the figure's sentence tells of a penalty of its subject, which may have changed the order it gives. */
export function penaltyTold(text: string, claim: Pick<Claim, 'start' | 'end' | 'sentence'>): boolean {
  const sentenceStart = text.lastIndexOf(claim.sentence.slice(0, 24), claim.start);
  if (sentenceStart < 0) return PENALTY.test(claim.sentence);
  const at = claim.start - sentenceStart;
  let from = 0;
  let to = claim.sentence.length;
  for (const opener of claim.sentence.matchAll(NEW_SUBJECT)) {
    if (opener.index + opener[0].length <= at) from = opener.index + opener[0].length;
    else if (opener.index >= at + (claim.end - claim.start)) {
      to = opener.index;
      break;
    }
  }
  return PENALTY.test(claim.sentence.slice(from, to));
}

// "This became second place following #51 receiving a post-race penalty", "was promoted to fourth after the
// Ferrari's penalty": a place the order took after a penalty, not the one on the road.
const CHANGED_BY = /\b(?:became|becomes|become|becoming|promoted|promotion|elevated|inherit(?:ed|s|ing)?|upgraded|moved up|werd|wurde|devenu|devient|pasó a ser|diventat|tornou-se)\b/i;

/** Whether a place is the one the order took after a penalty the sentence tells ("became second following … penalty"). */
export function placeAfterPenalty(text: string, claim: Pick<Claim, 'start' | 'end' | 'sentence'>): boolean {
  return penaltyTold(text, claim) && CHANGED_BY.test(claim.sentence);
}

// "a jump from ninth to sixth in the constructors' standings", "second in the drivers' championship", "terzo nella
// classifica piloti": a place in the championship, which no session's timing holds.
const STANDINGS =
  /\bstandings\b|\bpoints (?:table|order)\b|\b(?:drivers|constructors|teams|manufacturers)['’]?\s+(?:championship|title|table|standings)|\bchampionship (?:table|order|standings)|\bWM-(?:Stand|Wertung|Tabelle)|\b(?:Fahrer|Konstrukteurs|Team)-?(?:wertung|WM)\b|\bkampioenschap|\btussenstand|\bclassement (?:général du championnat|du championnat|des pilotes|des constructeurs)|\bchampionnat\b|\bclasificación del (?:campeonato|mundial)|\bclassifica (?:piloti|costruttori|mondiale|iridata)|\bcampionato\b|\bcampeonato\b|\bMeisterschaft\b/i;

/** Whether a place is one in the championship standings, by the words of its clause. */
export function inStandings(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  return STANDINGS.test(clauseAround(text, claim.start, claim.end)) || keptInStandings(text, claim);
}

// "The result meant Albuquerque and Taylor became the leaders of the Drivers' Championship … Nick Tandy and Mathieu
// Jaminet retained fourth": a place kept or changed, told right after the standings with no word of a session, is
// one in them too.
const KEPT = /\b(?:retain(?:ed|s)|kept|keeps|held on to|holds? on to|remain(?:ed|s)?|stay(?:ed|s)?|(?:moved|climbed|rose|fell|dropped|slipped) (?:up |down )?to)\s+(?:in\s+)?(?:the\s+)?$/i;
const SESSION_WORD = /\b(?:race|qualifying|practice|session|finish(?:ed|es)?|grid|lap|flag|start(?:ed)?)\b/i;

function keptInStandings(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  const sentenceStart = Math.max(text.lastIndexOf('. ', claim.start), text.lastIndexOf('\n', claim.start));
  if (sentenceStart < 0 || !KEPT.test(text.slice(sentenceStart, claim.start))) return false;
  const sentence = text.slice(sentenceStart, text.indexOf('.', claim.end) < 0 ? text.length : text.indexOf('.', claim.end));
  if (SESSION_WORD.test(sentence)) return false;
  const paragraphStart = text.lastIndexOf('\n', sentenceStart - 1) + 1;
  const before = text.slice(paragraphStart, sentenceStart + 1);
  const previous = before.slice(Math.max(before.lastIndexOf('. ', before.length - 3) + 1, 0));
  return STANDINGS.test(previous);
}

// "0.328s off first place", "à 0’’328s de la première place", "a 0,3 dal primo posto": the place right after a gap
// is what the gap is measured from, not a place the subject took ("0.3s behind second-placed Hamilton" is Hamilton's).
const GAP_FROM =
  /\d[\d.,’'"″]*\s*(?:s|sec(?:onds?|s)?|secondes?|secondi|segundos|Sekunden|seconden)?\s+(?:off|behind|from|short of|adrift of|shy of|slower than|de la|du|de|dalla|dal|del|von|vom|hinter|van|achter|da)\s+(?:the\s+)?$/i;

/** Whether a place is the one a gap written just before it is measured from. */
export function gapMeasuredFrom(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  const figure = text.slice(claim.start, claim.end);
  const placeWord = /^pole\b/i.test(figure) || /^\s*(?:place|position|spot|posto|posizione|lugar|posición|Platz|Position|plek|plaats|lugar|posição)\b/i.test(text.slice(claim.end, claim.end + 12));
  return placeWord && GAP_FROM.test(text.slice(Math.max(0, claim.start - 40), claim.start));
}
