import type { CheckContext, ParagraphCheck } from '../../domain/check';

/** Messages to the checking worker. */
export type CheckRequest = { type: 'context'; context: CheckContext | null } | { type: 'check'; requestId: number; paragraphs: string[] };

/** Messages back: the checks of paragraphs whose text the page has not been sent before, and how long it took. */
export type CheckResponse = { type: 'checked'; requestId: number; results: ParagraphCheck[]; milliseconds: number } | { type: 'failed'; requestId: number; message: string };
