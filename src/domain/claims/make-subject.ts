import { fullNameFor } from '../names';
import { partiesBetween, type ClaimContext } from './context';
import type { Claim } from './types';

// "Montoya and Button had exactly the same time of 1:24.998 but the Williams driver was listed third", "As Heikki
// Kovalainen demoted Vettel further, the Red Bull driver came in": a driver called by his team, as the subject of
// the figure's clause, is the one named before whose car the team is, not simply the last one named. Only where the
// team opens its clause (the sentence, or after "but", "as", "while", "with" or a comma): "Leclerc soon deposed the
// Red Bull driver" beats him, and "pushed the Mercedes driver to fourth" is read by the place's own readers.
const OPENS_CLAUSE = /(?:^|[,;:–—]|(?<![\p{L}])(?:but|and|as|while|whilst|whereas|with|though|although|after|before|when|since|so))\s*$/iu;
const DRIVER_NOUN = /^\s+(?:driver|man|racer|pilot|rookie|youngster|veteran|ace|star)(?![\p{L}])/iu;
/** How many sentences back the driver the team stands for is looked for. */
const SENTENCES_BACK = 2;

/**
 * A figure whose clause opens on "the Williams driver", with no driver or car named between it and the figure:
 * marked with the team and the drivers and cars named before it (nearest first), for the checker to find the one
 * whose car the timing gives that team. The claim as it is otherwise.
 */
export function ofMakeSubject(context: ClaimContext, claim: Claim, sentenceIndex: number): Claim {
  const sentence = context.sentences[sentenceIndex];
  if (!sentence) return claim;
  const { text } = context;
  const team = context.teams
    .filter((mention) => mention.start >= sentence.start && mention.end <= claim.start && DRIVER_NOUN.test(text.slice(mention.end, mention.end + 12)))
    .at(-1);
  if (!team) return claim;
  const article = /(?<![\p{L}])the\s+$/iu.exec(text.slice(Math.max(sentence.start, team.start - 6), team.start));
  if (!article) return claim;
  const at = team.start - article[0].length;
  if (!OPENS_CLAUSE.test(text.slice(Math.max(sentence.start, at - 12), at))) return claim;
  const epithetEnd = team.end + DRIVER_NOUN.exec(text.slice(team.end, team.end + 12))![0].length;
  if (partiesBetween(context, epithetEnd, claim.start).some((mention) => mention.kind === 'person' || mention.kind === 'car')) return claim;
  const from = context.sentences[Math.max(0, sentenceIndex - SENTENCES_BACK)]?.start ?? 0;
  const named = partiesBetween(context, from, at).filter((mention) => mention.kind === 'person' || mention.kind === 'car');
  if (named.length === 0) return claim;
  const candidates = [...new Set(named.reverse().map((mention) => (mention.kind === 'car' ? `#${mention.carNumber}` : fullNameFor(mention, context.fullNames))))];
  // "the Red Bull driver jumped to the top … ahead of second-placed team-mate Sergio Pérez": a figure read as another's,
  // named after it, is his.
  if (claim.subject !== null && !candidates.includes(claim.subject)) return claim;
  return { ...claim, subjectMake: { make: team.text, candidates } };
}
