/** Kilometres in one statute mile. */
export const KILOMETRES_PER_MILE = 1.609344;

export function milesFromKilometres(kilometres: number): number {
  return kilometres / KILOMETRES_PER_MILE;
}

export function kilometresFromMiles(miles: number): number {
  return miles * KILOMETRES_PER_MILE;
}

/** Average speed over a lap, km/h, rounded to one decimal as Al Kamel's `KPH` column is. */
export function speedKph(lengthKm: number, lapSeconds: number): number {
  return Math.round(((lengthKm * 3600) / lapSeconds) * 10) / 10;
}

/**
 * Average speed over a lap in mph as IMSA publishes it: from the track length in miles, truncated (not
 * rounded) to three decimals.
 * @example speedMph(3.56, 92.656) // 138.318
 */
export function speedMph(lengthMiles: number, lapSeconds: number): number {
  // Go through integer thousandths of the exact quotient so that e.g. 138.3186... truncates to 138.318.
  const thousandths = Math.floor(((lengthMiles * 3600 * 1000) / lapSeconds) + 1e-9);
  return thousandths / 1000;
}

/** The track length a lap time and its published speed imply, km. */
export function lengthKmFromSpeed(speedKphValue: number, lapSeconds: number): number {
  return (speedKphValue * lapSeconds) / 3600;
}
