/**
 * JSON Lines
 * ==========
 *
 * One JSON object per line (statements.jsonl, messages.jsonl), written and read back.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { StancegraphError } from '../errors';

/** One record per line, with a final newline (empty string for no records). */
export function toJsonl(records: Iterable<unknown>): string {
  let out = '';
  for (const r of records) out += `${JSON.stringify(r)}\n`;
  return out;
}

/** Reads a JSONL file; a malformed line throws E_INPUT naming file:line. */
export async function readJsonl<T>(path: string): Promise<T[]> {
  const out: T[] = [];
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    if (!text.trim()) continue;
    try {
      out.push(JSON.parse(text) as T);
    } catch (err) {
      throw new StancegraphError('E_INPUT', `${path}:${line}: not a JSON object`, 'statements.jsonl holds one JSON record per line', { cause: err });
    }
  }
  return out;
}
