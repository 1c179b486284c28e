/**
 * `stancegraph extract <paths…> [-o FILE] [--date YYYY-MM-DD] [--fields …] [--messages FILE] [--quiet]`
 *
 * Writes statements as JSON lines (stdout by default), document by document as they are done.
 * Exit 0 when all inputs were read, 1 when some failed (each named on stderr) or the output could
 * not be written (one line), 2 on usage errors. A closed pipe (`extract … | head`) ends quietly.
 */
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StancegraphError } from '../errors';
import { LineWriter, openOutputFile } from '../export/stream';
import { parseFieldSpec, type FieldName } from '../ingest/read-documents';
import { defaultJobs, extractPathsParallel } from '../workers/extract-pool';
import { createProgress } from '../progress';
import type { Message } from '../types';
import type { Command } from './types';

const USAGE = `Usage: stancegraph extract <paths…> [options]

Reads articles and writes one statement per line as JSON (see the README for the record).
Inputs: .txt/.md files (one article each), .jsonl/.ndjson and .csv/.tsv exports of news APIs
(one article per line or row), folders (searched recursively for these), - for standard input.

Options:
  -o, --output FILE     write statements to FILE instead of standard output
      --date DATE       publication date (YYYY-MM-DD) for documents whose header and name give none
      --fields SPEC     field names of JSONL/CSV records, e.g. text=body,title=headline,date=published_at,
                        url=link,outlet=source.name (also author, id); default: common names
      --messages FILE   also write every message (errors, warnings, why cues were dropped) as JSON lines
  -j, --jobs N          worker threads extracting documents (default: the number of cores); 1 runs in
                        this thread; output and messages are the same for every N
  -q, --quiet           print only errors on standard error (and no progress bar)
  -h, --help            show this help`;

export function formatMessage(m: Message): string {
  return `${m.file ?? ''}${m.file ? '  ' : ''}${m.severity}  ${m.reason}  ${m.ruleId}`;
}

/** `1 statement`, `2 statements`. */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Copies what a news export gives about a document (url, outlet) onto its statements' source. */
export { withSource } from '../workers/record-lines';

/** --jobs N (default: the number of cores), checked as a usage error. */
export function jobsOption(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1) throw new StancegraphError('E_USAGE', `--jobs must be a whole number of threads, 1 or more, not "${value}"`);
  return Number(value);
}

/** --fields, checked as a usage error. */
export function fieldsOption(spec: string | undefined): Partial<Record<FieldName, string>> | undefined {
  if (!spec) return undefined;
  try {
    return parseFieldSpec(spec);
  } catch (err) {
    throw new StancegraphError('E_USAGE', (err as Error).message);
  }
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'articles → statements as JSON lines',
  usage: USAGE,
  async run(argv, io) {
    let args;
    try {
      args = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          output: { type: 'string', short: 'o' },
          date: { type: 'string' },
          fields: { type: 'string' },
          messages: { type: 'string' },
          jobs: { type: 'string', short: 'j' },
          quiet: { type: 'boolean', short: 'q' },
        },
      });
    } catch (err) {
      throw new StancegraphError('E_USAGE', (err as Error).message);
    }
    const { values, positionals } = args;
    if (!positionals.length) throw new StancegraphError('E_USAGE', 'no input: give files, folders or - for standard input');
    if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new StancegraphError('E_USAGE', `--date must be YYYY-MM-DD, got "${values.date}"`);
    const fields = fieldsOption(values.fields);
    const jobs = jobsOption(values.jobs);
    // Outputs are opened before any work: a missing folder or a read-only place fails now.
    // relative paths are relative to io.cwd (on the command line, the process's folder: paths stay as given)
    const at = (p: string) => (isAbsolute(p) || resolve(io.cwd) === process.cwd() ? p : resolve(io.cwd, p));
    const out = new LineWriter(values.output ? openOutputFile(at(values.output)) : io.stdout, values.output ?? 'standard output');
    const msgOut = values.messages ? new LineWriter(openOutputFile(at(values.messages)), values.messages) : undefined;
    let errors = 0;
    let warnings = 0;
    let statements = 0;
    let docs = 0;
    const pending: Message[] = [];
    const progress = createProgress(io.stderr, { unit: 'documents', stage: 'reading', ...(values.quiet ? { enabled: false } : {}) });
    const onMessage = (m: Message) => {
      pending.push(m);
      if (m.severity === 'error') errors++;
      if (m.severity === 'warning') warnings++;
      if (m.severity === 'error' || (m.severity === 'warning' && !values.quiet)) progress.log(`${formatMessage(m)}\n`);
    };
    let stopped = false;
    try {
      const run = extractPathsParallel(positionals.map((p) => (p === '-' ? p : at(p))), {
        jobs,
        // the records come as JSON lines, serialized where they were extracted: this thread only writes
        lines: true,
        ...(values.date ? { date: values.date } : {}),
        onMessage,
        stdin: io.stdin,
        ingest: {
          ...(fields ? { fields } : {}),
          countRecords: Boolean((io.stderr as NodeJS.WriteStream).isTTY) && !values.quiet,
          onPlan: (plan) => { progress.setTotal(plan.documents); progress.stage('extracting'); },
        },
      });
      for await (const { doc, lines, count } of run) {
        docs++;
        progress.tick(1, doc.id);
        for (const m of pending.splice(0)) if (msgOut) await msgOut.write(`${JSON.stringify(m)}\n`);
        statements += count;
        if (lines && !(await out.write(lines))) { stopped = true; break; }
      }
      for (const m of pending.splice(0)) if (msgOut) await msgOut.write(`${JSON.stringify(m)}\n`);
      progress.stage('writing');
      await out.end(Boolean(values.output));
      if (msgOut) await msgOut.end();
    } finally {
      progress.done();
    }
    if (stopped || out.closed) return 0; // the reader went away (… | head): a quiet end
    if (!values.quiet) io.stderr.write(`${plural(docs, 'document')}, ${plural(statements, 'statement')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
    return errors ? 1 : 0;
  },
};
