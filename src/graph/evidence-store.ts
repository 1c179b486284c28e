/**
 * Samples of evidence kept on disk
 * ================================
 *
 * A tie keeps its few best samples of evidence (buildGraph's `maxSamples`). In memory a sample
 * only needs what ranks it (quoted or not, document, sentence); its excerpt, statement id, names,
 * type, date and span are all derived from the statement, which is already on disk in
 * statements.jsonl. `StatementFile` reads that file a line at a time for buildGraph (an iterable
 * of statements, like `readJsonlSync`) and remembers where each line starts, so a sample is kept
 * as a `StoredSample`: the three ranking fields and the line's byte offset and length. Its other
 * fields are getters that read the line back (one positioned read and one JSON.parse; the last
 * sample read is cached, since a writer reads several fields of one sample in a row) and derive
 * them with the same function buildGraph uses, so a stored sample reads exactly as the object
 * buildGraph would have kept.
 *
 * Why: the sample objects were ~580 of the 1,090 bytes of live heap a tie at 1 M synthetic
 * statements (an excerpt string of up to 400 characters, a statement id, a span object); a stored
 * sample is ~70 bytes. Cost: O(1) memory per sample; each read of a sample's text fields is
 * O(line length) once (GEXF/GraphML evidence columns, the summary's quotes).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Statement } from '../types';
import type { TieSample } from './types';

/** Derives a sample from its statement (buildGraph's own function). */
export type SampleOf = (s: Statement) => TieSample;

/** The statements of a JSON Lines file, read in 1 MB chunks, with the byte place of each line. */
export class StatementFile implements Iterable<Statement> {
  private fd: number | undefined;
  private lineStart = 0;
  private lineLength = 0;
  private sampleOf: SampleOf | undefined;
  private cached: { ref: StoredSample; sample: TieSample } | undefined;
  private batch: Map<StoredSample, TieSample> | undefined;

  /** @param path - statements.jsonl (or its temporary name: see `moved`). */
  constructor(private path: string) {}

  *[Symbol.iterator](): Generator<Statement> {
    const fd = openSync(this.path, 'r');
    const buf = Buffer.alloc(1 << 20);
    let carry: Buffer = Buffer.alloc(0);
    let pos = 0; // file offset of carry[0]
    try {
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, null);
        const chunk = n ? (carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n)) : carry;
        let start = 0;
        for (;;) {
          let nl = chunk.indexOf(10, start);
          if (nl < 0) {
            if (n) break;
            if (start >= chunk.length) break;
            nl = chunk.length; // last line without a newline
          }
          const text = chunk.toString('utf8', start, nl);
          if (text.trim()) {
            this.lineStart = pos + start;
            this.lineLength = nl - start;
            yield JSON.parse(text) as Statement;
          }
          start = nl + 1;
          if (start > chunk.length) break;
        }
        if (!n) break;
        pos += start;
        carry = Buffer.from(chunk.subarray(start)); // a copy: buf is reused
      }
    } finally {
      closeSync(fd);
    }
  }

  /**
   * A stored sample for the statement last yielded: `quoted`, `doc` and `sentence` are those
   * buildGraph ranked it by; `sampleOf` derives the rest when it is read.
   */
  keep(doc: string, sentence: number, quoted: boolean, sampleOf: SampleOf): TieSample {
    this.sampleOf ??= sampleOf;
    return new StoredSample(this, this.lineStart, this.lineLength, doc, sentence, quoted);
  }

  /** The file was renamed (e.g. statements.jsonl.partial → statements.jsonl): read from there. */
  moved(path: string): void {
    this.close();
    this.path = path;
  }

  /** Closes the file; a later read opens it again. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** `length` bytes of the file from `offset`. */
  private read(offset: number, length: number): Buffer {
    this.fd ??= openSync(this.path, 'r');
    const buf = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(this.fd, buf, got, length - got, offset + got);
      if (!n) throw new Error(`${this.path}: ends before the statement of a sample (byte ${offset + got}): was it changed during the build?`);
      got += n;
    }
    return buf;
  }

  /** The sample of the statement line `text` (the line of `ref`), checked against what ranked it. */
  private derive(ref: StoredSample, text: string): TieSample {
    let statement: Statement;
    try {
      statement = JSON.parse(text) as Statement;
    } catch (err) {
      throw new Error(`${this.path}: the line at byte ${ref.offset} is not the statement of a sample (${(err as Error).message}): was the file changed during the build?`);
    }
    const sample = this.sampleOf!(statement);
    if (sample.doc !== ref.doc || sample.sentence !== ref.sentence) {
      throw new Error(`${this.path}: the statement at byte ${ref.offset} is not the sample's (${ref.doc}#${ref.sentence}): was the file changed during the build?`);
    }
    return sample;
  }

  /**
   * Reads the samples behind `refs` at once, in file order: lines less than PREFETCH_GAP bytes
   * apart are read with one positioned read (runs of at most PREFETCH_RUN bytes), instead of one
   * read a sample in the writers' order. They are kept in memory until the next prefetch (or
   * `release`), and `load` answers from there. A writer calls it for each chunk of ties it writes
   * (`prefetchSamples`), so memory stays bounded by the chunk. Cost: O(k log k) for k samples, plus
   * the bytes read (lines and the gaps between them).
   */
  prefetch(refs: StoredSample[]): void {
    const batch = new Map<StoredSample, TieSample>();
    this.batch = batch;
    const sorted = refs.filter((r) => !batch.has(r)).sort((a, b) => a.offset - b.offset);
    for (let i = 0; i < sorted.length;) {
      const start = sorted[i]!.offset;
      let end = start + sorted[i]!.length;
      let j = i + 1;
      for (; j < sorted.length; j++) {
        const r = sorted[j]!;
        if (r.offset - end > PREFETCH_GAP || r.offset + r.length - start > PREFETCH_RUN) break;
        end = Math.max(end, r.offset + r.length);
      }
      const buf = this.read(start, end - start);
      for (; i < j; i++) {
        const r = sorted[i]!;
        batch.set(r, this.derive(r, buf.toString('utf8', r.offset - start, r.offset - start + r.length)));
      }
    }
  }

  /** Forgets the samples of the last prefetch. */
  release(): void {
    this.batch = undefined;
  }

  /** The whole sample behind `ref`. */
  load(ref: StoredSample): TieSample {
    const pre = this.batch?.get(ref);
    if (pre) return pre;
    if (this.cached?.ref === ref) return this.cached.sample;
    const sample = this.derive(ref, this.read(ref.offset, ref.length).toString('utf8'));
    this.cached = { ref, sample };
    return sample;
  }
}

/** Lines at most this many bytes apart are read together by `prefetch`. */
const PREFETCH_GAP = 16 * 1024;
/** Longest single read of `prefetch` (bytes). */
const PREFETCH_RUN = 4 * 1024 * 1024;

/**
 * Reads the stored samples among `samples` (see StatementFile.prefetch), grouped by file; samples
 * held as objects are left alone. Call `releaseSamples` with the same samples when done.
 */
export function prefetchSamples(samples: Iterable<TieSample>): void {
  const byFile = new Map<StatementFile, StoredSample[]>();
  for (const s of samples) {
    if (!(s instanceof StoredSample)) continue;
    const list = byFile.get(s.store);
    if (list) list.push(s);
    else byFile.set(s.store, [s]);
  }
  for (const [file, refs] of byFile) file.prefetch(refs);
}

/** Forgets what `prefetchSamples` read for `samples`. */
export function releaseSamples(samples: Iterable<TieSample>): void {
  for (const s of samples) if (s instanceof StoredSample) s.store.release();
}

/** A sample of evidence whose text fields are read back from statements.jsonl (see the file header). */
export class StoredSample implements TieSample {
  constructor(
    private readonly file: StatementFile,
    readonly offset: number,
    readonly length: number,
    readonly doc: string,
    readonly sentence: number,
    readonly quoted: boolean,
  ) {}
  get excerpt(): string { return this.file.load(this).excerpt; }
  get type(): TieSample['type'] { return this.file.load(this).type; }
  get date(): string | undefined { return this.file.load(this).date; }
  get statement(): string { return this.file.load(this).statement; }
  get span(): TieSample['span'] { return this.file.load(this).span; }
  get actor(): string { return this.file.load(this).actor; }
  get target(): string { return this.file.load(this).target; }
  /** The file the sample is stored in. */
  get store(): StatementFile { return this.file; }
  /** The whole sample as a plain object. */
  toJSON(): TieSample { return this.file.load(this); }
}
