import { findCars, mergeCarsWithTeams } from './car-mentions';
import { classify, singleWordMention, teamBeforeCar } from './classify';
import { createFullNameIndex } from './full-name';
import { isRunBlank, nameSegments, runPattern } from './name-runs';
import type { NameMention } from './types';
import { createWordFacts } from './word-facts';

/**
 * Finds the people, teams and cars a report names, in text order: capitalised name runs ("Rory van der Steur"),
 * possessives split off ("Rennsport One’s Stevan McAleer" → a team and a person), crew lists
 * ("Christensen-Heinrich-Priaulx" → three people) and car numbers (`#31`, `No. 31`, "#77 AO Racing Porsche").
 * A lone capitalised word counts as a person only when it is the surname of a full name the text also uses.
 */
export function findNameMentions(text: string): NameMention[] {
  const factsOf = createWordFacts();
  const names: NameMention[] = [];
  runPattern.lastIndex = 0;
  for (let run = runPattern.exec(text); run; run = runPattern.exec(text)) {
    if (isOneWord(run[0])) {
      const single = singleWordMention(text, run[0], run.index, factsOf);
      if (single) names.push(single.kind === 'person' ? teamBeforeCar(text, single) : single);
      continue;
    }
    for (const segment of nameSegments(run[0], run.index, factsOf)) {
      for (const mention of classify(text, segment)) names.push(teamBeforeCar(text, mention));
    }
  }
  return promoteSurnames(mergeCarsWithTeams(text, inTextOrder(names, findCars(text))));
}

// Most runs are one word: check that with a loop over character codes rather than a regex per run.
function isOneWord(run: string): boolean {
  for (let index = 0; index < run.length; index += 1) {
    const code = run.charCodeAt(index);
    if (code === 0x2d || isRunBlank(code)) return false;
  }
  return true;
}

// Names and cars each come out in text order, so merging them is enough; on equal starts names come first,
// as a stable sort of names followed by cars would put them.
function inTextOrder(names: NameMention[], cars: NameMention[]): NameMention[] {
  const merged: NameMention[] = [];
  let carIndex = 0;
  for (const name of names) {
    while (carIndex < cars.length && cars[carIndex].start < name.start) merged.push(cars[carIndex++]);
    merged.push(name);
  }
  while (carIndex < cars.length) merged.push(cars[carIndex++]);
  return merged;
}

function promoteSurnames(mentions: NameMention[]): NameMention[] {
  const index = createFullNameIndex(mentions);
  for (const mention of mentions) {
    if (mention.kind === 'unknown' && !mention.text.includes(' ') && index.fullNameOf(mention.text) !== null) {
      mention.kind = 'person';
    }
  }
  return mentions;
}
