/**
 * Reading statements.jsonl, streaming
 * ===================================
 *
 * `readLines` splits a byte stream into numbered lines with bounded memory (a line longer than
 * `MAX_LINE_BYTES` is reported and skipped, never buffered whole) and passes stream errors on as
 * rejections. `parseJsonl` checks each line (src/neo4j/record.ts). Two passes use it:
 *
 *   scanJsonl   (pass 1)  every problem reported with file, line and reason; the LoadPlan filled;
 *   validRecords (pass 2)  the same lines again, yielding only the valid records, in order.
 *
 * Input that cannot be read twice (standard input, statements extracted from articles) is
 * written to a spool file in pass 1 (`Spool`) and pass 2 reads that.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Statement } from '../types';
import type { LoadPlan } from './plan';
import { checkLine } from './record';

export const MAX_LINE_BYTES = 64 * 1024 * 1024;

export interface Problem {
  /** File (or `<stdin>`), line number (1-based) and, for a JSON array on one line, item index. */
  file: string;
  line?: number;
  item?: number;
  severity: 'error' | 'warning';
  reason: string;
  /** The document the line names, when known. */
  doc?: string;
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.item !== undefined ? ` (item ${p.item})` : ''}`;
  return `${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.reason}`;
}

export interface Line {
  n: number;
  text?: string;
  /** Set when the line was longer than the limit (its text is not kept). */
  tooLong?: number;
}

/** Numbered lines of a stream ("\n" or "\r\n"); errors of the stream reject the iteration. */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let buf = '';
  let n = 0;
  let skipping = 0; // > 0: inside an over-long line, counting its length
  const emit = (text: string): Line => {
    n++;
    return { n, text: text.endsWith('\r') ? text.slice(0, -1) : text };
  };
  for await (const chunk of input) {
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (;;) {
      const nl = s.indexOf('\n', start);
      if (nl < 0) break;
      const piece = s.slice(start, nl);
      start = nl + 1;
      if (skipping) {
        n++;
        yield { n, tooLong: skipping + piece.length };
        skipping = 0;
        buf = '';
        continue;
      }
      const text = buf + piece;
      buf = '';
      yield emit(text);
    }
    const rest = s.slice(start);
    if (skipping) skipping += rest.length;
    else {
      buf += rest;
      if (buf.length > maxLineBytes) {
        skipping = buf.length;
        buf = '';
      }
    }
  }
  const tail = buf + decoder.end();
  if (skipping) {
    n++;
    yield { n, tooLong: skipping + tail.length };
  } else if (tail.length) yield emit(tail);
}

export type ParsedLine =
  | { kind: 'record'; n: number; item?: number; statement: Statement; warnings: string[] }
  | { kind: 'bad'; n: number; item?: number; reason: string; doc?: string }
  | { kind: 'warning'; n: number; reason: string }
  /** The file as a whole is not JSON lines; nothing more is read from it. */
  | { kind: 'file'; n: number; reason: string };

/** Checked records of a JSONL stream, line by line. */
export async function* parseJsonl(input: AsyncIterable<Buffer | string>): AsyncGenerator<ParsedLine> {
  let first = true;
  for await (const line of readLines(input)) {
    if (line.tooLong !== undefined) {
      yield { kind: 'bad', n: line.n, reason: `line is ${line.tooLong} characters long (at most ${MAX_LINE_BYTES}); not read` };
      first = false;
      continue;
    }
    const c = checkLine(line.text!);
    for (const w of c.warnings) yield { kind: 'warning', n: line.n, reason: w };
    if (c.blank) continue;
    if (first && c.error) {
      const t = line.text!.replace(/^\uFEFF/, '').trim();
      if (t === '[' || t === '{' || (t.startsWith('[') && !t.endsWith(']'))) {
        yield {
          kind: 'file', n: line.n,
          reason: `the file is ${t.startsWith('[') ? 'a JSON array' : 'one JSON document'} spread over several lines, not JSON lines (one record per line); ` +
            `convert it with: jq -c '.[]' FILE > FILE.jsonl`,
        };
        return;
      }
    }
    first = false;
    if (c.error) {
      yield { kind: 'bad', n: line.n, reason: c.error, doc: c.doc };
      continue;
    }
    for (const r of c.records) {
      if (r.check.statement) yield { kind: 'record', n: line.n, item: r.item, statement: r.check.statement, warnings: r.check.warnings };
      else yield { kind: 'bad', n: line.n, item: r.item, reason: r.check.errors.join('; '), doc: r.check.doc };
    }
  }
}

/** Pass 1 over one JSONL stream: fills `plan`, reports every problem, spools valid records if asked. */
export async function scanJsonl(
  file: string, input: AsyncIterable<Buffer | string>, plan: LoadPlan, report: (p: Problem) => void, spool?: Spool,
): Promise<void> {
  for await (const p of parseJsonl(input)) {
    if (p.kind === 'record') {
      for (const w of p.warnings) report({ file, line: p.n, item: p.item, severity: 'warning', reason: w, doc: p.statement.doc });
      plan.addStatement(p.statement);
      if (spool) await spool.write(p.statement);
    } else if (p.kind === 'warning') {
      report({ file, line: p.n, severity: 'warning', reason: p.reason });
    } else {
      const doc = p.kind === 'bad' ? p.doc : undefined;
      report({ file, line: p.n, item: p.kind === 'bad' ? p.item : undefined, severity: 'error', reason: p.reason, doc });
      plan.addBad(doc);
    }
  }
}

/** Pass 2 over one JSONL stream: the valid records, in order (problems were reported in pass 1). */
export async function* validRecords(input: AsyncIterable<Buffer | string>): AsyncGenerator<Statement> {
  for await (const p of parseJsonl(input)) if (p.kind === 'record') yield p.statement;
}

/** A temporary JSONL file of valid records (for input that cannot be read twice). */
export class Spool {
  readonly dir = mkdtempSync(join(tmpdir(), 'stancegraph-load-'));
  readonly path = join(this.dir, 'spool.jsonl');
  private out: WriteStream | undefined = createWriteStream(this.path);
  count = 0;

  async write(s: Statement): Promise<void> {
    this.count++;
    if (!this.out!.write(`${JSON.stringify(s)}\n`)) await new Promise<void>((r) => this.out!.once('drain', () => r()));
  }

  async close(): Promise<void> {
    const out = this.out;
    this.out = undefined;
    if (out) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }

  read(): AsyncGenerator<Statement> {
    return validRecords(createReadStream(this.path));
  }

  remove(): void {
    this.out?.destroy();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
