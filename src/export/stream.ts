/**
 * Writing outputs as they are produced
 * ====================================
 *
 * Every output of `extract` and `build` goes to disk record by record, so memory does not grow with
 * the corpus and a run that dies has written what it found. Write failures become one line naming
 * the file (E_OUTPUT: a missing folder, a full disk, no permission), found before the work starts
 * where they can be (`openOutputFile`, `prepareOutDir`); a closed pipe (`… | head`) ends the run
 * quietly.
 */
import { closeSync, createWriteStream, mkdirSync, openSync, readSync, statSync, unlinkSync, writeFileSync, writeSync, renameSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { StancegraphError, isPipeClosed, outputError } from '../errors';

/** Opens `path` for writing now (so a bad path fails before any work) and returns a stream on it. */
export function openOutputFile(path: string): WriteStream {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (err) {
    throw outputError(path, err);
  }
  return createWriteStream(path, { fd });
}

/**
 * Makes sure `dir` is a folder stancegraph can write to, creating it if needed: a file in the way,
 * a read-only place or a missing permission is reported before the work starts.
 */
export function prepareOutDir(dir: string): void {
  try {
    const st = statSync(dir, { throwIfNoEntry: false });
    if (st && !st.isDirectory()) {
      throw new StancegraphError('E_OUTPUT', `--out-dir ${dir} is a file, not a folder; give a folder (it is created if missing)`);
    }
    if (!st) mkdirSync(dir, { recursive: true });
    const probe = join(dir, `.stancegraph-write-test-${process.pid}`);
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (err) {
    if (err instanceof StancegraphError) throw err;
    throw outputError(dir, err, 'give --out-dir a folder you can write to');
  }
}

/**
 * Lines to a stream, waiting for it to drain. `write` resolves false once the reader of a pipe
 * has gone away (the caller stops); any other failure rejects with E_OUTPUT naming `name`.
 */
export class LineWriter {
  private failure: unknown;
  /** The reader went away (EPIPE): nothing more will be written. */
  closed = false;
  count = 0;

  constructor(readonly stream: NodeJS.WritableStream, readonly name: string) {
    stream.on('error', (err) => {
      if (isPipeClosed(err)) this.closed = true;
      else this.failure ??= err;
    });
  }

  private check(): void {
    if (this.failure) throw outputError(this.name, this.failure);
  }

  async write(line: string): Promise<boolean> {
    this.check();
    if (this.closed) return false;
    this.count++;
    const ok = this.stream.write(line);
    if (!ok) {
      await new Promise<void>((resolve) => {
        const done = () => { this.stream.off('drain', done); this.stream.off('error', done); this.stream.off('close', done); resolve(); };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
    // a failed write is reported on the next tick: let it arrive
    if ((this.stream as WriteStream).errored) {
      const e = (this.stream as WriteStream).errored;
      if (isPipeClosed(e)) this.closed = true;
      else this.failure ??= e;
    }
    this.check();
    return !this.closed;
  }

  /** Ends a file stream (flushing it) and reports a failure; leaves stdout open. */
  async end(ownStream = true): Promise<void> {
    if (ownStream && !this.closed) {
      await new Promise<void>((resolve) => {
        const s = this.stream as WriteStream;
        s.once('error', () => resolve());
        s.end(() => resolve());
      });
    } else if (!this.closed) {
      // stdout: wait until what was written is flushed (or the pipe closed)
      await new Promise<void>((resolve) => {
        if (!this.stream.write('', () => resolve())) this.stream.once('drain', () => resolve());
      });
    }
    const errored = (this.stream as WriteStream).errored;
    if (errored && !isPipeClosed(errored)) this.failure ??= errored;
    this.check();
  }
}

/** Writes `content` to `dir/name` through a temporary name, so a failed write leaves no half file. */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = `${path}.partial`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (err) {
    try { unlinkSync(tmp); } catch { /* nothing to remove */ }
    throw outputError(path, err);
  }
}

/**
 * The records of a JSON Lines file, read synchronously in 1 MB chunks (for consumers that take
 * an Iterable, like buildGraph): memory holds one chunk and one line, not the file.
 */
export function* readJsonlSync<T>(path: string): Generator<T> {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder('utf8'); // keeps a character split between chunks whole
  let rest = '';
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const lines = (rest + decoder.write(buf.subarray(0, n))).split('\n');
      rest = lines.pop()!;
      for (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
    }
    rest += decoder.end();
    if (rest.trim()) yield JSON.parse(rest) as T;
  } finally {
    closeSync(fd);
  }
}

/**
 * Lines to a file, synchronously, through one fixed 1 MB byte buffer: for writers that produce a
 * document line by line (GEXF, GraphML), so no output is ever held as one string. Each line is
 * encoded into the buffer as it is pushed (a line longer than the buffer is written on its own),
 * so the line strings die young: kept in a list until 1 MB of them was joined (the session-6
 * sink), they outlived the young generation's collections and went through the old generation as
 * garbage — a whole GEXF file of it at 1 M statements. `push` adds lines (each followed by a
 * newline); `close` flushes and closes. Failures are E_OUTPUT naming the file. Memory: the buffer.
 */
export class FileLineSink {
  private fd: number;
  private readonly buf: Buffer;
  private used = 0;

  /** @param bufferBytes - size of the buffer (default 1 MB; small values are for tests). */
  constructor(readonly path: string, bufferBytes = 1 << 20) {
    try {
      this.fd = openSync(path, 'w');
    } catch (err) {
      throw outputError(path, err);
    }
    this.buf = Buffer.allocUnsafe(Math.max(16, bufferBytes));
  }

  push(...lines: string[]): void {
    for (const l of lines) {
      // at most 3 bytes a UTF-16 unit (a surrogate pair: 4 bytes for 2 units), plus the newline
      if (l.length * 3 + 1 > this.buf.length - this.used) {
        this.flush();
        if (l.length * 3 + 1 > this.buf.length) {
          this.writeAll(Buffer.from(`${l}\n`, 'utf8'));
          continue;
        }
      }
      this.used += this.buf.write(l, this.used, 'utf8');
      this.buf[this.used++] = 10;
    }
  }

  /** Bytes pushed but not yet written to the file. */
  get buffered(): number {
    return this.used;
  }

  private writeAll(bytes: Buffer): void {
    try {
      for (let off = 0; off < bytes.length;) off += writeSync(this.fd, bytes, off, bytes.length - off);
    } catch (err) {
      throw outputError(this.path, err);
    }
  }

  private flush(): void {
    if (!this.used) return;
    this.writeAll(this.buf.subarray(0, this.used));
    this.used = 0;
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}
