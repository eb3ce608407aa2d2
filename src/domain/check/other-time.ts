import type { Claim } from '../claims';
import { allTimePlace } from './unreal';

// Figures of another time than the session's: a record set before it, another year, last year.

// "the record of 1:33.655", "breaking the 2019 record", "Jarvis's record": a record other than the figure itself.
const OLD_RECORD =
  /\b(?:previous|old|existing|former|standing|outright|all-time|absolute)\s+(?:[\w.:'’]+\s+){0,2}record|\brecord\s+(?:of|from|set|held|stood)\b|\b(?:breaking|broke|beating|beat|lowering|lowered|smashing|smashed|eclipsing|eclipsed|bettering|bettered|under|beneath|below|shattering|shattered)\s+(?:\S+\s+){0,3}record|\brecord\b[^,;.]*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b[^,;.]*\brecord|['’]s\s+(?:\w+\s+)?record|\b(?:rekord|récord|recorde)\b/i;
// "a new record of 1:13.9", "shattered the track qualifying record with a lap of 1 minute, 13.924 seconds", "broke the
// track record with a lap time of 1:14.400": the figure is the record set.
const THIS_RECORD =
  /\bnew\s+(?:\w+\s+)?record|\brecord[- ](?:breaking|setting)|\bset\s+(?:a|the)\s+(?:new\s+)?(?:\w+\s+)?record|\b(?:broke|shattered|smashed|lowered|beat|eclipsed|bettered)\s+(?:\S+\s+){0,4}record\s+with\s+(?:(?:a|an|his|her|its|their)\s+)?(?:(?:lap|time|run|effort)\s+){0,2}(?:of\s+)?$/i;
// "to clinch his 86th career pole position and broke the lap record": a record broken in a predicate after the
// figure's is another deed of the subject's, not the figure.
const AND_RECORD = /\s+and\s+(?:also\s+)?(?:broke|shattered|smashed|lowered|set|beat|eclipsed)\s+(?:\S+\s+){0,4}record\b.*$/i;

// "set the fastest race lap ever at Silverstone", "the quickest-ever lap", "fastest of all time", "de snelste ronde
// ooit", "la plus rapide de l'histoire": ranked against every year, which no one session's timing holds.
const EVER =
  /^(?:fastest|quickest|schnellste\p{L}*|snelste|plus rapide|m[aá]s r[aá]pid\p{L}*|più veloce|mais r[aá]pid\p{L}*)(?:[- ]ever\b|(?:\s+[\p{L}-]+){0,3}\s+(?:ever|of all time|aller Zeiten|ooit|de tous les temps|de l['’]histoire|di sempre|de la historia|de todos os tempos|da história)(?![\p{L}]))/iu;

// "the record of 1:33.655", "0.3s under the record", "more than a second quicker than the old 1m5.542s record": the
// word record within a few words of the figure.
function recordNear(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  const around = text.slice(Math.max(0, claim.start - 48), claim.end + 40);
  return /\brecord\b|\brekord\b|\brécord\b|\brecorde\b/i.test(around);
}

/** Whether the figure is a record other than itself, or ranked against every year ("the fastest lap ever"). */
export function isRecord(text: string, claim: Pick<Claim, 'start' | 'end'> & Partial<Pick<Claim, 'kind'>>, clause: string, clauseStart: number): boolean {
  // "broke the track record on his way to topping the session", "his first pole broke the previous record, 1:10.705":
  // a record is a time; a place beside one is still the session's order (only "the fastest lap ever" ranks all years).
  // "the one-hundredth pole sitter in history": the all-time words rank the count; a pole is only ever this session's.
  if (claim.kind === 'position') return EVER.test(text.slice(claim.start, clauseStart + clause.length)) || (allTimePlace(text, claim) && !/^pole/i.test(text.slice(claim.start, claim.end)));
  const clauseBefore = text.slice(clauseStart, claim.start);
  const before = text.slice(Math.max(0, claim.start - 60), claim.start);
  const old = recordNear(text, claim) && OLD_RECORD.test(clauseBefore + clause.slice(clauseBefore.length).replace(AND_RECORD, '')) && !THIS_RECORD.test(before);
  // "broke the previous DPi track record, 1:10.705, set two years ago": the figure set off after the record it names.
  const appositive = /\brecord\s*[,(]\s*$/i.test(before) && OLD_RECORD.test(before);
  if (appositive) return true;
  return old || EVER.test(text.slice(claim.start, clauseStart + clause.length)) || allTimePlace(text, claim);
}

// "since Sebring 2018", "desde el Gran Premio de Singapur en 2010": the year the phrase after "since" ends in.
const SINCE_YEAR = /\b(?:since|seit|sinds|depuis|desde)\s+(?:[\p{L}'’-]+\s+){0,6}(?:19[5-9]\d|20\d\d)\b/giu;
// "The 2018 and 2019 Long Beach winner sealed the deal with a 1m10.371s", "2009 world champion Jenson Button": a year
// in a title describes the driver, and so does "last year's winner"; the figure is this event's.
const LAST_YEAR_TITLE = /\blast (?:year|season)['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:winner|champion|polesitter|pole-sitter|pole winner|victor)s?\b/giu;
const YEAR_TITLE = /\b(?:19|20)\d\d(?:\s*(?:and|&|,)\s*(?:19|20)\d\d)*\s+(?:[\p{L}-]+\s+){0,3}?(?:winner|champion|polesitter|pole-sitter|pole winner|victor)s?\b/giu;

// "vanaf poleposition start, net als vorig jaar", "on pole, as he was last year": a place compared with last year's
// is this year's.
const LIKE_LAST_YEAR = /\b(?:just\s+)?(?:like|as)\s+(?:(?:he|she|it)\s+(?:did|was)\s+)?last (?:year|season)|\b(?:net\s+)?als vorig jaar|\bwie (?:im )?(?:letzten Jahr|Vorjahr)|\bcomme l'année dernière|\bcomo el año pasado|\bcome l'anno scorso|\bcomo no ano passado/gi;

// "last year", "vorig jaar", "letztes Jahr", "im Vorjahr": not "als letztes GTLM-Team" (the last GTLM team).
const LAST_YEAR = /\blast (?:year|season)|\ba year (?:ago|earlier)|\bprevious (?:year|edition)|\bvorig(?:e|en)? (?:jaar|Jahr\w*|seizoen|Saison|editie)|\bletzte[ns]? (?:Jahr\w*|Saison)|\bVorjahr|\b(?:l'année dernière|año pasado|anno scorso|ano passado)/i;

// "Stoffel Vandoorne's #94 Peugeot 9X8 2024 LMH", "the PEUGEOT 9X8 2024 finished ninth", "a 2024-spec car": a year
// that names a car's version (after a brand and its model, or before a word for a car's version) dates no session.
const MODEL_YEAR =
  /\b\p{Lu}[\p{L}-]+\s+(?!(?:F|GP|Formula)\d\b)(?=[\p{L}\d.-]*\d)(?=[\d.-]*\p{L})[\p{L}\d.-]+\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d(?=[- ](?:version|spec|evo|evolution|model|LMH|LMDh|GTP|chassis|bodywork|aero|package|car)\b)/gu;

/** A year named in the figure's clause, dates, titles ("the 2019 winner") and car versions ("9X8 2024") aside. */
export function yearNamed(clause: string, figureAt = clause.length): number | null {
  const found = /\b(19[5-9]\d|20\d\d)\b/.exec(withoutMatchedBefore(clause, figureAt).replace(/\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, '').replace(SINCE_YEAR, '').replace(YEAR_TITLE, '').replace(MODEL_YEAR, ''));
  return found ? Number(found[1]) : null;
}

// "Lando Norris equalled his result from the 2020 Bahrain Grand Prix with a fantastic drive to fourth", "matched his
// 2019 finish by taking third": a past result the figure equals or betters, then the deed of this session that does
// it ("with", "by"). The year dates the result compared with; the figure after it is this session's. A figure inside
// the compared phrase ("bettered his 2019 pole time of 1:32.123 with a 1:31.9") is the old one and keeps its year.
const MATCHED_BEFORE =
  /\b(?:equall?(?:ed|ing|s)?|match(?:ed|es|ing)?|repeat(?:ed|s|ing)?|emulat(?:ed|es|ing)|better(?:ed|ing|s)?|improv(?:ed|es|ing)\s+on|surpass(?:ed|es|ing)?)\s+(?:his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:19|20)\d\d\b(?:[^,;:.!?]|[.:,](?=\d)){0,60}?\b(?:with|by)\s/giu;

function withoutMatchedBefore(clause: string, figureAt: number): string {
  return clause.replace(MATCHED_BEFORE, (phrase: string, at: number) => (at + phrase.length <= figureAt ? ' '.repeat(phrase.length) : phrase));
}

/** Whether the figure's clause names last year ("vorig jaar", "a year ago"), not to compare with it. */
export function lastYearNamed(clause: string): boolean {
  return LAST_YEAR.test(clause.replace(LIKE_LAST_YEAR, '').replace(LAST_YEAR_TITLE, ''));
}

// "A year ago, the team's No. 6 Porsche crossed the line first": a time set off at the sentence's head dates all of it.
export function openingAdverbial(sentence: string): string {
  return /^\s*((?:\p{L}+\s+){1,4}(?:ago|earlier|before)|(?:last|previous)\s+(?:year|season)|in\s+(?:19|20)\d\d)\s*,/iu.exec(sentence)?.[1] ?? '';
}
