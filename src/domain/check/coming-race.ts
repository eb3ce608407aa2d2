/**
 * A race still to be run, named as what a figure is for: "finished an impressive third position overall for
 * tomorrow's race", "would only manage sixth to start tomorrow's race", "la partenza dal palo per la gara di domani".
 * The figure is the order qualifying set for that race, not one the race gave: a qualifying report's race has not
 * been run when it is written.
 */
const COMING_RACE =
  /\b(?:for|to start)\s+(?:(?:tomorrow|Saturday|Sunday)['’]s|the next day['’]s)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:race|grand prix|GP)\b|\bper la gara di domani\b|\bpour la course de demain\b|\bpara la carrera de mañana\b/iu;

/** Whether the words name a race still to come as the one a figure is for. */
export function forComingRace(words: string): boolean {
  return COMING_RACE.test(words);
}
