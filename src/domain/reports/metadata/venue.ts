import { DAYTONA, KNOWN_EVENTS, SEBRING } from './events';
import { mostMentioned, scoreMentions, type Named } from './mentions';

const TRACKS: readonly Named[] = [
  { name: DAYTONA, pattern: /\bdaytona\b/gi },
  { name: SEBRING, pattern: /\bsebring\b/gi },
  { name: 'VIRginia International Raceway', pattern: /\bvirginia international raceway\b|\bVIR\b/g },
  { name: 'Michelin Raceway Road Atlanta', pattern: /\broad atlanta\b/gi },
  { name: 'Watkins Glen International', pattern: /\bwatkins glen\b/gi },
  { name: 'WeatherTech Raceway Laguna Seca', pattern: /\blaguna seca\b/gi },
  { name: 'Long Beach', pattern: /\blong beach\b/gi },
  { name: 'Detroit', pattern: /\bdetroit\b/gi },
  { name: 'Mid-Ohio Sports Car Course', pattern: /\bmid-ohio\b/gi },
  { name: 'Road America', pattern: /\broad america\b/gi },
  { name: 'Lime Rock Park', pattern: /\blime rock\b/gi },
  { name: 'Indianapolis Motor Speedway', pattern: /\bindianapolis\b/gi },
  { name: 'Canadian Tire Motorsport Park', pattern: /\bcanadian tire motorsport park\b|\bCTMP\b|\bmosport\b/g },
  { name: 'Circuit of the Americas', pattern: /\bcircuit of the americas\b|\bCOTA\b/g },
  { name: 'St. Petersburg', pattern: /\bst\.? petersburg\b/gi },
  { name: 'Circuit de la Sarthe', pattern: /\bcircuit de la sarthe\b|\b24 hours of le mans\b/gi },
  { name: 'Circuit de Spa-Francorchamps', pattern: /\bSpa(?:-Francorchamps)?\b/g },
  { name: 'Fuji Speedway', pattern: /\bfuji\b/gi },
  { name: 'Bahrain International Circuit', pattern: /\bbahrain\b/gi },
  { name: 'Autodromo Nazionale Monza', pattern: /\bmonza\b/gi },
  { name: 'Silverstone Circuit', pattern: /\bsilverstone\b/gi },
];

/**
 * The meeting the report is about, from the meetings Racedesk knows: the most mentioned, the headline counting
 * four. A qualifying report on a race whose qualifying runs at another meeting it also names (the Rolex 24,
 * qualified at the Roar) is about that other meeting, where the session's timing is filed.
 */
export function detectEvent(headline: string, body: string, session: string | null): string | null {
  const scores = scoreMentions(KNOWN_EVENTS, headline, body);
  const event = mostMentioned(scores);
  const qualifiedAt = KNOWN_EVENTS.find((known) => known.name === event)?.qualifiedAt;
  return session === 'Qualifying' && qualifiedAt && scores.has(qualifiedAt) ? qualifiedAt : event;
}

/** The track: the most mentioned, with the named meeting's own track counting as one more mention. */
export function detectTrack(headline: string, body: string, event: string | null): string | null {
  const scores = scoreMentions(TRACKS, headline, body);
  const eventTrack = KNOWN_EVENTS.find((known) => known.name === event)?.track;
  if (eventTrack) {
    const current = scores.get(eventTrack) ?? { score: 0, first: Number.POSITIVE_INFINITY };
    scores.set(eventTrack, { score: current.score + 1, first: current.first });
  }
  return mostMentioned(scores);
}
