/**
 * stancegraph errors
 * ==================
 *
 * Run-fatal conditions throw a StancegraphError with a stable `code` and a `hint` telling the
 * user what to do. Only `cli.ts` turns them into text and an exit code; tests assert `code`.
 */

export type ErrorCode =
  | 'E_USAGE'
  | 'E_READ'
  | 'E_CONFIG'
  | 'E_LEXICON'
  | 'E_NEO4J_DOWN'
  | 'E_NEO4J_AUTH'
  | 'E_NEO4J'
  | 'E_LAUNCHER'
  | 'E_QUERY'
  | 'E_INPUT';

export class StancegraphError extends Error {
  override name = 'StancegraphError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Exit codes of the CLI. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;
