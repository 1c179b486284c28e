/**
 * Reading documents
 * =================
 *
 * Inputs are files, folders (searched recursively) and `-` for standard input. Formats:
 *
 * - `.txt`, `.md`: one article per file. The header line ("DD.MM.YYYY Author: Name") gives the
 *   publication date and author; else a date prefix in the file name ("2023-10-22-…"); else the
 *   `--date` fallback. The title is the first non-empty line after the header.
 * - `.jsonl`, `.ndjson`: one article per line, a JSON object as news APIs export them.
 * - `.csv`, `.tsv`: one article per row, with a header row.
 *   For both, the text, title, date, url, outlet, author and id come from fields found by name
 *   (`DEFAULT_FIELDS`, case-insensitive, `a.b` for nested JSON) or from `fields` (`--fields`).
 *
 * Document ids are unique within a run and stable across runs: a file given directly has its
 * name without extension; a file inside a folder has its path relative to that folder, without
 * extension ("article" in a flat folder, "2023/october/article" deeper); a record of a JSONL or CSV
 * file is "<file id>/<record id or number>". An id met twice gets "~2", "~3", … and a warning.
 *
 * Nothing is read twice: each real file is followed once (a symbolic link to a file or folder
 * already read, including a link loop, is skipped with a warning), and a text identical to one
 * already read is counted once, with a warning naming both.
 *
 * Problems never stop the batch: an unreadable path, a binary file or a file over the size limit
 * becomes an error message naming it; invalid UTF-8 is decoded with replacement characters and a
 * warning.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import type { Doc, Message } from '../types';

export const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
export const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
export const CSV_EXTENSIONS = new Set(['.csv', '.tsv']);
/** Larger files (and records) are refused with a message: a single article is far smaller. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** The fields of a JSONL or CSV record that stancegraph reads. */
export type FieldName = 'text' | 'title' | 'date' | 'url' | 'outlet' | 'author' | 'id';
export const FIELD_NAMES: FieldName[] = ['text', 'title', 'date', 'url', 'outlet', 'author', 'id'];

/** Names tried, in order, for each field (case-insensitive; `a.b` is a nested JSON field). */
export const DEFAULT_FIELDS: Record<FieldName, string[]> = {
  text: ['text', 'content', 'body', 'article', 'full_text', 'fulltext', 'maintext', 'article_text'],
  title: ['title', 'headline'],
  date: ['date', 'published', 'publishedAt', 'published_at', 'pubDate', 'datePublished', 'date_publish', 'publish_date', 'seendate'],
  url: ['url', 'link', 'uri'],
  outlet: ['outlet', 'source.name', 'source', 'source_name', 'publisher', 'site_name', 'domain'],
  author: ['author', 'authors', 'byline', 'creator'],
  id: ['id', 'uuid', 'guid', 'article_id'],
};

/** A document as read: a Doc plus what a news export may also give. */
export interface IngestedDoc extends Doc {
  url?: string;
  outlet?: string;
}

export interface ReadOptions {
  date?: string;
  onMessage?: (m: Message) => void;
  stdin?: NodeJS.ReadableStream;
  /** Field names for JSONL/CSV records, e.g. `{ text: 'body', outlet: 'source.name' }`. */
  fields?: Partial<Record<FieldName, string>>;
  /** Called once before the first document with what will be read (for progress). */
  onPlan?: (plan: Plan) => void;
  /** Count the records of JSONL and CSV files for the plan (one extra pass over them). */
  countRecords?: boolean;
}

/** What a run will read: files found and documents expected (records counted when asked). */
export interface Plan {
  files: number;
  bytes: number;
  /** Documents expected (text files plus records of JSONL/CSV files, when counted). */
  documents: number;
  /** False when JSONL/CSV records were not counted, or standard input is read. */
  exact: boolean;
}

/** Parses `--fields text=body,title=headline,…` into a field map; throws Error on a bad spec. */
export function parseFieldSpec(spec: string): Partial<Record<FieldName, string>> {
  const out: Partial<Record<FieldName, string>> = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim() as FieldName;
    const value = part.slice(eq + 1).trim();
    if (eq < 1 || !value) throw new Error(`--fields wants NAME=COLUMN pairs separated by commas, not "${part}"`);
    if (!FIELD_NAMES.includes(key)) throw new Error(`--fields: unknown field "${key}" (known: ${FIELD_NAMES.join(', ')})`);
    out[key] = value;
  }
  return out;
}

const HEADER_RE = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s+(?:Author:\s*(.+))?$/;
const NAME_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parses header, date and title of an article's text. */
export function parseMeta(id: string, text: string, fallbackDate?: string): Pick<Doc, 'title' | 'author' | 'published'> {
  // Only the first lines matter: never split a whole (possibly huge) text into lines.
  const head = text.slice(0, 4096).split('\n').map((l) => l.trim());
  let i = 0;
  while (i < head.length && !head[i]) i++;
  let published: string | undefined;
  let author: string | undefined;
  const h = HEADER_RE.exec(head[i] ?? '');
  if (h) {
    const [, d, m, y, a] = h;
    published = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (a) author = a.trim();
    i++;
    while (i < head.length && !head[i]) i++;
  }
  // the last line of the 4 kB window may be cut: it is a title only if the text ends or breaks after it
  const complete = i < head.length - 1 || text.length <= 4096;
  const title = complete && head[i] && head[i].length <= 300 ? head[i] : undefined;
  if (!published) {
    const n = NAME_DATE_RE.exec(basename(id));
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

type Kind = 'text' | 'jsonl' | 'csv';

interface Source {
  path: string;
  /** Id of the file's document, or the prefix of its records' ids. */
  id: string;
  kind: Kind;
  size: number;
}

function kindOf(path: string): Kind | undefined {
  const ext = extname(path).toLowerCase();
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  if (JSONL_EXTENSIONS.has(ext)) return 'jsonl';
  if (CSV_EXTENSIONS.has(ext)) return 'csv';
  return undefined;
}

function withoutExt(path: string): string {
  const ext = extname(path);
  return ext ? path.slice(0, -ext.length) : path;
}

const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/** State of one run: what has been read, to read nothing twice and keep ids unique. */
class Seen {
  readonly dirs = new Map<string, string>();
  readonly files = new Map<string, string>();
  readonly texts = new Map<string, string>();
  readonly ids = new Set<string>();
}

/** Lists the files of one input (a file or a folder, recursively), each real file once. */
async function collect(input: string, seen: Seen, report: (m: Message) => void, out: Source[]): Promise<void> {
  let st;
  try {
    st = await stat(input);
  } catch (err) {
    report({ severity: 'error', reason: `${input}: cannot read (${code(err)})`, ruleId: 'ingest/unreadable', source: 'ingest', file: input });
    return;
  }
  const addFile = async (path: string, id: string, size: number, kind: Kind) => {
    let real: string;
    try { real = await realpath(path); } catch (err) {
      report({ severity: 'error', reason: `${path}: cannot read (${code(err)})`, ruleId: 'ingest/unreadable', source: 'ingest', file: path });
      return;
    }
    const first = seen.files.get(real);
    if (first !== undefined) {
      report({ severity: 'warning', reason: `${path}: already read as ${first} (a link or a repeated input), skipped`, ruleId: 'ingest/link-skipped', source: 'ingest', file: path });
      return;
    }
    seen.files.set(real, path);
    out.push({ path, id, kind, size });
  };
  if (!st.isDirectory()) {
    await addFile(input, basename(withoutExt(input)), st.size, kindOf(input) ?? 'text');
    return;
  }
  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try { real = await realpath(dir); } catch (err) {
      report({ severity: 'error', reason: `${dir}: cannot read (${code(err)})`, ruleId: 'ingest/unreadable', source: 'ingest', file: dir });
      return;
    }
    const first = seen.dirs.get(real);
    if (first !== undefined) {
      report({ severity: 'warning', reason: `${dir}: folder already read as ${first} (a link or a repeated input), skipped`, ruleId: 'ingest/link-skipped', source: 'ingest', file: dir });
      return;
    }
    seen.dirs.set(real, dir);
    let entries: string[];
    try {
      entries = (await readdir(dir)).sort();
    } catch (err) {
      report({ severity: 'error', reason: `${dir}: cannot list folder (${code(err)})`, ruleId: 'ingest/unreadable', source: 'ingest', file: dir });
      return;
    }
    for (const e of entries) {
      const p = join(dir, e);
      let s;
      try {
        s = await stat(p);
      } catch (err) {
        if (kindOf(e) || (err as NodeJS.ErrnoException).code === 'ELOOP') {
          report({ severity: 'warning', reason: `${p}: broken or looping link (${code(err)}), skipped`, ruleId: 'ingest/link-skipped', source: 'ingest', file: p });
        }
        continue;
      }
      if (s.isDirectory()) await walk(p);
      else {
        const kind = kindOf(e);
        if (kind && s.isFile()) await addFile(p, withoutExt(relative(input, p)).split(sep).join('/'), s.size, kind);
      }
    }
  };
  await walk(input);
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

/** A field of a record by dotted path, matching names case-insensitively. */
function lookup(record: unknown, path: string): unknown {
  if (record && typeof record === 'object' && !Array.isArray(record) && path in (record as object)) return (record as Record<string, unknown>)[path];
  let cur: unknown = record;
  for (const part of path.split('.')) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    const obj = cur as Record<string, unknown>;
    const key = part in obj ? part : Object.keys(obj).find((k) => k.toLowerCase() === part.toLowerCase());
    if (key === undefined) return undefined;
    cur = obj[key];
  }
  return cur;
}

function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(asText).filter((x): x is string => Boolean(x));
    return parts.length ? parts.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return asText((v as { name: string }).name);
  return undefined;
}

function field(record: unknown, name: FieldName, fields: Partial<Record<FieldName, string>>): string | undefined {
  const names = fields[name] ? [fields[name]!] : DEFAULT_FIELDS[name];
  for (const n of names) {
    const v = asText(lookup(record, n));
    if (v) return v;
  }
  return undefined;
}

/** An ISO date (YYYY-MM-DD) from the date formats of news exports, or undefined. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|\d|$)/.exec(value); // GDELT: 20231011T120000Z
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  if (dmy) return `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

const SAFE_ID = (s: string) => s.replace(/[\u0000-\u001f\u007f/\\]+/g, '_').slice(0, 120);

interface RawRecord { where: string; record: unknown }

async function* jsonlRecords(path: string, report: (m: Message) => void): AsyncGenerator<RawRecord> {
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    if (!text.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      report({ severity: 'error', reason: `${path}:${line}: not a JSON object, skipped`, ruleId: 'ingest/bad-record', source: 'ingest', file: path });
      continue;
    }
    yield { where: `${path}:${line}`, record };
  }
}

async function* csvRecords(path: string, report: (m: Message) => void): AsyncGenerator<RawRecord> {
  const parser = createReadStream(path).pipe(parseCsv({
    columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true,
    delimiter: extname(path).toLowerCase() === '.tsv' ? '\t' : ',',
  }));
  let row = 1;
  try {
    for await (const record of parser) {
      row++;
      yield { where: `${path}: row ${row}`, record };
    }
  } catch (err) {
    report({ severity: 'error', reason: `${path}: not a CSV file with a header row (${(err as Error).message}), rest of the file skipped`, ruleId: 'ingest/bad-record', source: 'ingest', file: path });
  }
}

async function countRecords(source: Source): Promise<number> {
  let n = 0;
  const ignore = () => undefined;
  try {
    for await (const _ of source.kind === 'csv' ? csvRecords(source.path, ignore) : jsonlRecords(source.path, ignore)) n++;
  } catch { /* reported when read */ }
  return n;
}

/** Yields one document per readable input (file or record), in order; problems go to `onMessage`. */
export async function* readDocuments(paths: string[], opts: ReadOptions = {}): AsyncGenerator<IngestedDoc> {
  const report = opts.onMessage ?? (() => undefined);
  const fields = opts.fields ?? {};
  const seen = new Seen();

  // Unique id, then: the same text read before is counted once.
  const admit = (doc: IngestedDoc): IngestedDoc | undefined => {
    const hash = createHash('sha1').update(doc.text).digest('hex');
    const first = seen.texts.get(hash);
    if (first !== undefined) {
      report({ severity: 'warning', reason: `${doc.path}: same text as document ${first}, counted once`, ruleId: 'ingest/duplicate', source: 'ingest', file: doc.path });
      return undefined;
    }
    let id = doc.id || 'document';
    if (seen.ids.has(id)) {
      let n = 2;
      while (seen.ids.has(`${id}~${n}`)) n++;
      report({ severity: 'warning', reason: `${doc.path}: document id "${id}" is taken by another input, this one is "${id}~${n}"`, ruleId: 'ingest/id-taken', source: 'ingest', file: doc.path });
      id = `${id}~${n}`;
    }
    seen.ids.add(id);
    seen.texts.set(hash, id);
    return { ...doc, id };
  };

  // 1. Plan: every input's files (cheap: names and sizes).
  const plan: Array<Source | '-'> = [];
  for (const input of paths) {
    if (input === '-') plan.push('-');
    else {
      const found: Source[] = [];
      await collect(input, seen, report, found);
      plan.push(...found);
    }
  }
  if (opts.onPlan) {
    const files = plan.filter((p): p is Source => p !== '-');
    let documents = 0;
    let exact = !plan.includes('-');
    for (const f of files) {
      if (f.kind === 'text') documents++;
      else if (opts.countRecords && f.size <= 1024 * MAX_FILE_BYTES) documents += await countRecords(f);
      else exact = false;
    }
    opts.onPlan({ files: files.length + (plan.includes('-') ? 1 : 0), bytes: files.reduce((a, f) => a + f.size, 0), documents, exact });
  }

  // 2. Read.
  for (const source of plan) {
    if (source === '-') {
      let bytes: Buffer;
      try {
        bytes = await readStream(opts.stdin ?? process.stdin);
      } catch (err) {
        report({ severity: 'error', reason: `<stdin>: ${(err as Error).message}`, ruleId: 'ingest/too-large', source: 'ingest', file: '<stdin>' });
        continue;
      }
      const text = decode('<stdin>', bytes, report);
      if (text === undefined) continue;
      const doc = admit({ id: 'stdin', path: '<stdin>', text, ...parseMeta('stdin', text, opts.date) });
      if (doc) yield doc;
      continue;
    }
    const file = source.path;
    if (source.kind === 'text') {
      let bytes: Buffer;
      try {
        const st = await stat(file);
        if (st.size > MAX_FILE_BYTES) {
          report({ severity: 'error', reason: `${file}: ${(st.size / 1024 / 1024).toFixed(1)} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one document, skipped`, ruleId: 'ingest/too-large', source: 'ingest', file });
          continue;
        }
        bytes = await readFile(file);
      } catch (err) {
        report({ severity: 'error', reason: `${file}: cannot read (${code(err)})`, ruleId: 'ingest/unreadable', source: 'ingest', file });
        continue;
      }
      const text = decode(file, bytes, report);
      if (text === undefined) continue;
      const doc = admit({ id: source.id, path: file, text, ...parseMeta(source.id, text, opts.date) });
      if (doc) yield doc;
      continue;
    }
    // JSONL / CSV: one document per record.
    let n = 0;
    try {
      for await (const { where, record } of source.kind === 'csv' ? csvRecords(file, report) : jsonlRecords(file, report)) {
        n++;
        if (!record || typeof record !== 'object' || Array.isArray(record)) {
          report({ severity: 'error', reason: `${where}: not a JSON object, skipped`, ruleId: 'ingest/bad-record', source: 'ingest', file });
          continue;
        }
        const body = field(record, 'text', fields);
        if (!body) {
          const looked = fields.text ? `"${fields.text}"` : DEFAULT_FIELDS.text.join(', ');
          report({ severity: 'error', reason: `${where}: no article text (looked for ${looked}; set --fields text=NAME), skipped`, ruleId: 'ingest/no-text', source: 'ingest', file });
          continue;
        }
        if (body.length > MAX_FILE_BYTES) {
          report({ severity: 'error', reason: `${where}: text over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one document, skipped`, ruleId: 'ingest/too-large', source: 'ingest', file });
          continue;
        }
        const title = field(record, 'title', fields);
        const clean = body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
        // The headline is part of the article (its statements count): put it first, as in a text file.
        const text = title && !clean.startsWith(title) ? `${title}\n\n${clean}` : clean;
        const dateValue = field(record, 'date', fields);
        const published = isoDate(dateValue) ?? opts.date;
        const doc: IngestedDoc = { id: `${source.id}/${SAFE_ID(field(record, 'id', fields) ?? String(n))}`, path: where, text };
        if (title && title.length <= 300) doc.title = title;
        const author = field(record, 'author', fields);
        if (author) doc.author = author;
        if (published) doc.published = published;
        const url = field(record, 'url', fields);
        if (url) doc.url = url;
        const outlet = field(record, 'outlet', fields);
        if (outlet) doc.outlet = outlet;
        const admitted = admit(doc);
        if (admitted) yield admitted;
      }
    } catch (err) {
      report({ severity: 'error', reason: `${file}: cannot read (${code(err)})`, ruleId: 'ingest/unreadable', source: 'ingest', file });
    }
  }
}
