/// <reference lib="webworker" />
import '../zod-jitless';
import { Checker } from '../../domain/check';
import type { CheckRequest, CheckResponse } from './check-protocol';

// Checking runs here, off the main thread, so typing never waits for it. The Checker caches each
// paragraph's result by its text, so after an edit only the edited paragraph is checked again.
let checker: Checker | null = null;
// Paragraph texts whose results the page already has: only new ones are sent back, so a keystroke costs
// the page one paragraph's results, not the whole article's.
let sent = new Set<string>();

const post = (response: CheckResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(response);

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  if (request.type === 'context') {
    checker = request.context ? new Checker(request.context) : null;
    sent = new Set();
    return;
  }
  if (!checker) {
    post({ type: 'checked', requestId: request.requestId, results: [], milliseconds: 0 });
    return;
  }
  const started = performance.now();
  try {
    const asked = new Set(request.paragraphs);
    const fresh = [...asked].filter((paragraph) => !sent.has(paragraph));
    const results = checker.checkParagraphs(fresh);
    sent = asked;
    post({ type: 'checked', requestId: request.requestId, results, milliseconds: performance.now() - started });
  } catch (error) {
    post({ type: 'failed', requestId: request.requestId, message: (error as Error).message });
  }
};
