import { splitSentences, type Claim } from '../claims';
import { findNameMentions, foldName } from '../names';
import type { SessionHint } from './session-hint';
import type { CheckedClaim } from './types';

// A contradiction needs evidence of the very driver the figure is about. When the figure's sentence, or the one
// before it, names other drivers ("Bottas outpaced his team-mate Hamilton to claim pole", "The Finn clocked
// 1:25.154", after a sentence naming both) and one of them bears the figure out, the reader may have taken the
// wrong one for its subject: the checker cannot say the writer slipped, so it accuses no one.

// Words that put the name after them behind the sentence's subject ("took pole ahead of Russell", "sichert sich vor
// George Russell die Pole", "beating his team-mate Norris", "ahead of Ferrari #62 by Risi with Pier Guidi"): that one
// was beaten, and the figure is not theirs.
const BEATEN =
  /\b(?:ahead of|in front of|beat(?:s|ing)?|outpac(?:es|ed|ing)|pipp(?:ed|ing)|edg(?:es|ed|ing)(?: out)?|vor|devant|davanti a|delante de|à frente de|voor)\s[^,;.!?]{0,60}$/iu;

/** People (or lone surnames, which may be people) named in the figure's sentence and the one before it, in the order written, but for those said to be beaten. */
export function namedNear(text: string, claim: Pick<Claim, 'start'>): string[] {
  const sentences = splitSentences(text);
  const at = sentences.findIndex((span) => claim.start >= span.start && claim.start < span.end);
  if (at < 0) return [];
  const names: string[] = [];
  for (const sentence of sentences.slice(Math.max(0, at - 1), at + 1)) {
    const words = text.slice(sentence.start, sentence.end);
    for (const mention of findNameMentions(words)) {
      if ((mention.kind === 'person' || mention.kind === 'unknown') && !BEATEN.test(words.slice(Math.max(0, mention.start - 60), mention.start))) names.push(mention.text);
    }
  }
  return [...new Set(names)];
}

/** The hint without the people who own another figure of the same kind in the sentence ("Hawksworth at 2:05.968, and Montecalvo with a 2:05.975"). */
export function withoutOwners(hint: SessionHint, claim: Claim, claims: readonly Claim[]): SessionHint {
  const owners = claims.filter((other) => other !== claim && other.kind === claim.kind && other.sentence === claim.sentence && other.subject).map((other) => foldName(other.subject!));
  return { ...hint, named: (hint.named ?? []).filter((name) => !owners.some((owner) => sameName(owner, foldName(name)))) };
}

// "Hamilton" is "Lewis Hamilton": a family name written alone is the same person.
function sameName(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

/** Checks the claim as if it were about someone else; the rule set of `checkClaim` without its overrides. */
export type CheckAs = (claim: Claim) => CheckedClaim;

/** Another named driver who bears a contradicted figure out, with the figure checked as theirs. */
export interface BorneOutByAnother {
  name: string;
  checked: CheckedClaim;
  /** Why the figure is not called wrong. */
  reason: string;
  /** Whether the figure may be read as theirs outright: see `borneOutByAnother`. */
  theirs: boolean;
}

/**
 * Who among the drivers named near a contradicted figure bears it out, or null when no one does. The figure is
 * theirs outright when the reader only guessed its subject, or when it is a lap time or speed to the thousandth
 * that is exactly their lap ("…superando seu companheiro Valtteri Bottas por apenas 0.069 seg, que fechou sua volta
 * com 1:18.956", read as Hamilton's), and no one else named bears it out too.
 */
export function borneOutByAnother(claim: Claim, checked: CheckedClaim, hint: SessionHint, check: CheckAs, isDriver: (name: string) => boolean): BorneOutByAnother | null {
  // "Lamborghini #19 is fifth": a car named by its number is no misread pronoun or epithet.
  if (claim.subject?.startsWith('#')) return null;
  const own = [claim.subject, claim.reference].filter((name): name is string => name !== null).map(foldName);
  const bearers: { name: string; checked: CheckedClaim }[] = [];
  for (const name of hint.named ?? []) {
    const folded = foldName(name);
    // "Verstappen … con Sainz": a surname alone counts when it is a driver's, never a team's ("Williams").
    if (own.some((taken) => sameName(taken, folded)) || !isDriver(name)) continue;
    const other = check({ ...claim, subject: name, subjectRosterId: null, subjectSure: true });
    if (other.verdict === 'confirmed' && other.subjectCar !== checked.subjectCar && !bearers.some((bearer) => bearer.checked.subjectCar === other.subjectCar)) bearers.push({ name, checked: other });
  }
  if (bearers.length === 0) return null;
  const [{ name, checked: theirs }] = bearers;
  const exactLap = (claim.kind === 'lap_time' || claim.kind === 'speed') && claim.decimals >= 3 && claim.qualifier === 'exact';
  return {
    name,
    checked: theirs,
    reason: `${name}, named beside it, bears it out (${theirs.evidence}); the text may mean ${name}`,
    theirs: bearers.length === 1 && (!claim.subjectSure || exactLap),
  };
}
