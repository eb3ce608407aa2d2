import type { RacedeskErrorCode } from '../domain/errors';

/** An error as it crosses IPC or HTTP: a code and a message for the user, never a stack trace. */
export interface ApiError {
  code: RacedeskErrorCode | 'internal';
  message: string;
}

/** Every API call answers with one of these, on both transports. */
export type ApiEnvelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown in the renderer when a call's envelope carries an error. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}
