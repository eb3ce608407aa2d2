/**
 * Codes for failures the user must hear about. Bugs are plain `Error`s; cancellation is never an error.
 */
export type RacedeskErrorCode =
  | 'bad-input'
  | 'bad-file'
  | 'not-found'
  | 'conflict'
  | 'locked'
  | 'storage'
  | 'unsupported'
  | 'forbidden'
  | 'offline';

/**
 * An expected failure with a message that says what happened and where, e.g.
 * `new RacedeskError('bad-file', 'results.csv line 14: 3 columns, expected 26')`.
 * It crosses IPC and HTTP as `{ code, message }`.
 */
export class RacedeskError extends Error {
  constructor(
    readonly code: RacedeskErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RacedeskError';
  }
}

export function isRacedeskError(value: unknown): value is RacedeskError {
  return value instanceof RacedeskError;
}
