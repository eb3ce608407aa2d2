import { useCallback, useState } from 'react';
import { api } from '../api/racedesk-client';
import { readUploads } from '../timing/read-uploads';
import { chosenFiles } from '../timing/timing-files';

/** Imports timing files (results, laps, analysis CSVs) chosen together, as the importers recognise them. */
export function useTimingImport(onImported: () => void, onMessage: (message: string) => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const importTiming = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setBusy(`Reading ${files.length} timing file${files.length > 1 ? 's' : ''}…`);
      try {
        const uploads = await readUploads(chosenFiles(files), () => undefined);
        setBusy(`Importing ${files.length} timing file${files.length > 1 ? 's' : ''}…`);
        const report = await api.timing.importFiles(uploads, {});
        const names = report.sessions.map((session) => `${session.eventName} · ${session.name}`);
        const skipped = report.skipped.map((skip) => `${skip.file}: ${skip.reason}`);
        onMessage([names.length ? `Timing imported: ${names.join('; ')}.` : 'No new timing sessions.', ...skipped].join(' '));
        onImported();
      } catch (error) {
        onMessage((error as Error).message);
      } finally {
        setBusy(null);
      }
    },
    [onImported, onMessage],
  );
  return { importTiming, busy };
}
