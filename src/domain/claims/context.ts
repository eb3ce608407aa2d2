import { createFullNameIndex, findNameMentions, foldName, splitByRoster, type FullNameIndex, type NameMention, type Roster } from '../names';
import { claimWordsFor, type ClaimWords } from './languages/claim-words';
import { createRosterMatcher, type RosterMatcher } from './roster-matches';
import { splitSentences, type SentenceSpan } from './sentences';
import { titleMentions } from './title-epithets';
import { resolveSharedSurnames } from './shared-surname';

/** What reading the words around figures needs, computed once per text. */
export interface ClaimContext {
  text: string;
  sentences: SentenceSpan[];
  /** Full names by surname, to write "Derani" as "Pipo Derani". */
  fullNames: FullNameIndex;
  /** People and cars only, in text order: who a claim can be about. */
  parties: NameMention[];
  /** Teams and makes, in text order: what a claim can be about when no driver or car is named. */
  teams: NameMention[];
  /** Matches names against the roster, each distinct name once; null without a roster. */
  matchInRoster: RosterMatcher | null;
  /** The parties of each sentence, filled in as figures ask for them: several figures often share a sentence. */
  partiesBySentence: (NameMention[] | undefined)[];
  /** The timing words of English and the text's language. */
  words: ClaimWords;
  /** The drivers of the roster, for rows pasted without spaces ("1Lewis HamiltonMercedes66 laps"). */
  drivers: string[];
}

/** Splits the text into sentences and finds its names; with a roster, lone words it knows become people. */
export function createContext(text: string, roster: Roster | undefined, words: ClaimWords = claimWordsFor(text), lead = ''): ClaimContext {
  const matchInRoster = roster ? createRosterMatcher(roster) : null;
  const found = findNameMentions(text);
  const lookup = matchInRoster ? confidentLookup(matchInRoster) : null;
  const mentions = resolveSharedSurnames(lookup ? splitByRoster(found, lookup) : found, roster, text, lead).map((mention) => {
    if (!lookup || mention.kind !== 'unknown') return mention;
    const match = lookup(mention.text);
    return match?.entry.kind === 'driver' ? { ...mention, kind: 'person' as const } : mention;
  });
  const named = mentions.filter((mention) => (mention.kind === 'person' || mention.kind === 'car') && !isEpithet(mention, lookup));
  const teams = mentions.filter((mention) => mention.kind === 'team' && !VENUE_AFTER.test(text.slice(mention.end, mention.end + 24)) && !VENUE_AFTER.test(` ${mention.text}`) && !EVENT_AFTER.test(text.slice(mention.end, mention.end + 48)));
  const sentences = splitSentences(text);
  const sentenceStartOf = (at: number) => sentences.findLast((span) => span.start <= at)?.start ?? 0;
  const titled = titleMentions(text, roster, named, sentenceStartOf).filter((title) => !named.some((mention) => mention.start < title.end && title.start < mention.end));
  const parties = titled.length === 0 ? named : [...named, ...titled].sort((a, b) => a.start - b.start);
  return { text, sentences, fullNames: createFullNameIndex([...mentions, ...titled]), parties, teams, matchInRoster, partiesBySentence: [], words, drivers: (roster ?? []).filter((entry) => entry.kind === 'driver').map((entry) => entry.name) };
}

// "at Canadian Tire Motorsport Park", "Virginia International Raceway": a name a circuit's word ends is the circuit's.
const VENUE_AFTER = /^\s+(?:Park|Raceway|Speedway|Circuit|Motor\s+Speedway|International\s+Raceway|Ring|Autodrome)(?![\p{L}])/u;

// "for Rolex 24 qualifier", "Sunday’s Hyundai Monterey Sports Car Championship", "the Acura Grand Prix of Long Beach":
// a sponsor or make whose capitalised run goes on into an event's title names the event, no competitor.
const EVENT_AFTER = /^(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}?\s+(?:Grand\s+Prix|(?:Sports\s?Car\s+)?Championship|Classic|(?:Twelve|Ten|Six|Twenty-Four)\s+Hours|Petit\s+Le\s+Mans|24(?![\d.,:]|\s*(?:laps?|cars?|hours?|points?|minutes?|seconds?)(?![\p{L}])))(?![\p{L}])/u;

/**
 * Roster matches a lone word may take: its exact spelling, or one slip inside a word of five letters or more
 * ("Dirani" for Derani), never at its first or last letter, where "France" would become Franco.
 */
function confidentLookup(match: RosterMatcher): RosterMatcher {
  return (written) => {
    const found = match(written);
    if (!found || found.exact || /\s/.test(written.trim())) return found;
    const word = written.trim();
    const spellings = [found.entry.name, ...(found.entry.aliases ?? []), ...found.entry.name.split(/\s+/)];
    const sameEnds = spellings.some((spelling) => spelling.length >= 5 && sameLetter(spelling[0], word[0]) && sameLetter(spelling.at(-1)!, word.at(-1)!));
    return found.distance <= 1 && word.length >= 5 && sameEnds ? found : null;
  };
}

function sameLetter(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

// "Der Weltmeister", "De Brit", "Während der Chinese": an article before a noun describes a driver named before;
// with the session's drivers at hand, such a run is no one's name; so too at a sentence's opening ("Le Néerlandais a signé").
const EPITHET = /(?:^|\s)(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]e|[Hh]et|[Ee]l|[Ll]a|[Ll]e|[Ll]es|[Ii]l|[Ll]o|[Oo]|[Oo]s|[Tt]he)\s+\p{Lu}/u;

function isEpithet(mention: NameMention, lookup: RosterMatcher | null): boolean {
  return lookup !== null && mention.kind === 'person' && EPITHET.test(mention.text) && lookup(mention.text) === null;
}

/** The parties whose mention starts in [start, end). */
export function partiesBetween(context: ClaimContext, start: number, end: number): NameMention[] {
  const { parties } = context;
  let low = 0;
  let high = parties.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (parties[middle].start < start) low = middle + 1;
    else high = middle;
  }
  const found: NameMention[] = [];
  for (let index = low; index < parties.length && parties[index].start < end; index += 1) found.push(parties[index]);
  return found;
}

/** The parties of sentence `index` of `context.sentences`. */
export function partiesInSentence(context: ClaimContext, index: number): NameMention[] {
  const known = context.partiesBySentence[index];
  if (known) return known;
  const span = context.sentences[index];
  const found = partiesBetween(context, span.start, span.end);
  context.partiesBySentence[index] = found;
  return found;
}
