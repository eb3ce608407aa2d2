import { findCars, mergeCarsWithTeams } from './car-mentions';
import { classify, singleWordMention, teamBeforeCar } from './classify';
import { createFullNameIndex } from './full-name';
import { nameSegments, runPattern } from './name-runs';
import type { NameMention } from './types';

/**
 * Finds the people, teams and cars a report names, in text order: capitalised name runs ("Rory van der Steur"),
 * possessives split off ("Rennsport One’s Stevan McAleer" → a team and a person), crew lists
 * ("Christensen-Heinrich-Priaulx" → three people) and car numbers (`#31`, `No. 31`, "#77 AO Racing Porsche").
 * A lone capitalised word counts as a person only when it is the surname of a full name the text also uses.
 */
export function findNameMentions(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  runPattern.lastIndex = 0;
  for (let run = runPattern.exec(text); run; run = runPattern.exec(text)) {
    if (!/[ \t\u00A0-]/.test(run[0])) {
      const single = singleWordMention(text, run[0], run.index);
      if (single) mentions.push(single.kind === 'person' ? teamBeforeCar(text, single) : single);
      continue;
    }
    for (const segment of nameSegments(run[0], run.index)) {
      for (const mention of classify(text, segment)) mentions.push(teamBeforeCar(text, mention));
    }
  }
  mentions.push(...findCars(text));
  mentions.sort((left, right) => left.start - right.start);
  return promoteSurnames(mergeCarsWithTeams(text, mentions));
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
