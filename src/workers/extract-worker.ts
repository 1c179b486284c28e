/**
 * Extraction worker
 * =================
 *
 * Runs in a worker thread of the extraction pool (./extract-pool.ts): one task is one document.
 * It calls the pipeline's own `extractDocument` (unchanged) and hands back the document's
 * statements and the messages extraction reported, in the order they were reported. The
 * lexicons load once per worker, on its first task; the syntax model is the main thread's, in
 * shared memory (./shared-model.ts), handed over as the pool's `workerData`.
 */
import { workerData } from 'piscina';
import { extractDocument } from '../pipeline';
import type { Doc, Message, Statement } from '../types';
import { useSharedModel, type SharedModel } from './shared-model';

export interface ExtractWorkerData {
  /** The syntax model's tables in shared memory; absent: the worker decodes its own. */
  model?: SharedModel;
}

const data = workerData as ExtractWorkerData | undefined;
if (data?.model) useSharedModel(data.model);

export interface ExtractTask {
  doc: Doc;
}

export interface ExtractTaskResult {
  statements: Statement[];
  messages: Message[];
}

/** The task function Piscina calls (the module's default export). */
export default function extractTask(task: ExtractTask): ExtractTaskResult {
  const messages: Message[] = [];
  const statements = extractDocument(task.doc, { onMessage: (m) => messages.push(m) });
  return { statements, messages };
}
