import type { NameMention } from '../names';
import type { Figure } from './types';

// "to Blomqvist’s 1m10.489s", "Albuquerque's early benchmark of 1m11.582s", "Hamilton’s 0.2s margin": a driver or car
// whose figure the possessive names right before it holds it, even one the sentence measures another against.
// Not a person the possessive names instead ("Hamilton's team-mate clocked 1:32.1").
const POSSESSIVE_BEFORE = /^['’]s?\s+(?:(?:\p{Ll}+[\s-]+){0,3}?(?:of|at)\s+)?(?:a\s+)?$/u;
const PERSON_NOUN = /\b(?:team-?mates?|co-?drivers?|partners?|rivals?|compatriots?|crew|engineers?|boss|father|brother)\b/i;

// "Bourdais then eclipsed Derani’s pole time": a pole right after a possessive is the possessor's, not the
// clause's subject's ("down on Piastri’s provisional pole time" too); other places keep their clause's subject.
const POSSESSIVE_RIGHT_BEFORE = /^['’]s?\s+(?:provisional\s+|early\s+)?$/u;

// "Nico Rosberg's dire run to 18th", "Hamilton's climb to third", "Norris’s charge up to P4": a place a possessed run
// or climb ends in is the possessor's, whoever the clause is about.
const POSSESSED_RUN_TO = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:run|drive|climb|charge|recovery|rise|march|fightback|comeback|surge|progress|slide|drop|fall|slump|jump)\s+(?:(?:up|back|down|through the field)\s+)?(?:to|into)\s+(?:the\s+)?$/u;

export function possessorBefore(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  const last = inSentence.filter((mention) => mention.end <= figure.start).at(-1);
  if (!last || (last.kind !== 'person' && last.kind !== 'car')) return undefined;
  const between = text.slice(last.end, figure.start);
  if (figure.kind === 'position') return (figure.notation === 'pole' && POSSESSIVE_RIGHT_BEFORE.test(between)) || POSSESSED_RUN_TO.test(between) ? last : undefined;
  return POSSESSIVE_BEFORE.test(between) && !PERSON_NOUN.test(between) ? last : undefined;
}

// "Chilton took 21st on 1m27.062s ahead of Caterham’s Giedo van der Garde on 1m27.110s": a time right after "on" is
// the one named just before it, even one the sentence places behind another.
const ON_BEFORE = /^\s+on\s+(?:a\s+)?$/u;

export function timedOnBefore(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  if (figure.kind !== 'lap_time' && figure.kind !== 'speed') return undefined;
  const last = inSentence.filter((mention) => mention.end <= figure.start).at(-1);
  if (!last || (last.kind !== 'person' && last.kind !== 'car')) return undefined;
  return ON_BEFORE.test(text.slice(last.end, figure.start)) ? last : undefined;
}

// "devant Pierre Gasly, le pilote AlphaTauri à une demi-seconde de la pole", "Nasr, the Penske driver, 0.2s
// back": a figure in an appositive that describes the one named right before it is his, even one placed behind.
const DRIVER_APPOSITIVE =
  /^\s*,\s*(?:the|le|la|o|il|el|der|de|het)\s+(?:[\p{L}-]+\s+){0,3}?(?:driver|pilote|piloto|pilota|fahrer|coureur|rijder|coureur)(?:\s+[\p{L}-]+){0,3}?\s*(?:[,–—]\s*|(?:à|a|at|op|auf)\s+)?(?:une?\s+|an?\s+)?$/iu;

export function describedBefore(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  if (figure.kind === 'position') return undefined;
  const last = inSentence.filter((mention) => mention.end <= figure.start).at(-1);
  if (!last || last.kind !== 'person') return undefined;
  return DRIVER_APPOSITIVE.test(text.slice(last.end, figure.start)) ? last : undefined;
}

// "marcaba diferencias sobre su compañero Norris +0.230, Antonelli +0.337 y Albon +0.586", "Russell +0.144": a signed
// gap right after a name is that driver's deficit to the top of the order, as a timing sheet writes it, even where a
// cue before makes him the one beaten.
const SIGNED_RIGHT_AFTER = /^\s*:?\s*$/;

export function signedAfterName(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  if (figure.kind !== 'gap' || !text.slice(figure.start, figure.end).startsWith('+')) return undefined;
  const last = inSentence.filter((mention) => mention.end <= figure.start).at(-1);
  if (!last || (last.kind !== 'person' && last.kind !== 'car')) return undefined;
  return SIGNED_RIGHT_AFTER.test(text.slice(last.end, figure.start)) ? last : undefined;
}

// "os 1m13.322s de Vergne", "el 1:13.322 de Sainz", "il 1'13.322 di Leclerc", "le 1'13.322 de Gasly": a lap or speed
// followed by "de" and a name is that driver's, as the Romance languages write the possessive; after a gap the same
// "de" measures from the one named ("a 0,3 de Verstappen"), so gaps keep their own reading.
const OF_RIGHT_AFTER = /^\s+(?:de|di|do|da|du|del|della|dello|van|von|of)\s+(?:l['’]\s*)?$/iu;

export function possessorAfterTime(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  if (figure.kind !== 'lap_time' && figure.kind !== 'speed') return undefined;
  const next = inSentence.find((mention) => mention.start >= figure.end);
  if (!next || (next.kind !== 'person' && next.kind !== 'car')) return undefined;
  return OF_RIGHT_AFTER.test(text.slice(figure.end, next.start)) ? next : undefined;
}
