import type { CarFacts } from './session-index';

/** Whether two car numbers are the same digits, leading zeros aside ("01" and "1" — different cars, alike). */
export function sameNumber(a: string, b: string): boolean {
  return a.replace(/^0+(?=\d)/, '') === b.replace(/^0+(?=\d)/, '');
}

/** "Paul Miller Racing's BMW M4 GT3 (GTDPRO)". */
export function describeCar(facts: CarFacts): string {
  const owner = facts.team ? `${facts.team}${/s$/i.test(facts.team) ? "'" : "'s"} ` : '';
  const what = facts.vehicle || 'car';
  return `${owner}${what}${facts.className ? ` (${facts.className})` : ''}`;
}
