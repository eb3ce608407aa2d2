import type { NameMention } from '../names';
import { carWords } from '../names/vocabulary';
import type { ClaimContext } from './context';

/**
 * "Early in the race the Turner Motorsport BMW M5 GT3 crashed … the BMW fell to last in class": a make alone after
 * "the" stands for the one team or car the text named with that make before (`#96` for "the #96 Turner BMW"); any
 * other make, or a make the text gave two teams, stays as written.
 */
export function antecedentOfMake(context: ClaimContext, mention: NameMention): string {
  const make = mention.text.toLowerCase();
  if (mention.kind !== 'team' || !carWords.has(make) || !/\bthe\s+$/i.test(context.text.slice(Math.max(0, mention.start - 5), mention.start))) return mention.text;
  const withMake = (other: NameMention) => other.end <= mention.start && other !== mention && (other.text.toLowerCase().split(/\s+/).includes(make) || context.text.slice(other.end, other.end + make.length + 1).toLowerCase() === ` ${make}`);
  const named = [
    ...context.teams.filter((team) => withMake(team) && team.text.toLowerCase() !== make),
    ...context.parties.filter((party) => party.kind === 'car' && withMake(party)),
  ].map((other) => (other.kind === 'car' ? `#${other.carNumber}` : other.text.replace(new RegExp(String.raw`\s+${make}\b.*$`, 'i'), '')));
  const distinct = new Set(named);
  return distinct.size === 1 ? [...distinct][0] : mention.text;
}
