import type { NameMention, RosterMatch } from './types';
import { organisationEndWords, teamNameEndWords, twoWordMakes } from './vocabulary';

/** Matches a stretch of text against the drivers and teams of the sessions; null when it names none of them. */
export type RosterLookup = (written: string) => RosterMatch | null;

const LONGEST = 4;
const WORD = /[^\s]+/g;

/**
 * Splits name runs at the drivers and teams the roster knows: "Alonso Ferrari" is a driver and a team, "Nico
 * Rosberg ROS Mercedes" a driver, a code and a team, "Australian Mark Webber" the driver Mark Webber, "Top-Ten von
 * Carlos Sainz" Carlos Sainz, "Red Bull" a team. The longest stretch of words that matches wins; a run in which
 * nothing matches is kept as it was, so names the data does not hold are still read.
 */
export function splitByRoster(mentions: readonly NameMention[], lookup: RosterLookup): NameMention[] {
  const split: NameMention[] = [];
  for (const mention of mentions) {
    if (mention.kind === 'car') {
      split.push(mention);
      continue;
    }
    split.push(...splitOne(mention, lookup));
  }
  return split;
}

function splitOne(mention: NameMention, lookup: RosterLookup): NameMention[] {
  const words = [...mention.text.matchAll(WORD)].map((match) => ({ text: match[0], start: mention.start + match.index, end: mention.start + match.index + match[0].length }));
  const whole = lookup(mention.text);
  if (whole) return [{ ...mention, kind: whole.entry.kind === 'driver' ? 'person' : 'team' }];
  const found: NameMention[] = [];
  let matchedAny = false;
  let leftover: typeof words = [];
  const flushLeftover = () => {
    if (leftover.length === 0) return;
    const start = leftover[0].start;
    const end = leftover.at(-1)!.end;
    found.push({ text: mention.text.slice(start - mention.start, end - mention.start), start, end, kind: 'unknown' });
    leftover = [];
  };
  for (let at = 0; at < words.length; ) {
    let matched = 0;
    for (let length = Math.min(LONGEST, words.length - at); length >= 1; length -= 1) {
      const start = words[at].start;
      const end = words[at + length - 1].end;
      const text = mention.text.slice(start - mention.start, end - mention.start).replace(/['’]s$/, '');
      if (text.length < 3) continue;
      if (length === 1 && inMake(words, at)) continue;
      const match = lookup(text);
      // "Max Angelelli" is not Max Verstappen: a first name stands for a driver only as a word of its own.
      if (!match || (match.firstName && words.length > 1)) continue;
      // "Wayne Taylor Racing", "Pratt Miller Motorsports", "Bryan Herta Autosport": a surname right before the word that
      // closes a team's name, or a lone surname inside a run read as a team, is the founder's, not a driver's.
      if (match.entry.kind === 'driver' && (teamNameEndWords.has(words[at + length]?.text.toLowerCase() ?? '') || (length === 1 && namesTeam(mention, words)))) continue;
      matched = length;
      flushLeftover();
      found.push({ text, start, end: start + text.length, kind: match.entry.kind === 'driver' ? 'person' : 'team' });
      break;
    }
    if (matched === 0) {
      leftover.push(words[at]);
      at += 1;
    } else {
      matchedAny = true;
      at += matched;
    }
  }
  flushLeftover();
  return matchedAny ? found : [mention];
}

// "Heart of Racing Aston Martin Vantage": a word of a two-word make is not the driver of that surname.
function inMake(words: readonly { text: string }[], at: number): boolean {
  const pair = (first: number) => first >= 0 && first + 1 < words.length && twoWordMakes.has(`${words[first].text} ${words[first + 1].text}`.toLowerCase().replace(/['’]s$/, ''));
  return pair(at - 1) || pair(at);
}

// A run read as a team that ends on a word closing an organisation's name ("Racing", "Autosport").
function namesTeam(mention: NameMention, words: readonly { text: string }[]): boolean {
  return mention.kind === 'team' && words.length > 1 && organisationEndWords.has(words.at(-1)!.text.toLowerCase().replace(/['’]s$/, ''));
}
