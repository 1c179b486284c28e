/**
 * `stancegraph extract <paths…> [-o FILE] [--date YYYY-MM-DD] [--messages FILE] [--quiet]`
 *
 * Writes statements as JSON lines (stdout by default), document by document as they are done.
 * Exit 0 when all inputs were read, 1 when some failed (each named on stderr), 2 on usage errors.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { StancegraphError } from '../errors';
import { extractPaths } from '../pipeline';
import type { Message } from '../types';
import type { Command } from './types';

const USAGE = `Usage: stancegraph extract <paths…> [options]

Reads articles (files, folders searched recursively for .txt and .md, or - for standard input)
and writes one statement per line as JSON (see the README for the record).

Options:
  -o, --output FILE     write statements to FILE instead of standard output
      --date DATE       publication date (YYYY-MM-DD) for documents whose header and name give none
      --messages FILE   also write every message (errors, warnings, why cues were dropped) as JSON lines
  -q, --quiet           print only errors on standard error
  -h, --help            show this help`;

export function formatMessage(m: Message): string {
  return `${m.file ?? ''}${m.file ? '  ' : ''}${m.severity}  ${m.reason}  ${m.ruleId}`;
}

function openOut(path: string | undefined, fallback: NodeJS.WritableStream): NodeJS.WritableStream {
  return path ? createWriteStream(path) : fallback;
}

function end(stream: NodeJS.WritableStream, isStd: boolean): Promise<void> {
  if (isStd) return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.on('error', reject);
    stream.end(() => resolve());
  });
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
          messages: { type: 'string' },
          quiet: { type: 'boolean', short: 'q' },
        },
      });
    } catch (err) {
      throw new StancegraphError('E_USAGE', (err as Error).message);
    }
    const { values, positionals } = args;
    if (!positionals.length) throw new StancegraphError('E_USAGE', 'no input: give files, folders or - for standard input');
    if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new StancegraphError('E_USAGE', `--date must be YYYY-MM-DD, got "${values.date}"`);
    const out = openOut(values.output, io.stdout);
    const msgOut = values.messages ? createWriteStream(values.messages) : undefined;
    let errors = 0;
    let warnings = 0;
    let statements = 0;
    let docs = 0;
    const onMessage = (m: Message) => {
      msgOut?.write(`${JSON.stringify(m)}\n`);
      if (m.severity === 'error') errors++;
      if (m.severity === 'warning') warnings++;
      if (m.severity === 'error' || (m.severity === 'warning' && !values.quiet)) io.stderr.write(`${formatMessage(m)}\n`);
    };
    for await (const { statements: st } of extractPaths(positionals, { date: values.date, onMessage, stdin: io.stdin })) {
      docs++;
      for (const s of st) {
        statements++;
        if (!out.write(`${JSON.stringify(s)}\n`)) await new Promise((r) => out.once('drain', r));
      }
    }
    await end(out, !values.output);
    if (msgOut) await end(msgOut, false);
    if (!values.quiet) io.stderr.write(`${docs} document${docs === 1 ? '' : 's'}, ${statements} statements, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
    return errors ? 1 : 0;
  },
};
