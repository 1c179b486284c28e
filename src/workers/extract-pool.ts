/**
 * Extraction on every core
 * ========================
 *
 * `extractPathsParallel(paths, { jobs })` yields what `extractPaths` (pipeline.ts) yields — each
 * document with its statements, in input order — but extracts the documents in a pool of worker
 * threads (Piscina, https://github.com/piscinajs/piscina), one document per task.
 *
 * - **Order**: results are yielded in the order the documents were read, whatever order the
 *   workers finish in; messages reach `onMessage` in the same order as with one thread: the
 *   reader's messages for a document (warnings, skipped inputs) first, then its extraction's.
 *   So `--jobs N` writes the same bytes as `--jobs 1`.
 * - **Memory**: at most `window` documents (default 4 × jobs) are read ahead of the consumer;
 *   the reader waits when the window is full and the consumer waits on the oldest document, so
 *   memory is bounded by the window, not the corpus (backpressure both ways).
 * - **Errors**: a per-document failure is a message, as in one thread; a run-fatal error in a
 *   worker (a missing model or lexicon) rejects the run.
 * - `jobs <= 1` runs in this thread through `extractPaths` itself, with no pool.
 * - V8's inlining budget is lowered for the whole process first (./jit.ts): every thread compiles
 *   the extractor anew, and cheaper compilations leave more of the cores to the extraction.
 *
 * Cost: one structured-clone copy of each document's text to a worker and of its statements
 * back; the pool's threads each load the lexicons once, as they start; the syntax model is
 * decoded once, here, meanwhile, straight into shared memory used by all threads
 * (./shared-model.ts).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Piscina from 'piscina';
import { readDocuments } from '../ingest/read-documents';
import type { ExtractOptions } from '../pipeline';
import type { Doc, Message, Statement } from '../types';
import type { ExtractTask, ExtractTaskResult, ExtractWorkerData } from './extract-worker';
import { tuneJitForExtraction } from './jit';
import { recordLines } from './record-lines';
import { shareModel, type SharedModel } from './shared-model';

export interface ParallelExtractOptions extends Omit<ExtractOptions, 'lexicons' | 'onSentence'> {
  /** Worker threads. Default: the number of cores (os.availableParallelism()). 1: no pool. */
  jobs?: number;
  /** Documents read ahead of the consumer at most. Default 4 × jobs. */
  window?: number;
  /**
   * Yield each document's statements as the JSON lines `extract` writes (`lines`, ./record-lines.ts)
   * instead of objects (`statements` is then empty): the workers serialize, and the main thread only
   * writes, with no records to rebuild from the structured clone.
   */
  lines?: boolean;
}

/** What the pool yields per document, in input order. */
export interface ExtractedDoc {
  doc: Doc;
  /** The statements (empty with the option `lines`). */
  statements: Statement[];
  /** With `lines`: the statements as JSON lines. */
  lines?: string;
  /** How many statements. */
  count: number;
}

/** The default of `--jobs`: the number of cores. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** The worker's file: compiled JS in dist/, or the TypeScript source under tsx/ts-jest. */
function workerFile(): { filename: string; execArgv?: string[] } {
  if (__filename.endsWith('.ts')) {
    return { filename: join(__dirname, 'extract-worker.ts'), execArgv: [...process.execArgv, '--import', 'tsx'] };
  }
  return { filename: join(__dirname, 'extract-worker.js') };
}

interface Slot {
  doc: Doc;
  /** Messages the reader gave before this document. */
  before: Message[];
  result: Promise<ExtractTaskResult>;
}

/**
 * Reads `paths` and extracts every document in a pool of `jobs` worker threads; yields each
 * document with its statements in input order. See the file header.
 */
export async function* extractPathsParallel(
  paths: string[],
  opts: ParallelExtractOptions = {},
): AsyncGenerator<ExtractedDoc> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  // before any extraction code is compiled, here or in the workers (V8's flags are process-wide): ./jit.ts
  tuneJitForExtraction();
  if (jobs === 1) {
    // loaded here, not at the top: with a pool this thread only reads and writes, and need not
    // load the extractor (compromise, the lexicons' code) before the workers can start
    const { extractPaths } = await import('../pipeline');
    for await (const { doc, statements } of extractPaths(paths, opts)) {
      if (opts.lines) yield { doc, statements: [], lines: recordLines(doc, statements), count: statements.length };
      else yield { doc, statements, count: statements.length };
    }
    return;
  }
  const window = Math.max(jobs, opts.window ?? 4 * jobs);
  const emit = (m: Message) => opts.onMessage?.(m);
  const { filename, execArgv } = workerFile();
  // The threads start first, loading their modules and lexicons while this thread decodes the
  // model; the tasks then carry the model's shared tables (buffer handles, no copy).
  const workerData: ExtractWorkerData = {};
  const pool = new Piscina<ExtractTask, ExtractTaskResult>({
    filename,
    workerData,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    ...(execArgv ? { execArgv } : {}),
  });
  let model: SharedModel;
  try {
    // A missing or broken model fails here, once, before any document is read.
    model = shareModel();
  } catch (err) {
    await pool.destroy();
    throw err;
  }
  let readerMessages: Message[] = [];
  const reader = readDocuments(paths, {
    ...opts.ingest,
    date: opts.date,
    onMessage: (m) => readerMessages.push(m),
    stdin: opts.stdin,
  })[Symbol.asyncIterator]();
  const queue: Slot[] = [];
  let readerDone = false;
  const fill = async () => {
    while (!readerDone && queue.length < window) {
      const next = await reader.next();
      if (next.done) { readerDone = true; break; }
      const doc = next.value;
      const before = readerMessages;
      readerMessages = [];
      const result = pool.run({ doc, model, ...(opts.lines ? { lines: true } : {}) });
      result.catch(() => undefined); // handled when its turn comes
      queue.push({ doc, before, result });
    }
  };
  try {
    await fill();
    while (queue.length) {
      const slot = queue.shift()!;
      const { statements, lines, count, messages } = await slot.result;
      for (const m of slot.before) emit(m);
      for (const m of messages) emit(m);
      // keep the workers busy while the consumer handles this document
      const more = fill();
      yield lines !== undefined ? { doc: slot.doc, statements, lines, count } : { doc: slot.doc, statements, count };
      await more;
    }
    for (const m of readerMessages) emit(m);
  } finally {
    await reader.return?.(undefined);
    await pool.destroy();
  }
}
