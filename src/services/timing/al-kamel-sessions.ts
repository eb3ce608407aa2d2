import { readAlKamelLaps } from './al-kamel-laps';
import { readAlKamelResults } from './al-kamel-results';
import type { ClassifiedFile } from './classified-file';
import { collectTable } from './csv-table';
import type { SessionDraft } from './session-draft';
import { eventNameOfFolder, kindOfName, seriesOf, startTimeOfStamp, timestampedName, titleFromSlug, yearOf } from './session-naming';

interface FilePair {
  key: string;
  folder: string;
  stamp: string | null;
  sessionSlug: string;
  results: ClassifiedFile | null;
  laps: ClassifiedFile | null;
}

function stemOf(fileName: string): string {
  return fileName.replace(/\.[a-z]+$/i, '');
}

/**
 * Pairs results and laps files into sessions: same folder and timestamp prefix
 * (`202401211355-qualifying-results.csv` + `…-laps.csv`), or, when names do not pair, one results file and
 * one laps file chosen together.
 */
function pairFiles(files: ClassifiedFile[]): FilePair[] {
  const pairs = new Map<string, FilePair>();
  const loose: ClassifiedFile[] = [];
  for (const file of files) {
    const named = timestampedName(file.source.name);
    if (!named) {
      loose.push(file);
      continue;
    }
    const key = `${file.source.folder}\u0000${named.stamp}-${named.sessionSlug}`;
    const pair = pairs.get(key) ?? { key: `${named.stamp}-${named.sessionSlug}`, folder: file.source.folder, stamp: named.stamp, sessionSlug: named.sessionSlug, results: null, laps: null };
    if (file.kind === 'al-kamel-results') pair.results = file;
    else pair.laps = file;
    pairs.set(key, pair);
  }
  const looseResults = loose.filter((file) => file.kind === 'al-kamel-results');
  const looseLaps = loose.filter((file) => file.kind === 'al-kamel-laps');
  if (looseResults.length === 1 && looseLaps.length === 1) {
    const stem = stemOf(looseResults[0].source.name).replace(/[-_ ]?results?$/i, '');
    return [...pairs.values(), { key: stem, folder: looseResults[0].source.folder, stamp: null, sessionSlug: stem, results: looseResults[0], laps: looseLaps[0] }];
  }
  for (const file of loose) {
    const stem = stemOf(file.source.name);
    pairs.set(`${file.source.folder}\u0000${stem}`, {
      key: stem,
      folder: file.source.folder,
      stamp: null,
      sessionSlug: stem,
      results: file.kind === 'al-kamel-results' ? file : null,
      laps: file.kind === 'al-kamel-laps' ? file : null,
    });
  }
  return [...pairs.values()];
}

function draftOf(pair: FilePair): SessionDraft {
  const results = pair.results ? readAlKamelResults(collectTable(pair.results.csv)) : null;
  const laps = pair.laps ? readAlKamelLaps(pair.laps.csv) : null;
  const files = [pair.results, pair.laps].filter((file): file is ClassifiedFile => file !== null);
  const classNames = [...(results?.entries ?? []), ...(laps?.entries ?? [])].map((entry) => entry.className);
  const folderEvent = eventNameOfFolder(pair.folder);
  const sessionName = titleFromSlug(pair.stamp ? pair.sessionSlug : pair.sessionSlug.replace(/[-_ ]?(laps|analysis)$/i, '') || pair.sessionSlug);
  const lapAnalysisOnly = !pair.stamp && !results;
  return {
    key: pair.key,
    series: seriesOf(pair.folder, classNames) ?? 'Other',
    eventName: folderEvent ?? (pair.stamp ? `Event of ${startTimeOfStamp(pair.stamp).slice(0, 10)}` : sessionName),
    ...(!folderEvent && pair.stamp ? { eventDate: startTimeOfStamp(pair.stamp).slice(0, 10) } : {}),
    year: yearOf(pair.folder, pair.stamp),
    name: lapAnalysisOnly ? 'Race' : sessionName,
    kind: kindOfName(pair.sessionSlug, lapAnalysisOnly ? 'race' : 'practice'),
    startTime: pair.stamp ? startTimeOfStamp(pair.stamp) : null,
    trackHint: `${pair.folder} ${pair.sessionSlug}`,
    sourceFiles: files.map((file) => file.source.name),
    sourceHashes: files.map((file) => file.sha256),
    // Results name every driver entered; laps only those who drove, so results entries go last and win.
    entries: [...(laps?.entries ?? []), ...(results?.entries ?? [])],
    results: results?.results ?? null,
    laps: laps?.laps ?? null,
  };
}

/** Builds one session draft per results/laps pair of Al Kamel files. */
export function alKamelDrafts(files: ClassifiedFile[]): SessionDraft[] {
  const pairs = pairFiles(files);
  const drafts = pairs.map(draftOf);
  // One event folder is one series: a class-split "qualifying---lmp3" whose classes name no series is the IMSA
  // event's like its "qualifying---gtd-position" sibling, not an event of its own.
  return drafts.map((draft, at) => {
    if (draft.series !== 'Other') return draft;
    const sibling = drafts.find((other, index) => other.series !== 'Other' && pairs[index].folder === pairs[at].folder);
    return sibling ? { ...draft, series: sibling.series } : draft;
  });
}
