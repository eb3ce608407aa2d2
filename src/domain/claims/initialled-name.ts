import { foldName } from '../names';

// "F. Alonso", "P. di Resta", "J-E. Vergne", "Ch. Leclerc": a results table spells a driver as an initial and a
// surname, which reads as no name by itself. The cell opens the row after its place and any separators.
const INITIALLED = /^[\s|.:)\-–]*(?:#?\d{1,3}[\s|]+)?(\p{Lu})[\p{L}-]{0,2}\.\s?((?:(?:de|di|da|du|del|della|dos|van|von|der|den|ter|le|la)\s+)*\p{Lu}[\p{L}'’-]+)/u;

/**
 * The driver an initialled cell at the start of `cells` names: the one of `drivers` whose family name is the
 * surname written and whose first name starts with the initial; with no drivers known, the surname as written.
 * Null when the cells open with no initialled name or it fits no driver, or several.
 */
export function initialledDriver(cells: string, drivers: readonly string[]): string | null {
  const written = INITIALLED.exec(cells);
  if (!written) return null;
  const [, initial, surname] = written;
  if (drivers.length === 0) return surname;
  const folded = foldName(surname);
  const fits = drivers.filter((name) => {
    const full = foldName(name);
    return full.endsWith(` ${folded}`) && full.startsWith(foldName(initial));
  });
  return fits.length === 1 ? fits[0] : null;
}

// "2 BARRICHELLO  Ferrari  +1.977s": old wire-style results print the surname alone in capitals, which reads as no name.
const CAPITALS = /^[\s|.:)\-–]*(?:#?\d{1,3}[\s|]+)?(\p{Lu}{3,}(?:[\s'’-]\p{Lu}{2,})*)(?![\p{L}.])/u;

/** The one driver of `drivers` whose family name is the surname in capitals opening `cells`, or null. */
export function capitalisedDriver(cells: string, drivers: readonly string[]): string | null {
  const written = CAPITALS.exec(cells);
  if (!written) return null;
  const folded = foldName(written[1]);
  const fits = drivers.filter((name) => foldName(name).endsWith(` ${folded}`));
  return fits.length === 1 ? fits[0] : null;
}
