/**
 * stancegraph errors
 * ==================
 *
 * Run-fatal conditions throw a StancegraphError with a stable `code` and a `hint` telling the
 * user what to do. Only `cli.ts` turns them into text and an exit code; tests assert `code`.
 */

import { dirname } from 'node:path';

export type ErrorCode =
  | 'E_USAGE'
  | 'E_READ'
  | 'E_CONFIG'
  | 'E_LEXICON'
  | 'E_NEO4J_DOWN'
  | 'E_NEO4J_AUTH'
  | 'E_NEO4J'
  | 'E_NEO4J_MEMORY'
  | 'E_NEO4J_TIMEOUT'
  | 'E_LAUNCHER'
  | 'E_KAFKA_DOWN'
  | 'E_KAFKA'
  | 'E_QUERY'
  | 'E_INPUT'
  | 'E_OUTPUT';

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

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EEXIST: 'already exists',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** An errno code in words ("no space left on device (ENOSPC)"), or the error's message. */
export function describeErrno(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const words = e?.code ? ERRNO_TEXT[e.code] : undefined;
  return words ? `${words} (${e.code})` : e?.code ?? (e as Error)?.message ?? String(err);
}

/** A write failure as one actionable line: E_OUTPUT naming the file and what to do. */
export function outputError(path: string, err: unknown, advice?: string): StancegraphError {
  if (err instanceof StancegraphError) return err;
  const e = err as NodeJS.ErrnoException;
  const what = e?.code === 'ENOENT' ? `folder ${dirname(path)} does not exist (ENOENT)` : describeErrno(err);
  const todo = advice ?? (e?.code === 'ENOSPC' || e?.code === 'EDQUOT'
    ? 'free some space or write elsewhere'
    : e?.code === 'ENOENT' ? 'create it first or give another path' : undefined);
  return new StancegraphError('E_OUTPUT', `cannot write ${path}: ${what}${todo ? `; ${todo}` : ''}`, undefined, { cause: err });
}

/** True for the error a write gets when the reader of a pipe went away (`… | head`). */
export function isPipeClosed(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}
