import type { CheckContext, ParagraphCheck } from '../../domain/check';

/** Messages to the checking worker. */
export type CheckRequest = { type: 'context'; context: CheckContext | null } | { type: 'check'; requestId: number; paragraphs: string[] };

/** Messages back: each paragraph's check, in the order asked, and how long the worker took. */
export type CheckResponse = { type: 'checked'; requestId: number; results: ParagraphCheck[]; milliseconds: number } | { type: 'failed'; requestId: number; message: string };
