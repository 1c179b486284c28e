/**
 * Reading documents
 * =================
 *
 * Files, folders (recursively: `.txt`, `.md`) and `-` for standard input become Docs. The header
 * line of an article ("DD.MM.YYYY Author: Name") gives the publication date and author; else a date
 * prefix in the file name ("2023-10-22-…"); else the `--date` fallback. The title is the first
 * non-empty line after the header.
 *
 * Problems never stop the batch: an unreadable path, a binary file or a file over the size limit
 * becomes an error message naming it; invalid UTF-8 is decoded with replacement characters and a warning.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Doc, Message } from '../types';

export const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
/** Larger files are refused with a message: a single article is far smaller. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export interface ReadOptions {
  date?: string;
  onMessage?: (m: Message) => void;
  stdin?: NodeJS.ReadableStream;
}

const HEADER_RE = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s+(?:Author:\s*(.+))?$/;
const NAME_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parses header, date and title of an article's text. */
export function parseMeta(id: string, text: string, fallbackDate?: string): Pick<Doc, 'title' | 'author' | 'published'> {
  const lines = text.split('\n').map((l) => l.trim());
  let i = 0;
  while (i < lines.length && !lines[i]) i++;
  let published: string | undefined;
  let author: string | undefined;
  const h = HEADER_RE.exec(lines[i] ?? '');
  if (h) {
    const [, d, m, y, a] = h;
    published = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (a) author = a.trim();
    i++;
    while (i < lines.length && !lines[i]) i++;
  }
  const title = lines[i] && lines[i].length <= 300 ? lines[i] : undefined;
  if (!published) {
    const n = NAME_DATE_RE.exec(id);
    if (n) published = `${n[1]}-${n[2]}-${n[3]}`;
  }
  if (!published && fallbackDate) published = fallbackDate;
  return { title, author, published };
}

/** Decodes bytes as text; reports binary content (NUL bytes) and invalid UTF-8. */
export function decode(path: string, bytes: Buffer, report: (m: Message) => void): string | undefined {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    report({ severity: 'error', reason: `${path}: binary file, skipped`, ruleId: 'ingest/binary', source: 'ingest', file: path });
    return undefined;
  }
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD', 'utf8'))) {
    report({ severity: 'warning', reason: `${path}: invalid UTF-8, decoded with replacement characters`, ruleId: 'ingest/invalid-utf8', source: 'ingest', file: path });
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

async function* walk(path: string, report: (m: Message) => void): AsyncGenerator<string> {
  let st;
  try {
    st = await stat(path);
  } catch (err) {
    report({ severity: 'error', reason: `${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, ruleId: 'ingest/unreadable', source: 'ingest', file: path });
    return;
  }
  if (st.isDirectory()) {
    let entries: string[];
    try {
      entries = (await readdir(path)).sort();
    } catch (err) {
      report({ severity: 'error', reason: `${path}: cannot list folder (${(err as NodeJS.ErrnoException).code})`, ruleId: 'ingest/unreadable', source: 'ingest', file: path });
      return;
    }
    for (const e of entries) {
      const p = join(path, e);
      let s;
      try { s = await stat(p); } catch { s = undefined; }
      if (s?.isDirectory()) yield* walk(p, report);
      else if (TEXT_EXTENSIONS.has(extname(e).toLowerCase())) yield p;
    }
    return;
  }
  yield path;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_FILE_BYTES) throw new Error(`standard input is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Yields one Doc per readable input, in order; problems go to `onMessage`. */
export async function* readDocuments(paths: string[], opts: ReadOptions = {}): AsyncGenerator<Doc> {
  const report = opts.onMessage ?? (() => undefined);
  for (const input of paths) {
    if (input === '-') {
      let bytes: Buffer;
      try {
        bytes = await readStream(opts.stdin ?? process.stdin);
      } catch (err) {
        report({ severity: 'error', reason: `<stdin>: ${(err as Error).message}`, ruleId: 'ingest/too-large', source: 'ingest', file: '<stdin>' });
        continue;
      }
      const text = decode('<stdin>', bytes, report);
      if (text === undefined) continue;
      yield { id: 'stdin', path: '<stdin>', text, ...parseMeta('stdin', text, opts.date) };
      continue;
    }
    for await (const file of walk(input, report)) {
      let bytes: Buffer;
      try {
        const st = await stat(file);
        if (st.size > MAX_FILE_BYTES) {
          report({ severity: 'error', reason: `${file}: ${(st.size / 1024 / 1024).toFixed(1)} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one document, skipped`, ruleId: 'ingest/too-large', source: 'ingest', file });
          continue;
        }
        bytes = await readFile(file);
      } catch (err) {
        report({ severity: 'error', reason: `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, ruleId: 'ingest/unreadable', source: 'ingest', file });
        continue;
      }
      const text = decode(file, bytes, report);
      if (text === undefined) continue;
      const id = basename(file, extname(file));
      yield { id, path: file, text, ...parseMeta(id, text, opts.date) };
    }
  }
}
