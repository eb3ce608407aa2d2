import type { Figure } from './types';

// "Jenson Button (47.390s) in his McLaren-Mercedes finished in fourth": a figure in seconds alone in brackets right
// after a name.
const NAME_BEFORE = /\p{Lu}[\p{L}'’-]+\s?\(\s*$/u;
const CLOSED_AFTER = /^\s*\)/;
// "Jean-Eric Vergne (1 lap)", "(+2 laps)", "(1 lap down)": a results list gives the lapped cars their laps down.
const LAPS_DOWN = /\(\s*\+?\s*\d{1,2}\s+laps?(?:\s+down)?\s*\)/i;
// Two bracketed figures further apart than this, or with a line between, are not one list.
const LIST_SPAN = 250;
// Laps of one session, even across classes (GTP and GTD at Daytona, Hypercar and LMGT3 at Le Mans), lie within about
// a sixth of each other; a list whose last figure is a quarter over its first is a list of gaps to the winner.
const LAP_SPREAD = 1.25;

/**
 * "Jenson Button (47.390s) … in fourth, followed by Sebastien Vettel (53.864s) … in fifth, … Kevin Magnussen
 * (1m02.563s) … seventh, … Jean-Eric Vergne (1 lap) …": a results list gives each driver's deficit to the winner in
 * brackets after his name, unsigned and to the thousandth, so each alone reads as a lap. The list shows it: the
 * figures rise with the order, and a lapped car's laps down stand among them, or a gap already read does, or they
 * spread wider than the laps of one session can.
 */
export function asResultsGaps(text: string, figures: Figure[]): Figure[] {
  const bracketed = figures.filter((figure) => isBracketedAfterName(text, figure));
  const lists: Figure[][] = [];
  for (const figure of bracketed) {
    const list = lists.at(-1);
    const last = list?.at(-1);
    if (list && last && figure.start - last.end <= LIST_SPAN && !text.slice(last.end, figure.start).includes('\n')) list.push(figure);
    else lists.push([figure]);
  }
  const gaps = new Set(lists.filter((list) => isGapList(text, list)).flat().filter((figure) => figure.kind === 'lap_time'));
  return gaps.size === 0 ? figures : figures.map((figure) => (gaps.has(figure) ? { ...figure, kind: 'gap' } : figure));
}

function isBracketedAfterName(text: string, figure: Figure): boolean {
  if (figure.kind !== 'lap_time' && figure.kind !== 'gap') return false;
  return NAME_BEFORE.test(text.slice(Math.max(0, figure.start - 40), figure.start)) && CLOSED_AFTER.test(text.slice(figure.end, figure.end + 3));
}

function isGapList(text: string, list: Figure[]): boolean {
  if (list.length < 2 || !list.some((figure) => figure.kind === 'lap_time')) return false;
  if (list.some((figure, index) => index > 0 && figure.value < list[index - 1].value)) return false;
  if (list.some((figure) => figure.kind === 'gap')) return true;
  if (LAPS_DOWN.test(text.slice(list[0].start, Math.min(text.length, list.at(-1)!.end + LIST_SPAN)).split('\n')[0])) return true;
  return list.at(-1)!.value > list[0].value * LAP_SPREAD;
}
