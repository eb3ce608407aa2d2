import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { RacedeskError } from '../../domain/errors';
import type { TimingImportOptions } from '../../api/timing';
import { isAlKamelLaps } from './al-kamel-laps';
import { isAlKamelResults } from './al-kamel-results';
import { alKamelDrafts } from './al-kamel-sessions';
import type { ClassifiedFile, SkippedFile } from './classified-file';
import { collectTable, detectDelimiter, openCsv, sourceOfTable } from './csv-table';
import { ergastDrafts } from './ergast';
import { ergastTableOf, type ErgastTables } from './ergast-tables';
import { readGenericResults } from './generic-results';
import { parseColumnMapping } from './header-meaning';
import { looksPasted, tableFromPastedText } from './pasted-results';
import type { SessionDraft } from './session-draft';
import { eventNameOfFolder, kindOfName, seriesOf, titleFromSlug, yearOf } from './session-naming';
import type { SourceFile } from './source-files';
import { decodeTimingText } from './text-file';

const WEATHER_HEADERS = ['TIME_UTC_SECONDS', 'AIR_TEMP'];

function headerCells(text: string): string[] {
  const end = text.search(/\r?\n|\r/);
  const line = end === -1 ? text : text.slice(0, end);
  return line.split(detectDelimiter(line)).map((cell) => cell.trim().replace(/^"|"$/g, ''));
}

/** Reads one file and says what it is; refuses, with file, line and reason, anything malformed. */
export function classifyFile(source: SourceFile): ClassifiedFile {
  const text = decodeTimingText(source.bytes, source.name);
  const sha256 = createHash('sha256').update(source.bytes).digest('hex');
  const extension = extname(source.name).toLowerCase();
  if (extension !== '.csv' && looksPasted(text)) {
    return { source, kind: 'pasted-text', csv: sourceOfTable(tableFromPastedText(text, source.name)), sha256 };
  }
  const headers = headerCells(text);
  const ergast = ergastTableOf(headers);
  // Al Kamel leaves off the empty driver columns at the end of a results row; Ergast's 2025 races stop at `url`.
  const padShortRows = ergast === 'races' || (isAlKamelResults(headers) && !isAlKamelLaps(headers));
  const csv = openCsv(text, source.name, { padShortRows });
  const upper = csv.headers.map((header) => header.toUpperCase());
  if (ergast) return { source, kind: 'ergast', csv, sha256 };
  if (WEATHER_HEADERS.every((header) => upper.includes(header))) return { source, kind: 'al-kamel-weather', csv, sha256 };
  if (isAlKamelLaps(csv.headers)) return { source, kind: 'al-kamel-laps', csv, sha256 };
  if (isAlKamelResults(csv.headers)) return { source, kind: 'al-kamel-results', csv, sha256 };
  if (csv.headers.length < 2) {
    throw new RacedeskError('bad-file', `${source.name} line 1: not a table (one column "${csv.headers[0].slice(0, 40)}"); expected results or laps separated by ; , or tabs`);
  }
  return { source, kind: 'results-table', csv, sha256 };
}

function genericDraft(file: ClassifiedFile, options: TimingImportOptions): SessionDraft {
  const stem = file.source.name.replace(/\.[a-z]+$/i, '');
  const kind = options.kind ?? kindOfName(stem, 'race');
  const { entries, results } = readGenericResults(collectTable(file.csv), kind, options.map ? parseColumnMapping(options.map) : {});
  return {
    key: stem,
    series: seriesOf(file.source.folder, entries.map((entry) => entry.className)) ?? 'Other',
    eventName: eventNameOfFolder(file.source.folder) ?? titleFromSlug(stem),
    year: yearOf(file.source.folder, null),
    name: titleFromSlug(stem),
    kind,
    startTime: null,
    trackHint: `${file.source.folder} ${stem}`,
    sourceFiles: [file.source.name],
    sourceHashes: [file.sha256],
    entries,
    results,
    laps: null,
  };
}

function ergastGroups(files: ClassifiedFile[], options: TimingImportOptions): SessionDraft[] {
  const byFolder = new Map<string, ClassifiedFile[]>();
  for (const file of files) byFolder.set(file.source.folder, [...(byFolder.get(file.source.folder) ?? []), file]);
  return [...byFolder.values()].flatMap((group) => {
    const tables: ErgastTables = {};
    for (const file of group) {
      const name = ergastTableOf(file.csv.headers);
      if (name) tables[name] = collectTable(file.csv);
    }
    return ergastDrafts(tables, options.race, { files: group.map((file) => file.source.name), hashes: group.map((file) => file.sha256) });
  });
}

/**
 * Reads every file and turns them into session drafts, writing nothing: any malformed file refuses the
 * whole import. Results and laps of one session are joined; weather files are skipped and reported.
 */
export function draftsFromFiles(sources: SourceFile[], options: TimingImportOptions): { drafts: SessionDraft[]; skipped: SkippedFile[] } {
  if (sources.length === 0) throw new RacedeskError('bad-input', 'No timing files to import (folders are searched for .csv, .tsv and .txt files)');
  const files = sources.map(classifyFile);
  const skipped = files
    .filter((file) => file.kind === 'al-kamel-weather')
    .map((file) => ({ file: file.source.name, reason: 'weather readings are not stored' }));
  const drafts = [
    ...alKamelDrafts(files.filter((file) => file.kind === 'al-kamel-results' || file.kind === 'al-kamel-laps')),
    ...ergastGroups(files.filter((file) => file.kind === 'ergast'), options),
    ...files.filter((file) => file.kind === 'results-table' || file.kind === 'pasted-text').map((file) => genericDraft(file, options)),
  ];
  return { drafts, skipped };
}
