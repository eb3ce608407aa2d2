import type { Claim } from './types';

// "0.286 behind his team-mate", "0.559s off his teammate's pace", "within half a second of his team-mate", "mais 265
// milésimos do que o seu companheiro de equipa", "0,2 Sekunden hinter seinem Teamkollegen", "the sister car": a
// comparison word, an owner's word, perhaps the team ("his Red Bull teammate"), then the team-mate, named after it or not.
const TEAM_MATE_AFTER = new RegExp(
  String.raw`^(?:\s+of\s+a\s+second)?(?:\s+[\p{Ll}-]+){0,2}?\s+(?:of|off|behind|than|to|from|on|ahead of|clear of|do que|que|de|del|da|dal|hinter|vor|als|achter|voor|dan|derrière|devant|sur)\s+` +
    String.raw`(?:(?:his|her|their|the|o\s+seu|a\s+sua|seu|sua|su|suo|sa|son|seinem|seinen|seines|ihrem|zijn|haar)\s+)(?:[\p{L}-]+\s+){0,2}` +
    String.raw`(?:team-?\s?mate|companheiro(?:\s+de\s+equipa|\s+de\s+equipe)?|compañero(?:\s+de\s+equipo)?|compagno(?:\s+di\s+squadra)?|coéquipier|teamkollegen?|stallgefährten?|teamgenoot|sister\s+car)(?:['’]s)?(?![\p{L}])`,
  'iu',
);
/** A gap read with no reference whose words measure it against the subject's unnamed team-mate, marked so. */
export function againstTeamMate(text: string, gap: Claim): Claim {
  if (gap.kind !== 'gap' || !gap.subject || gap.referencePlace) return gap;
  const after = text.slice(gap.end, gap.end + 90);
  const cue = TEAM_MATE_AFTER.exec(after);
  // "0.314 seconds slower than his Red Bull teammate": a team read as the reference only describes the team-mate.
  if (gap.reference) return cue && cue[0].includes(gap.reference) ? { ...gap, reference: null, referenceRosterId: null, referenceTeamMate: true } : gap;
  // "behind his team-mate Lewis Hamilton" too, whose name the clause rule leaves unread: the timing knows him.
  return cue ? { ...gap, referenceTeamMate: true } : gap;
}
