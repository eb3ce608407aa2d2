import { fullNameFor } from '../names';
import { partiesBetween, partiesInSentence, type ClaimContext } from './context';

/** What the timing's nationalities say an epithet stands for: one driver, or `open` when they cannot tell. */
export type NationalityFit = { name: string } | 'open';

const sentencesBack = 3;

/**
 * "Hamilton led Verstappen and Bottas home; the Finn was 0.4s behind": among the drivers the text named before the
 * epithet, nearest first (its own sentence, then each sentence before), the one the timing gives that nationality.
 * Two of it at the same distance ("Hamilton and Norris … the Briton"), a nearer one the timing gives no nationality,
 * or no one of it at all leave it `open`: a wrong driver would make a false contradiction. Undefined when the
 * timing gives none of them a nationality, so the reader's other clues decide.
 */
export function fitByNationality(context: ClaimContext, at: number, nationality: string): NationalityFit | undefined {
  const match = context.matchInRoster;
  if (!match) return undefined;
  const sentenceIndex = context.sentences.findIndex((sentence) => at >= sentence.start && at < sentence.end);
  if (sentenceIndex < 0) return undefined;
  let known = false;
  let unknown = false;
  for (let index = sentenceIndex; index >= Math.max(0, sentenceIndex - sentencesBack); index -= 1) {
    const parties = index === sentenceIndex ? partiesBetween(context, context.sentences[index].start, at) : partiesInSentence(context, index);
    // "Charles and Carlos … Leclerc … Sainz": two names of one entry are one driver, called by the longer.
    const fitting = new Map<string, string>();
    for (const mention of parties) {
      if (mention.kind !== 'person') continue;
      const entry = match(mention.text)?.entry;
      if (!entry || entry.kind !== 'driver') continue;
      if (entry.nationality === undefined) unknown = true;
      else known = true;
      const name = fullNameFor(mention, context.fullNames);
      if (entry.nationality === nationality && name.length > (fitting.get(entry.id)?.length ?? 0)) fitting.set(entry.id, name);
    }
    if (fitting.size === 0) continue;
    return fitting.size === 1 && !unknown ? { name: [...fitting.values()][0] } : 'open';
  }
  return known ? 'open' : undefined;
}

/** Whether the timing gives `name` (as the text writes it) a nationality other than `nationality` ("the Finn" after "Hamilton"). */
export function nationalityDiffers(context: ClaimContext, name: string, nationality: string): boolean {
  const found = context.matchInRoster?.(name)?.entry.nationality;
  return found !== undefined && found !== nationality;
}
