import type { Named } from './mentions';

/** A race meeting the report may be about, with the track it is held at. */
export interface KnownEvent extends Named {
  track: string;
  series: string;
  /** The meeting its qualifying is held at, when that is another one (Rolex 24 qualifying runs at the Roar). */
  qualifiedAt?: string;
}

export const DAYTONA = 'Daytona International Speedway';
export const SEBRING = 'Sebring International Raceway';
const WEATHERTECH = 'IMSA WeatherTech SportsCar Championship';
const PILOT_CHALLENGE = 'IMSA Michelin Pilot Challenge';

/** Meetings named in the seed reports and the IMSA and WEC calendars they come from. */
export const KNOWN_EVENTS: readonly KnownEvent[] = [
  { name: 'Roar Before the Rolex 24', pattern: /\broar before the (?:rolex )?24\b/gi, track: DAYTONA, series: WEATHERTECH },
  { name: 'Rolex 24 at Daytona', pattern: /(?<!before the )\brolex 24\b/gi, track: DAYTONA, series: WEATHERTECH, qualifiedAt: 'Roar Before the Rolex 24' },
  { name: 'BMW M Endurance Challenge', pattern: /\bBMW M Endurance Challenge\b/gi, track: DAYTONA, series: PILOT_CHALLENGE },
  { name: 'Alan Jay Automotive Network 120', pattern: /\bAlan Jay Automotive Network 120\b/gi, track: SEBRING, series: PILOT_CHALLENGE },
  { name: 'Mobil 1 Twelve Hours of Sebring', pattern: /\b(?:twelve|12) hours of sebring\b/gi, track: SEBRING, series: WEATHERTECH },
  { name: 'Motul Petit Le Mans', pattern: /\bpetit le mans\b/gi, track: 'Michelin Raceway Road Atlanta', series: WEATHERTECH },
  { name: '24 Hours of Le Mans', pattern: /\b24 hours of le mans\b|\ble mans 24 hours\b/gi, track: 'Circuit de la Sarthe', series: 'FIA World Endurance Championship' },
  { name: '1000 Miles of Sebring', pattern: /\b1000 miles of sebring\b/gi, track: SEBRING, series: 'FIA World Endurance Championship' },
];
