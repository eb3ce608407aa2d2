import { KNOWN_EVENTS } from './events';
import { mostMentioned, scoreMentions, type Named } from './mentions';

const WEATHERTECH = 'IMSA WeatherTech SportsCar Championship';

/** Series names and the ways reports write them. */
const SERIES: readonly Named[] = [
  { name: WEATHERTECH, pattern: /\bweathertech\b/gi },
  { name: 'IMSA Michelin Pilot Challenge', pattern: /\b(?:michelin )?pilot (?:cup )?challenge\b/gi },
  { name: 'IMSA VP Racing SportsCar Challenge', pattern: /\bvp (?:racing )?(?:sportscar )?challenge\b/gi },
  { name: 'Mazda MX-5 Cup', pattern: /\bmx-?5 cup\b/gi },
  { name: 'FIA World Endurance Championship', pattern: /\bWEC\b|\bworld endurance championship\b/g },
  { name: 'Formula 1', pattern: /\bF1\b|\bformula (?:1|one)\b/gi },
  { name: 'NTT IndyCar Series', pattern: /\bindycar\b/gi },
  { name: 'NASCAR Cup Series', pattern: /\bnascar\b/gi },
];

/** Classes that only one series runs: a report on GTP cars is a WeatherTech report. */
const CLASSES: readonly Named[] = [
  { name: WEATHERTECH, pattern: /\bGTP\b|\bGTD[ -]Pro\b/g },
  { name: 'FIA World Endurance Championship', pattern: /\bHypercar\b|\bLMGT3\b/g },
];

/**
 * The series the report is about: the most mentioned series name (a mention in the headline counts four),
 * with a meeting or a class only one series runs counting as half a mention of it.
 */
export function detectSeries(headline: string, body: string): string | null {
  const scores = scoreMentions(SERIES, headline, body);
  const implied = scoreMentions([...KNOWN_EVENTS.map(({ series, pattern }) => ({ name: series, pattern })), ...CLASSES], headline, body);
  for (const [name, { score, first }] of implied) {
    const current = scores.get(name) ?? { score: 0, first: Number.POSITIVE_INFINITY };
    scores.set(name, { score: current.score + score / 2, first: Math.min(current.first, first) });
  }
  return mostMentioned(scores);
}
