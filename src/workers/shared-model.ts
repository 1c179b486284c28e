/**
 * The syntax model in shared memory
 * =================================
 *
 * The extraction pool's threads all read the same weight tables (65 MB of open-addressing tables,
 * src/syntax/weights.ts), and only read them. So the main thread decodes the model once
 * (`getModel`), copies each table into a SharedArrayBuffer, and every worker wraps those same
 * bytes in its own `Weights` (no copy, no decoding). Saves per worker the decoding (≈ 1.5 s of CPU)
 * and the tables' memory, and the threads share one copy of the hot table lines in the CPU caches.
 */
import { getModel, useModel, type SyntaxModel, type SyntaxModelHeader } from '../syntax/model';
import { Weights } from '../syntax/weights';

const TABLES = ['tagger', 'moves', 'labels', 'relabel', 'morph'] as const;
type TableName = (typeof TABLES)[number];

export interface SharedModel {
  header: SyntaxModelHeader;
  tables: Partial<Record<TableName, { nClasses: number; nRows: number; buffer: SharedArrayBuffer }>>;
}

function wrap(t: { nClasses: number; nRows: number; buffer: SharedArrayBuffer }): Weights {
  // Weights only views the buffer through typed arrays, which a SharedArrayBuffer backs as well
  return new Weights(t.nClasses, t.buffer as unknown as ArrayBuffer, t.nRows);
}

/** Decodes the model (once per process) and returns its tables in shared memory; this thread uses them too. */
export function shareModel(): SharedModel {
  const model = getModel();
  const out: SharedModel = { header: model.header, tables: {} };
  for (const name of TABLES) {
    const w = model[name];
    if (!w) continue;
    const src = new Uint8Array(w.keys.buffer, w.keys.byteOffset, w.keys.byteLength);
    const buffer = new SharedArrayBuffer(src.byteLength);
    new Uint8Array(buffer).set(src);
    out.tables[name] = { nClasses: w.nClasses, nRows: w.nRows, buffer };
  }
  useSharedModel(out); // the private copy can go
  return out;
}

/** Makes `shared` this thread's model. */
export function useSharedModel(shared: SharedModel): void {
  const t = shared.tables;
  const model: SyntaxModel = { header: shared.header, tagger: wrap(t.tagger!), moves: wrap(t.moves!), labels: wrap(t.labels!) };
  if (t.relabel) model.relabel = wrap(t.relabel);
  if (t.morph) model.morph = wrap(t.morph);
  useModel(model);
}
