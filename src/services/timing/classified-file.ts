import type { CsvSource } from './csv-table';
import type { SourceFile } from './source-files';

/** What a file turned out to be, from its headers. */
export type FileKind = 'al-kamel-results' | 'al-kamel-laps' | 'al-kamel-weather' | 'ergast' | 'results-table' | 'pasted-text';

/** A source file whose header has been read and recognised; its rows are read when a reader needs them. */
export interface ClassifiedFile {
  source: SourceFile;
  kind: FileKind;
  csv: CsvSource;
  sha256: string;
}

/** A file an import left alone, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}
