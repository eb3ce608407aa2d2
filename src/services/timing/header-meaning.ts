import { RacedeskError } from '../../domain/errors';

/** What a column of a results table holds. */
export type ColumnMeaning = 'position' | 'car' | 'driver' | 'team' | 'className' | 'time' | 'gap' | 'laps' | 'vehicle' | 'status';

const MEANINGS: ColumnMeaning[] = ['position', 'car', 'driver', 'team', 'className', 'time', 'gap', 'laps', 'vehicle', 'status'];

/** Header spellings by meaning, compared after lower-casing and dropping dots and underscores. */
const SYNONYMS: Record<ColumnMeaning, string[]> = {
  position: ['pos', 'position', 'p', 'rank', 'place', 'pl', 'rang', 'classement', 'overall'],
  car: ['no', 'nr', 'num', 'number', '#', 'car', 'car no', 'car number', 'car #', 'startnummer', 'numero', 'n°'],
  driver: ['driver', 'drivers', 'name', 'pilot', 'pilote', 'fahrer', 'driver name'],
  team: ['team', 'entrant', 'equipe', 'équipe', 'team name'],
  className: ['class', 'cat', 'category', 'cls', 'classe'],
  time: ['time', 'best', 'best lap', 'best time', 'best lap time', 'fastest', 'fastest lap', 'lap time', 'temps', 'total time'],
  gap: ['gap', 'diff', 'difference', 'interval', 'int', 'behind', 'ecart', 'écart', 'gap first'],
  laps: ['laps', 'lap count', 'tours', 'runden', 'lps'],
  vehicle: ['vehicle', 'car model', 'model', 'make', 'manufacturer', 'chassis'],
  status: ['status', 'state', 'result'],
};

function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[._]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Column index by meaning; a meaning not found is absent. */
export type ColumnMap = Partial<Record<ColumnMeaning, number>>;

/** Recognises columns by what their headers mean (Pos/Position/P, No/#/Car, Driver/Name, Time/Best/Fastest…). */
export function guessColumns(headers: string[]): ColumnMap {
  const map: ColumnMap = {};
  headers.forEach((header, index) => {
    const normalized = normalizeHeader(header);
    const meaning = MEANINGS.find((candidate) => SYNONYMS[candidate].includes(normalized));
    if (meaning && map[meaning] === undefined) map[meaning] = index;
  });
  return map;
}

/**
 * Reads a mapping such as `time=Best,driver=Pilote` (meaning = header).
 * @example parseColumnMapping('time=Best,driver=Pilote') // { time: 'Best', driver: 'Pilote' }
 */
export function parseColumnMapping(text: string): Partial<Record<ColumnMeaning, string>> {
  const mapping: Partial<Record<ColumnMeaning, string>> = {};
  for (const pair of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [meaning, header] = pair.split('=').map((part) => part?.trim());
    if (!header || !MEANINGS.includes(meaning as ColumnMeaning)) {
      throw new RacedeskError('bad-input', `--map ${pair}: write meaning=Header, meaning one of ${MEANINGS.join(', ')}`);
    }
    mapping[meaning as ColumnMeaning] = header;
  }
  return mapping;
}

/** The guessed columns with an explicit mapping laid over them; a mapped header that is not there is refused. */
export function applyMapping(headers: string[], guessed: ColumnMap, mapping: Partial<Record<ColumnMeaning, string>>, fileName: string): ColumnMap {
  const map: ColumnMap = { ...guessed };
  for (const [meaning, header] of Object.entries(mapping) as [ColumnMeaning, string][]) {
    const index = headers.findIndex((candidate) => candidate.toLowerCase() === header.toLowerCase());
    if (index === -1) throw new RacedeskError('bad-input', `--map ${meaning}=${header}: ${fileName} has no column "${header}" (columns: ${headers.join(', ')})`);
    for (const other of MEANINGS) if (map[other] === index) delete map[other];
    map[meaning] = index;
  }
  return map;
}

/** How many meanings a header row has: a pasted table's header line is the first that has two or more. */
export function recognisedCount(headers: string[]): number {
  return Object.keys(guessColumns(headers)).length;
}
