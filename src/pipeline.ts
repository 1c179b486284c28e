/**
 * stancegraph pipeline
 * ====================
 *
 * Documents in, statements out. (Stub: the extractor fills this in.)
 */
import type { Doc, Message, Statement } from './types';

export interface ExtractOptions {
  /** Fallback publication date (ISO) for documents whose header and file name give none. */
  date?: string;
  /** Receives per-document problems; the batch always goes on. */
  onMessage?: (m: Message) => void;
}

/** Extracts the statements of one document. Never throws on text. */
export function extractDocument(doc: Doc, _opts: ExtractOptions = {}): Statement[] {
  void doc;
  return [];
}

/**
 * Reads files, folders (recursively, .txt and .md) or `-` (standard input) and yields the
 * statements of each document as it is done, so memory stays flat. Unreadable inputs are
 * reported through onMessage (severity error) and skipped.
 */
export async function* extractPaths(
  paths: string[],
  opts: ExtractOptions = {},
): AsyncGenerator<{ doc: Doc; statements: Statement[] }> {
  void paths;
  void opts;
}
