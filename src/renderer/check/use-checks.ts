import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { cachedBlock } from '../editor/block-cache';
import { textBlocks } from '../editor/block-text';
import { placedChecks, type PlacedCheck } from '../editor/extensions/check-marks';
import { api } from '../api/racedesk-client';
import { createCheckRunner, type CheckRunner } from './check-runner';

const DEBOUNCE_MS = 120;
const PANEL_DELAY_MS = 200;

export interface ChecksState {
  placed: PlacedCheck[];
  status: 'off' | 'loading' | 'checking' | 'ready' | 'failed';
  message: string | null;
  /** Each linked session's name by id when the article is checked against more than one, so evidence says which. */
  sessionNames: Record<string, string>;
}

/** "Warm-up", or "Roar Before the 24 · Qualifying" when the sessions are of more than one event; none for one session. */
function namesOfSessions(sessions: readonly { id: string; name: string; eventName: string }[]): Record<string, string> {
  if (sessions.length < 2) return {};
  const oneEvent = new Set(sessions.map((session) => session.eventName)).size === 1;
  return Object.fromEntries(sessions.map((session) => [session.id, oneEvent ? session.name : `${session.eventName} · ${session.name}`]));
}

/**
 * Keeps the article's checks current as the writer types: paragraphs go to the checking worker a moment
 * after the last keystroke, and only paragraphs whose text changed are checked again there.
 */
export function useChecks(editor: Editor | null, sessionIds: string[]): ChecksState {
  const [state, setState] = useState<ChecksState>({ placed: [], status: 'off', message: null, sessionNames: {} });
  const runner = useRef<CheckRunner | null>(null);
  const latest = useRef(0);
  const sessionKey = sessionIds.join(',');

  useEffect(() => {
    if (!editor) return;
    const current = createCheckRunner();
    runner.current = current;
    current.onResponse((response) => {
      if (response.requestId !== latest.current || editor.isDestroyed) return;
      if (response.type === 'failed') {
        setState((previous) => ({ ...previous, status: 'failed', message: response.message }));
        return;
      }
      editor.commands.setCheckResults(response.results);
    });
    // The panel follows the text a moment after typing stops, never on every keystroke.
    let syncTimer: ReturnType<typeof setTimeout> | null = null;
    const sync = () => {
      if (syncTimer) clearTimeout(syncTimer);
      syncTimer = setTimeout(() => {
        if (!editor.isDestroyed) setState((previous) => ({ ...previous, placed: placedChecks(editor.state) }));
      }, PANEL_DELAY_MS);
    };
    editor.on('transaction', sync);
    return () => {
      if (syncTimer) clearTimeout(syncTimer);
      editor.off('transaction', sync);
      current.dispose();
      runner.current = null;
    };
  }, [editor]);

  useEffect(() => {
    if (!editor || !runner.current) return;
    const current = runner.current;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let cancelled = false;
    const request = () => {
      latest.current += 1;
      const paragraphs = textBlocks(editor.state.doc).map(({ node }) => cachedBlock(node).text);
      current.send({ type: 'check', requestId: latest.current, paragraphs });
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(request, DEBOUNCE_MS);
    };
    const ids = sessionKey ? sessionKey.split(',') : [];
    if (ids.length === 0) {
      current.send({ type: 'context', context: null });
      editor.commands.clearCheckResults();
      setState({ placed: [], status: 'off', message: 'Link a timing session to check the figures.', sessionNames: {} });
      return;
    }
    setState((previous) => ({ ...previous, status: 'loading', message: null }));
    api.check.context(ids).then(
      (context) => {
        if (cancelled) return;
        current.send({ type: 'context', context });
        editor.commands.clearCheckResults();
        setState((previous) => ({ ...previous, status: 'ready', sessionNames: namesOfSessions(context.sessions) }));
        request();
        editor.on('update', schedule);
      },
      (error: Error) => !cancelled && setState({ placed: [], status: 'failed', message: error.message, sessionNames: {} }),
    );
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      editor.off('update', schedule);
    };
  }, [editor, sessionKey]);

  return state;
}
