import type { Claim } from '../claims';
import type { CarFacts, SessionIndex } from './session-index';

// "Alex Albon missed out on progressing by just 0.026s", "falling at the first hurdle were Williams' Nicholas Latifi
// (by just 0.002s)": in F1 qualifying a driver knocked out of a part is measured against the cut, the slowest
// driver of that part who went through to the next.
// "Kvyat miste daardoor Q2 op slechts 32 duizendsten", "Stroll … op vijfenzestig duizendste Q2 misloopt", "der um
// 0,020 Sekunden … den Q3-Einzug verpasst hatte", "eliminado en la Q1", "éliminé en Q2": the other languages say it
// with the verb around the part it missed, as their grammar places it.
const KNOCKED_OUT_ELSEWHERE = String.raw`(?<![\p{L}])(?:mist(?:e|en)?|verpass(?:t|te|ten|en)|manqu(?:e|é|ait)|perde|perdeu|perdió)\s+(?:\p{Ll}+\s+){0,3}(?:la\s+|le\s+|o\s+|den\s+)?Q[23](?![\p{L}\d])|(?<![\p{L}\d])Q[23](?:-Einzug)?\s+(?:\p{Ll}+\s+)?(?:mis(?:loopt|liep|liepen|lopen|t|te|ten)|verpass(?:t|te|ten|en))(?![\p{L}])|(?<![\p{L}])(?:uitgeschakeld|ausgeschieden|éliminée?s?|eliminad[oa]s?)(?![\p{L}])`;
const KNOCKED_OUT = new RegExp(
  String.raw`\bmiss(?:ed|es|ing)? out\b|\bknocked out\b|\beliminat\w+|\bfall(?:s|ing)?\s+at\s+the\s+(?:first|second)\s+hurdle\b|\bfell\s+at\s+the\s+(?:first|second)\s+hurdle\b|\bmiss(?:ed|es|ing)? the cut\b|\bfail(?:ed|s|ing)? to (?:make|progress|advance|reach|get)\b[^,;.]{0,20}\bQ[23]\b|\bdropp(?:ed|ing) out (?:in|of) Q[12]\b|${KNOCKED_OUT_ELSEWHERE}`,
  'iu',
);

// "miss out on Q3 by just 0.029s, the Williams driver ending up 11th, ahead of Carlos Sainz": a margin the words say
// the driver missed out by is to the cut, whoever the sentence goes on to name.
const MISSED_BY = new RegExp(String.raw`(?:${KNOCKED_OUT.source})[^,;.]{0,30}?\bby\s+(?:just\s+|only\s+|a mere\s+|a\s+)?$`, 'iu');

/** The claim with the cut's driver as its reference, when it measures a knocked-out driver against no one named. */
export function withCutOffReference(claim: Claim, index: SessionIndex, cars: CarFacts[]): Claim {
  if (claim.kind !== 'gap' || claim.referencePlace || !KNOCKED_OUT.test(claim.sentence)) return claim;
  if (claim.reference && !MISSED_BY.test(claim.sentence.slice(0, Math.max(0, claim.sentence.indexOf(claim.text))))) return claim;
  const subject = cars.find((facts) => facts.result?.qualifyingPartSeconds);
  const times = subject?.result?.qualifyingPartSeconds;
  if (!subject || !times) return claim;
  const out = times.reduce<number>((last, seconds, at) => (seconds != null ? at : last), -1);
  if (out < 0) return claim;
  const partTime = (facts: CarFacts) => facts.result?.qualifyingPartSeconds?.[out] ?? null;
  const through = [...index.cars.values()].filter((facts) => facts.result?.qualifyingPartSeconds?.[out + 1] != null && partTime(facts) !== null);
  if (through.length === 0) return claim;
  const cut = through.reduce((slowest, facts) => ((partTime(facts) ?? 0) > (partTime(slowest) ?? 0) ? facts : slowest));
  if (cut.drivers.length !== 1) return claim;
  return { ...claim, reference: cut.drivers[0], referenceRosterId: null };
}
