import { fullNameFor, type NameMention } from '../names';
import { partiesBetween, type ClaimContext } from './context';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

// "Derani set the early pace before Bourdais joined, producing 1m12.737s to get within 0.079s of him": "him" after
// the gap's measure is someone the sentence named before, not its subject.
const AGAINST_HIM = /^\s+(?:of|off|behind|than|ahead of|clear of|adrift of|short of|down on)\s+(?:him|her)(?![\p{L}])/iu;
// "Pier Guidi pressionou Kubica até os últimos metros, mas terminou em terceiro, apenas 0s329 atrás do adversário": a
// rival with no name after him is the other driver the sentence names, as "him" is; not "his closest rivals", the
// pack behind. Not "his title rival" either: a rival is known from the story, not the sentence ("Hamilton and
// Verstappen …, the former leading the way 0.056 seconds clear of his title rival" is of Q1 before its red flag, and
// was refuted by Q1's end).
const AGAINST_RIVAL = new RegExp(
  String.raw`^(?:\s+of\s+a\s+second)?\s+(?:(?:of|off|behind|than|ahead of|clear of|adrift of|short of|down on)\s+(?:his|her|their|the)\s+(?:rival|adversary|opponent)` +
    String.raw`|(?:atrás|à frente|na frente|detrás|delante|por delante|por detrás)\s+d(?:o|e\s+seu|o\s+seu|el|e\s+su)\s+(?:adversário|adversario|rival)` +
    String.raw`|(?:derrière|devant)\s+(?:son|le)\s+(?:rival|adversaire)|(?:dietro|davanti)\s+(?:al|al\s+suo)\s+(?:rivale|avversario)` +
    String.raw`|(?:hinter|vor)\s+(?:seinem|dem)\s+(?:Rivalen|Widersacher|Gegner)|(?:achter|voor)\s+(?:zijn|de)\s+(?:rivaal|tegenstander))(?![\p{L}])(?!\s*,?\s*\p{Lu})`,
  'iu',
);

// "held the top spot briefly … before Deletraz pipped him by 0.038s": "him" beaten by the margin is the same.
const BEATEN_HIM = /(?<![\p{L}])(?:beat|beats|beating|pipped|pips|pipping|edged|edges|edging|outpaced|outpaces|outqualified|outqualifies|bested|bests|topped|tops|shaded|shades|denied|denies)\s+(?:him|her)\s+(?:out\s+)?(?:\p{L}+\s+){0,2}?by\s+(?:(?:just|only|a\s+mere|a|some)\s+)?$/iu;

/** The one "him" or "his rival" stands for after a gap, or beaten by it: the last driver named before the figure who is not its subject. */
export function pronounReference(context: ClaimContext, figure: Figure, sentence: SentenceSpan, subject: string): NameMention | undefined {
  const after = context.text.slice(figure.end, figure.end + 60);
  if (!AGAINST_HIM.test(after) && !AGAINST_RIVAL.test(after) && !BEATEN_HIM.test(context.text.slice(Math.max(sentence.start, figure.start - 60), figure.start))) return undefined;
  const before = partiesBetween(context, sentence.start, figure.start).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null));
  const others = before.filter((mention) => fullNameFor(mention, context.fullNames) !== subject);
  const names = new Set(others.map((mention) => fullNameFor(mention, context.fullNames)));
  return names.size === 1 ? others.at(-1) : undefined;
}
