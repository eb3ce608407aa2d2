import type { CsvTable } from './csv-table';
import type { SourceFile } from './source-files';

/** What a file turned out to be, from its headers. */
export type FileKind = 'al-kamel-results' | 'al-kamel-laps' | 'al-kamel-weather' | 'ergast' | 'results-table' | 'pasted-text';

/** A source file read into a table and recognised. */
export interface ClassifiedFile {
  source: SourceFile;
  kind: FileKind;
  table: CsvTable;
  sha256: string;
}

/** A file an import left alone, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}
