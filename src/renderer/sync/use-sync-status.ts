import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SyncStatus } from '../../api/sync';
import { api } from '../api/racedesk-client';

const POLL_MS = 3000;
const POLL_WHILE_SYNCING_MS = 700;

/**
 * The library's sync state, read every few seconds (the timer syncs in the services, not here), and the
 * writer's actions on it. `onLibraryChanged` hears which articles a sync changed, once per sync.
 */
export function useSyncStatus(onLibraryChanged: (articleIds: string[]) => void, onMessage: (message: string) => void) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const generation = useRef<number | null>(null);
  const changed = useRef(onLibraryChanged);
  useEffect(() => {
    changed.current = onLibraryChanged;
  });

  const take = useCallback((next: SyncStatus) => {
    setStatus(next);
    if (generation.current !== null && next.generation !== generation.current) changed.current(next.changedArticleIds);
    generation.current = next.generation;
  }, []);
  const load = useCallback(() => api.sync.status().then(take), [take]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      let wait = POLL_MS;
      try {
        const next = await api.sync.status();
        if (stopped) return;
        take(next);
        if (next.state === 'syncing') wait = POLL_WHILE_SYNCING_MS;
      } catch {
        // The next poll tries again; the status bar keeps the last state it had.
      }
      if (!stopped) timer = setTimeout(() => void poll(), wait);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [take]);

  const syncNow = useCallback(async () => {
    setStatus((current) => (current ? { ...current, state: 'syncing' } : current));
    try {
      take(await api.sync.now());
    } catch (error) {
      onMessage((error as Error).message);
      await load().catch(() => undefined);
    }
  }, [take, load, onMessage]);

  const share = useCallback(
    async (remote: string, writer: string) => {
      const next = await api.sync.share({ remote, ...(writer.trim() ? { writer: writer.trim() } : {}) });
      take(next);
      onMessage(next.error ? next.error.message : `Shared with ${next.remote} as ${next.writer.name}.`);
    },
    [take, onMessage],
  );

  return useMemo(() => ({ status, syncNow, share, reload: load }), [status, syncNow, share, load]);
}
