/**
 * Statement records as the JSON lines `extract` writes
 * ====================================================
 *
 * Shared by the command (one thread) and the extraction workers: with `lines: true` a worker hands
 * back a document's records already as one string of JSON lines, so the main thread neither
 * rebuilds each record's objects from the structured clone nor serializes them again; it only
 * writes (./extract-pool.ts).
 */
import type { IngestedDoc } from '../ingest/read-documents';
import type { Statement } from '../types';

/** Copies what a news export gives about a document (url, outlet) onto its statements' source. */
export function withSource(doc: IngestedDoc, s: Statement): Statement {
  if (!doc.url && !doc.outlet) return s;
  const source = { ...s.source } as Statement['source'] & { url?: string; outlet?: string };
  if (doc.url) source.url = doc.url;
  if (doc.outlet) source.outlet = doc.outlet;
  return { ...s, source };
}

/** A document's statements as JSON lines, each ending with a line break (the empty string for none). */
export function recordLines(doc: IngestedDoc, statements: Statement[]): string {
  let out = '';
  for (const s of statements) out += `${JSON.stringify(withSource(doc, s))}\n`;
  return out;
}
