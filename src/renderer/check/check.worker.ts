/// <reference lib="webworker" />
import '../zod-jitless';
import { Checker } from '../../domain/check';
import type { CheckRequest, CheckResponse } from './check-protocol';
import { freshParagraphs } from './fresh-paragraphs';

// Checking runs here, off the main thread, so typing never waits for it. The Checker caches each
// paragraph's result by its text and the one before it, so after an edit only the edited paragraph and
// the next are checked again.
let checker: Checker | null = null;
// Paragraphs (with the one before each) whose results the page already has: only new ones are sent back,
// so a keystroke costs the page a paragraph or two of results, not the whole article's.
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
    if (checker.settleMainSession(request.paragraphs)) sent = new Set();
    const { fresh, sent: asked } = freshParagraphs(checker.inContext(request.paragraphs), sent);
    const results = checker.checkParagraphs(fresh);
    sent = asked;
    post({ type: 'checked', requestId: request.requestId, results, milliseconds: performance.now() - started });
  } catch (error) {
    post({ type: 'failed', requestId: request.requestId, message: (error as Error).message });
  }
};
