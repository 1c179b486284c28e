/**
 * The syntax model in shared memory
 * =================================
 *
 * The extraction pool's threads all read the same weight tables (open-addressing tables,
 * src/syntax/weights.ts), and only read them. So the main thread decodes the model once, straight
 * into SharedArrayBuffers (`getModel(true)`), and every worker wraps those same bytes in its own
 * `Weights` (no copy, no decoding). Saves per worker the decoding (≈ 1.5 s of CPU) and the tables'
 * memory, and the threads share one copy of the hot table lines in the CPU caches. The header (tag
 * set, labels, lemma rules: ≈ 120 KB of JSON) travels as UTF-8 bytes in shared memory too, so a
 * task that carries the model costs a handful of buffer handles, not a copy of the header.
 */
import { getModel, useModel, type SyntaxModel, type SyntaxModelHeader } from '../syntax/model';
import { Weights } from '../syntax/weights';

const TABLES = ['tagger', 'moves', 'labels', 'relabel', 'morph'] as const;
type TableName = (typeof TABLES)[number];

export interface SharedModel {
  /** The model header as UTF-8 JSON. */
  header: SharedArrayBuffer;
  tables: Partial<Record<TableName, { nClasses: number; nRows: number; buffer: SharedArrayBuffer }>>;
}

function wrap(t: { nClasses: number; nRows: number; buffer: SharedArrayBuffer }): Weights {
  // Weights only views the buffer through typed arrays, which a SharedArrayBuffer backs as well
  return new Weights(t.nClasses, t.buffer as unknown as ArrayBuffer, t.nRows);
}

/** Decodes the model (once per process) into shared memory and returns its tables; this thread uses them too. */
export function shareModel(): SharedModel {
  const model = getModel(true);
  const json = Buffer.from(JSON.stringify(model.header), 'utf8');
  const header = new SharedArrayBuffer(json.length);
  new Uint8Array(header).set(json);
  const out: SharedModel = { header, tables: {} };
  for (const name of TABLES) {
    const w = model[name];
    if (!w) continue;
    let buffer = w.keys.buffer as ArrayBufferLike;
    if (!(buffer instanceof SharedArrayBuffer) || w.keys.byteOffset !== 0) {
      // a model loaded earlier in this process, in private memory: copied once
      const src = new Uint8Array(w.keys.buffer, w.keys.byteOffset, w.keys.byteLength);
      buffer = new SharedArrayBuffer(src.byteLength);
      new Uint8Array(buffer).set(src);
    }
    out.tables[name] = { nClasses: w.nClasses, nRows: w.nRows, buffer: buffer as SharedArrayBuffer };
  }
  useSharedModel(out); // a private copy, if any, can go
  return out;
}

/** Makes `shared` this thread's model. */
export function useSharedModel(shared: SharedModel): void {
  const t = shared.tables;
  const header = JSON.parse(Buffer.from(new Uint8Array(shared.header)).toString('utf8')) as SyntaxModelHeader;
  const model: SyntaxModel = { header, tagger: wrap(t.tagger!), moves: wrap(t.moves!), labels: wrap(t.labels!) };
  if (t.relabel) model.relabel = wrap(t.relabel);
  if (t.morph) model.morph = wrap(t.morph);
  useModel(model);
}
