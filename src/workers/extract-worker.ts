/**
 * Extraction worker
 * =================
 *
 * Runs in a worker thread of the extraction pool (./extract-pool.ts): one task is one document.
 * It calls the pipeline's own `extractDocument` (unchanged) and hands back the document's
 * statements and the messages extraction reported, in the order they were reported. The
 * lexicons load once per worker, as it starts; the syntax model is the main thread's, in shared
 * memory (./shared-model.ts), handed over with the tasks (buffer handles, no copy).
 */
import { workerData } from 'piscina';
import { extractDocument, warmUpLexicons } from '../pipeline';
import type { IngestedDoc } from '../ingest/read-documents';
import type { Message, Statement } from '../types';
import { recordLines } from './record-lines';
import { useSharedModel, type SharedModel } from './shared-model';

export interface ExtractWorkerData {
  /** The syntax model's tables in shared memory; absent: the tasks bring it, or the worker decodes its own. */
  model?: SharedModel;
}

const data = workerData as ExtractWorkerData | undefined;
let haveModel = false;
if (data?.model) {
  useSharedModel(data.model);
  haveModel = true;
}
// The pool starts its threads before the main thread has decoded the model (extract-pool.ts):
// the lexicons load meanwhile.
warmUpLexicons();

export interface ExtractTask {
  doc: IngestedDoc;
  /** Hand the statements back as JSON lines (./record-lines.ts) rather than as objects. */
  lines?: boolean;
  /** The syntax model in shared memory (buffer handles only); the worker takes it from its first task. */
  model?: SharedModel;
}

export interface ExtractTaskResult {
  /** The statements; empty when the task asked for `lines`. */
  statements: Statement[];
  /** With `lines`: the statements as JSON lines, one string (one flat copy back, nothing to rebuild). */
  lines?: string;
  /** How many statements. */
  count: number;
  messages: Message[];
}

/** The task function Piscina calls (the module's default export). */
export default function extractTask(task: ExtractTask): ExtractTaskResult {
  if (!haveModel && task.model) {
    useSharedModel(task.model);
    haveModel = true;
  }
  const messages: Message[] = [];
  const statements = extractDocument(task.doc, { onMessage: (m) => messages.push(m) });
  if (task.lines) return { statements: [], lines: recordLines(task.doc, statements), count: statements.length, messages };
  return { statements, count: statements.length, messages };
}
