import { Checker, type CheckContext, type ParagraphCheck } from '../../domain/check';
import type { CheckRequest, CheckResponse } from './check-protocol';
import { freshParagraphs } from './fresh-paragraphs';

/** Where checks run: a Web Worker when the page may start one, else the main thread between frames. */
export interface CheckRunner {
  send(request: CheckRequest): void;
  onResponse(listener: (response: CheckResponse) => void): void;
  dispose(): void;
}

function workerRunner(): CheckRunner {
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'racedesk-check' });
  return {
    send: (request) => worker.postMessage(request),
    onResponse: (listener) => worker.addEventListener('message', (event: MessageEvent<CheckResponse>) => listener(event.data)),
    dispose: () => worker.terminate(),
  };
}

function mainThreadRunner(): CheckRunner {
  let checker: Checker | null = null;
  let sent = new Set<string>();
  let listener: (response: CheckResponse) => void = () => undefined;
  return {
    send: (request) => {
      if (request.type === 'context') {
        checker = request.context ? new Checker(request.context as CheckContext) : null;
        sent = new Set();
        return;
      }
      setTimeout(() => {
        const started = performance.now();
        let results: ParagraphCheck[] = [];
        if (checker) {
          if (checker.settleMainSession(request.paragraphs)) sent = new Set();
          const { fresh, sent: asked } = freshParagraphs(checker.inContext(request.paragraphs), sent);
          results = checker.checkParagraphs(fresh);
          sent = asked;
        }
        listener({ type: 'checked', requestId: request.requestId, results, milliseconds: performance.now() - started });
      }, 0);
    },
    onResponse: (next) => {
      listener = next;
    },
    dispose: () => undefined,
  };
}

export function createCheckRunner(): CheckRunner {
  try {
    return workerRunner();
  } catch {
    return mainThreadRunner();
  }
}
