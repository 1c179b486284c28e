/**
 * The shipped model
 * =================
 *
 * One gzip-compressed file, `src/data/syntax/model.bin.gz` (copied to dist/data/syntax by the
 * build): the bytes "SGSYN2\n", a 4-byte little-endian length, a JSON header (tag set, labels,
 * lemma rules, table sizes), then for each weight table (tagger, morph, moves, labels) its row
 * keys (sorted, as LEB128-coded differences), one byte per row for the row's scale
 * (2^((b-128)/8)), and the rows quantized to int8.
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
  /** Whether parser and labeller use quotation features (parser.ts QUOTE_FEATURES). */
  quoteFeatures?: boolean;
  /** Whether predictLabel applies the clause-label constraint for nominals (parser.ts). */
  labelConstraint?: boolean;
  /** Beam width of the parser's decoding (beam.ts); absent or 1: greedy. */
  beam?: number;
  /** Whether the parser's tags include morphological classes (morph.ts). */
  morph?: boolean;
  /** Whether the tagger uses the context-case features (tagger.ts TAGGER_EXTRA). */
  taggerExtra?: boolean;
  /** Word clusters (clusters.ts) as `word\tcoarse\tfine` lines; absent in models without them. */
  clusters?: string;
  tables: { name: string; nClasses: number; nRows: number; keyBytes: number }[];
  info?: Record<string, unknown>;
}

export interface SyntaxModel {
  header: SyntaxModelHeader;
  tagger: Weights;
  moves: Weights;
  labels: Weights;
  /** Optional second labelling pass over the finished tree (relabel.ts). */
  relabel?: Weights;
  /** Morphological class tagger (morph.ts), when header.morph. */
  morph?: Weights;
}

const MAGIC = 'SGSYN2\n';

export interface RawTable {
  name: string;
  nClasses: number;
  rowKeys: Uint32Array;
  w: Float32Array;
}

/** Per-row scales are stored as one byte: scale ≈ 2^((b - 128) / 8). */
function scaleToByte(s: number): number {
  return Math.max(0, Math.min(255, Math.round(Math.log2(s) * 8) + 128));
}
function byteToScale(b: number): number {
  return Math.pow(2, (b - 128) / 8);
}
/** byteToScale of every byte, computed once (decoding looked it up 1.4 M times). */
const SCALE_OF_BYTE = Float32Array.from({ length: 256 }, (_, b) => byteToScale(b));

/**
 * A table's sorted keys from their LEB128-coded gaps: `nRows` keys in exactly `keyBytes` bytes from `p`, or
 * undefined when the bytes do not hold that (a corrupt file).
 */
export function decodeKeys(buf: Uint8Array, p: number, nRows: number, keyBytes: number): Uint32Array | undefined {
  const keys = new Uint32Array(nRows);
  let k = 0;
  let r = 0;
  const end = p + keyBytes;
  while (p < end && r < nRows) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = buf[p++];
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    k += d;
    keys[r++] = k;
  }
  return p === end && r === nRows ? keys : undefined;
}

export function encodeModel(header: Omit<SyntaxModelHeader, 'tables'>, tables: RawTable[]): Buffer {
  const parts: Buffer[] = [];
  const meta: SyntaxModelHeader['tables'] = [];
  for (const t of tables) {
    const nr = t.rowKeys.length;
    const nc = t.nClasses;
    // rows sorted by key; keys as LEB128 deltas
    const order = Array.from({ length: nr }, (_, i) => i).sort((a, b) => t.rowKeys[a] - t.rowKeys[b]);
    const keyBytes: number[] = [];
    let prev = 0;
    for (const r of order) {
      let d = t.rowKeys[r] - prev;
      prev = t.rowKeys[r];
      while (d >= 0x80) {
        keyBytes.push((d & 0x7f) | 0x80);
        d = Math.floor(d / 128);
      }
      keyBytes.push(d);
    }
    const scales = new Uint8Array(nr);
    const q = new Int8Array(nr * nc);
    order.forEach((r, i) => {
      let max = 0;
      for (let c = 0; c < nc; c++) max = Math.max(max, Math.abs(t.w[r * nc + c]));
      const b = scaleToByte(max / 127 || 1);
      scales[i] = b;
      const sc = byteToScale(b);
      for (let c = 0; c < nc; c++) q[i * nc + c] = Math.max(-127, Math.min(127, Math.round(t.w[r * nc + c] / sc)));
    });
    parts.push(Buffer.from(keyBytes), Buffer.from(scales.buffer), Buffer.from(q.buffer));
    meta.push({ name: t.name, nClasses: nc, nRows: nr, keyBytes: keyBytes.length });
  }
  const full: SyntaxModelHeader = { ...header, tables: meta };
  const json = Buffer.from(JSON.stringify(full), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, json, ...parts]), { level: 9 });
}

/** `shared`: the tables are built in SharedArrayBuffers (the extraction pool shares them between threads). */
export function decodeModel(gz: Buffer, file: string, shared = false): SyntaxModel {
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
    const need = t.keyBytes + t.nRows + t.nRows * t.nClasses;
    if (p + need > buf.length) throw new SyntaxModelError(file, `truncated in table "${t.name}"`);
    const keys = decodeKeys(buf, p, t.nRows, t.keyBytes);
    if (!keys) throw new SyntaxModelError(file, `corrupt keys in table "${t.name}"`);
    p += t.keyBytes;
    const scales = new Float32Array(t.nRows);
    for (let i = 0; i < t.nRows; i++) scales[i] = SCALE_OF_BYTE[buf[p + i]];
    p += t.nRows;
    const q = new Int8Array(buf.buffer, buf.byteOffset + p, t.nRows * t.nClasses);
    tables[t.name] = Weights.fromQuantized(t.nClasses, keys, scales, q, shared);
    p += t.nRows * t.nClasses;
  }
  if (p !== buf.length) throw new SyntaxModelError(file, 'unexpected trailing bytes (corrupt file)');
  for (const name of ['tagger', 'moves', 'labels']) {
    if (!tables[name]) throw new SyntaxModelError(file, `missing table "${name}"`);
  }
  if (header.morph && !tables.morph) throw new SyntaxModelError(file, 'missing table "morph"');
  if (!Array.isArray(header.upos) || !Array.isArray(header.labels) || !header.lemma) {
    throw new SyntaxModelError(file, 'incomplete header');
  }
  return { header, tagger: tables.tagger, moves: tables.moves, labels: tables.labels, relabel: tables.relabel, morph: tables.morph };
}

/** Where the shipped model lives: dist/data/syntax (built) or src/data/syntax (ts-jest, tsx). */
export function defaultModelPath(): string {
  const candidates = [
    join(__dirname, '..', 'data', 'syntax', 'model.bin.gz'),
    join(__dirname, '..', '..', 'src', 'data', 'syntax', 'model.bin.gz'),
  ];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

export function loadModelFile(file: string, shared = false): SyntaxModel {
  let gz: Buffer;
  try {
    gz = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SyntaxModelError(file, code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(err)})`, { cause: err });
  }
  return decodeModel(gz, file, shared);
}

let cached: SyntaxModel | null = null;
let cachedPath: string | null = null;

/**
 * The model, loaded on first call (from STANCEGRAPH_SYNTAX_MODEL if set, else the shipped file).
 * `shared`: if it has to be loaded, its tables go in shared memory (see decodeModel).
 */
export function getModel(shared = false): SyntaxModel {
  const file = process.env.STANCEGRAPH_SYNTAX_MODEL || defaultModelPath();
  if (cached && cachedPath === file) return cached;
  cached = loadModelFile(file, shared);
  cachedPath = file;
  return cached;
}

/** Forget the cached model (tests). */
export function resetModelCache(): void {
  cached = null;
  cachedPath = null;
}

/**
 * Uses `model` as this process's (or worker thread's) model from now on: the extraction pool
 * (src/workers/extract-pool.ts) decodes the model once and hands every worker thread the same
 * tables in shared memory, instead of each thread decoding its own copy.
 */
export function useModel(model: SyntaxModel): void {
  cached = model;
  cachedPath = process.env.STANCEGRAPH_SYNTAX_MODEL || defaultModelPath();
}
