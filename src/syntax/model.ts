/**
 * The shipped model
 * =================
 *
 * One gzip-compressed file, `src/data/syntax/model.bin.gz` (copied to dist/data/syntax by the
 * build): the bytes "SGSYN1\n", a 4-byte little-endian length, a JSON header (tag set, labels,
 * lemma rules, table sizes), then for each weight table (tagger, moves, labels) its row keys
 * (uint32) and its rows quantized to int8 with one float32 scale per row.
 *
 * Loaded once per process, on first use. A missing or unreadable file throws a
 * SyntaxModelError naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { StancegraphError } from '../errors';
import type { LemmaData } from './lemma';
import { Weights } from './weights';

export class SyntaxModelError extends StancegraphError {
  override name = 'SyntaxModelError';
  constructor(readonly file: string, problem: string, options?: { cause?: unknown }) {
    super('E_READ', `syntax model ${file}: ${problem}`, 'reinstall the package, or rebuild the model with `npm run train:syntax`', options);
  }
}

export interface SyntaxModelHeader {
  version: 1;
  upos: string[];
  labels: string[];
  lemma: LemmaData;
  /** Whether the tagger uses the word-class lexicon (lexicon.ts). */
  lexicon: boolean;
  /** Whether the parser uses the extended feature set (parser.ts EXTRA_FEATURES). */
  extraFeatures?: boolean;
  tables: { name: string; nClasses: number; nRows: number }[];
  info?: Record<string, unknown>;
}

export interface SyntaxModel {
  header: SyntaxModelHeader;
  tagger: Weights;
  moves: Weights;
  labels: Weights;
  /** Optional second labelling pass over the finished tree (relabel.ts). */
  relabel?: Weights;
}

const MAGIC = 'SGSYN1\n';

export interface RawTable {
  name: string;
  nClasses: number;
  rowKeys: Uint32Array;
  w: Float32Array;
}

export function encodeModel(header: Omit<SyntaxModelHeader, 'tables'>, tables: RawTable[]): Buffer {
  const full: SyntaxModelHeader = {
    ...header,
    tables: tables.map((t) => ({ name: t.name, nClasses: t.nClasses, nRows: t.rowKeys.length })),
  };
  const json = Buffer.from(JSON.stringify(full), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  parts.push(len, json);
  for (const t of tables) {
    const nr = t.rowKeys.length;
    const nc = t.nClasses;
    parts.push(Buffer.from(new Uint32Array(t.rowKeys).buffer));
    const scales = new Float32Array(nr);
    const q = new Int8Array(nr * nc);
    for (let r = 0; r < nr; r++) {
      let max = 0;
      for (let c = 0; c < nc; c++) max = Math.max(max, Math.abs(t.w[r * nc + c]));
      const s = max / 127 || 1;
      scales[r] = s;
      for (let c = 0; c < nc; c++) q[r * nc + c] = Math.round(t.w[r * nc + c] / s);
    }
    parts.push(Buffer.from(scales.buffer), Buffer.from(q.buffer));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gz: Buffer, file: string): SyntaxModel {
  let buf: Buffer;
  try {
    buf = gunzipSync(gz);
  } catch (err) {
    throw new SyntaxModelError(file, 'not a gzip file (corrupt or truncated)', { cause: err });
  }
  if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new SyntaxModelError(file, 'not a stancegraph syntax model (bad magic bytes)');
  }
  let p = MAGIC.length;
  const jl = buf.readUInt32LE(p);
  p += 4;
  let header: SyntaxModelHeader;
  try {
    header = JSON.parse(buf.toString('utf8', p, p + jl));
  } catch (err) {
    throw new SyntaxModelError(file, 'unreadable header (corrupt file)', { cause: err });
  }
  p += jl;
  const tables: Record<string, Weights> = {};
  for (const t of header.tables ?? []) {
    const need = t.nRows * 8 + t.nRows * t.nClasses;
    if (p + need > buf.length) throw new SyntaxModelError(file, `truncated in table "${t.name}"`);
    const raw = new Uint8Array(need);
    raw.set(buf.subarray(p, p + need));
    const keys = new Uint32Array(raw.buffer, 0, t.nRows);
    const scales = new Float32Array(raw.buffer, 4 * t.nRows, t.nRows);
    const q = new Int8Array(raw.buffer, 8 * t.nRows, t.nRows * t.nClasses);
    const w = new Float32Array(t.nRows * t.nClasses);
    for (let r = 0; r < t.nRows; r++) {
      const s = scales[r];
      for (let c = 0; c < t.nClasses; c++) w[r * t.nClasses + c] = q[r * t.nClasses + c] * s;
    }
    p += need;
    tables[t.name] = Weights.fromRows(t.nClasses, keys, w);
  }
  if (p !== buf.length) throw new SyntaxModelError(file, 'unexpected trailing bytes (corrupt file)');
  for (const name of ['tagger', 'moves', 'labels']) {
    if (!tables[name]) throw new SyntaxModelError(file, `missing table "${name}"`);
  }
  if (!Array.isArray(header.upos) || !Array.isArray(header.labels) || !header.lemma) {
    throw new SyntaxModelError(file, 'incomplete header');
  }
  return { header, tagger: tables.tagger, moves: tables.moves, labels: tables.labels, relabel: tables.relabel };
}

/** Where the shipped model lives: dist/data/syntax (built) or src/data/syntax (ts-jest, tsx). */
export function defaultModelPath(): string {
  const candidates = [
    join(__dirname, '..', 'data', 'syntax', 'model.bin.gz'),
    join(__dirname, '..', '..', 'src', 'data', 'syntax', 'model.bin.gz'),
  ];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

export function loadModelFile(file: string): SyntaxModel {
  let gz: Buffer;
  try {
    gz = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SyntaxModelError(file, code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(err)})`, { cause: err });
  }
  return decodeModel(gz, file);
}

let cached: SyntaxModel | null = null;
let cachedPath: string | null = null;

/** The model, loaded on first call (from STANCEGRAPH_SYNTAX_MODEL if set, else the shipped file). */
export function getModel(): SyntaxModel {
  const file = process.env.STANCEGRAPH_SYNTAX_MODEL || defaultModelPath();
  if (cached && cachedPath === file) return cached;
  cached = loadModelFile(file);
  cachedPath = file;
  return cached;
}

/** Forget the cached model (tests). */
export function resetModelCache(): void {
  cached = null;
  cachedPath = null;
}
