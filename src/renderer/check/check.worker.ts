/// <reference lib="webworker" />
import { Checker } from '../../domain/check';
import type { CheckRequest, CheckResponse } from './check-protocol';

// Checking runs here, off the main thread, so typing never waits for it. The Checker caches each
// paragraph's result by its text, so after an edit only the edited paragraph is checked again.
let checker: Checker | null = null;

const post = (response: CheckResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(response);

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  if (request.type === 'context') {
    checker = request.context ? new Checker(request.context) : null;
    return;
  }
  if (!checker) {
    post({ type: 'checked', requestId: request.requestId, results: [], milliseconds: 0 });
    return;
  }
  const started = performance.now();
  try {
    const results = checker.checkParagraphs(request.paragraphs);
    post({ type: 'checked', requestId: request.requestId, results, milliseconds: performance.now() - started });
  } catch (error) {
    post({ type: 'failed', requestId: request.requestId, message: (error as Error).message });
  }
};
