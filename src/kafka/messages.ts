/**
 * What goes through Kafka, and how a loader puts documents back together
 * ======================================================================
 *
 * Pure code (no I/O), unit-tested in test/unit/kafka/messages.test.ts.
 *
 * Topic `articles`: one message per document, key = the stable document id, value = the document as
 * read (`IngestedDoc` JSON: id, path, text, title, author, published, url, outlet).
 *
 * Topic `statements`: key = the document id too, so every message of a document goes to the same
 * partition and is read in order by one loader. A worker publishes a document's **complete**
 * statement set as one *run*: `parts` messages (usually one; a long document is cut so no message
 * grows past ~512 KB), each `{v, run, part, parts, doc, statements}`, all with the same `run` id.
 * A document with no statements is one part with an empty list: loading it removes old statements.
 *
 * The loader (`DocumentAssembler`) collects the parts of each run; only a run with all its parts is
 * a complete document, loaded with the loader's replacement semantics (the document as a whole
 * replaces what the graph has of it). A worker killed between parts leaves an incomplete run; the
 * article was not committed, so another worker extracts it again under a new run id, and when that
 * run is complete the incomplete one is dropped. Offsets are committed only below the first message
 * of any run still incomplete, so a loader that dies loses nothing: at-least-once delivery, and the
 * idempotent load turns repeats into no-ops.
 */
import type { IngestedDoc } from '../ingest/read-documents';
import type { DocumentRow } from '../neo4j/rows';
import type { Statement } from '../types';

export const MESSAGE_VERSION = 1;
/** A statements message is cut before it grows past this many bytes of JSON (Kafka's default limit is 1 MB). */
export const PART_BYTES = 512 * 1024;

export interface StatementsPart {
  v: number;
  /** One extraction of the document: every part of a run carries the same id. */
  run: string;
  /** 0-based. */
  part: number;
  parts: number;
  doc: DocumentRow;
  statements: Statement[];
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const optStr = (v: unknown) => v === undefined || v === null || typeof v === 'string';

function parseJson(value: string | null | undefined, what: string): unknown {
  if (value === null || value === undefined || value === '') throw new Error(`empty ${what} message`);
  try {
    return JSON.parse(value);
  } catch (err) {
    throw new Error(`${what} message is not JSON (${(err as Error).message})`);
  }
}

export function encodeArticle(doc: IngestedDoc): string {
  return JSON.stringify(doc);
}

/** Reads an `articles` message; throws Error with the reason when it is not a document. */
export function decodeArticle(value: string | null | undefined): IngestedDoc {
  const v = parseJson(value, 'article');
  if (!isObj(v)) throw new Error('article message is not a JSON object');
  if (typeof v.id !== 'string' || !v.id) throw new Error('article message has no id');
  if (typeof v.text !== 'string') throw new Error(`article ${v.id} has no text`);
  for (const f of ['path', 'title', 'author', 'published', 'url', 'outlet']) {
    if (!optStr(v[f])) throw new Error(`article ${v.id}: ${f} must be a string`);
  }
  return { ...(v as unknown as IngestedDoc), path: typeof v.path === 'string' ? v.path : `kafka:${v.id}` };
}

export function documentRow(doc: IngestedDoc): DocumentRow {
  return { id: doc.id, path: doc.path ?? null, title: doc.title ?? null, author: doc.author ?? null, published: doc.published ?? null };
}

/** Cuts a document's complete statement set into the messages of one run (at least one). */
export function encodeStatementParts(doc: DocumentRow, statements: Statement[], run: string, maxBytes = PART_BYTES): string[] {
  const groups: Statement[][] = [[]];
  let bytes = 0;
  for (const s of statements) {
    const size = Buffer.byteLength(JSON.stringify(s));
    if (groups[groups.length - 1].length && bytes + size > maxBytes) {
      groups.push([]);
      bytes = 0;
    }
    groups[groups.length - 1].push(s);
    bytes += size;
  }
  return groups.map((g, part) => JSON.stringify({ v: MESSAGE_VERSION, run, part, parts: groups.length, doc, statements: g } satisfies StatementsPart));
}

/** Reads a `statements` message; throws Error with the reason. Records themselves are checked by the loader. */
export function decodeStatementsPart(value: string | null | undefined): StatementsPart {
  const v = parseJson(value, 'statements');
  if (!isObj(v)) throw new Error('statements message is not a JSON object');
  if (v.v !== MESSAGE_VERSION) throw new Error(`statements message has format version ${JSON.stringify(v.v)}, expected ${MESSAGE_VERSION}`);
  if (typeof v.run !== 'string' || !v.run) throw new Error('statements message has no run id');
  if (!Number.isInteger(v.parts) || (v.parts as number) < 1) throw new Error('statements message: parts must be a positive integer');
  if (!Number.isInteger(v.part) || (v.part as number) < 0 || (v.part as number) >= (v.parts as number)) {
    throw new Error(`statements message: part ${JSON.stringify(v.part)} is not in 0…${(v.parts as number) - 1}`);
  }
  const doc = v.doc;
  if (!isObj(doc) || typeof doc.id !== 'string' || !doc.id) throw new Error('statements message has no doc.id');
  for (const f of ['path', 'title', 'author', 'published']) if (!optStr(doc[f])) throw new Error(`statements message: doc.${f} must be a string`);
  if (!Array.isArray(v.statements)) throw new Error('statements message: statements must be an array');
  const wrong = (v.statements as unknown[]).findIndex((s) => !isObj(s) || s.doc !== doc.id);
  if (wrong >= 0) throw new Error(`statements message of document ${doc.id}: statement ${wrong} belongs to another document`);
  return v as unknown as StatementsPart;
}

/** Where a message was read. */
export interface Position {
  partition: number;
  offset: bigint;
}

/** A document with all parts of one run, ready to load. */
export interface CompleteDocument {
  doc: DocumentRow;
  run: string;
  statements: Statement[];
}

interface PendingRun {
  doc: DocumentRow;
  run: string;
  partition: number;
  parts: Map<number, Statement[]>;
  total: number;
  /** Offsets of the messages of this run read so far. */
  offsets: Set<bigint>;
}

/**
 * Collects statement parts into complete documents and says, per partition, which offset is safe
 * to commit once the complete documents handed out have been written.
 */
export class DocumentAssembler {
  private pending = new Map<string, PendingRun>();
  /** Per partition: the offset after the last message read. */
  private next = new Map<number, bigint>();

  private static key(doc: string, run: string): string {
    return `${doc}\u0000${run}`;
  }

  /** Marks a message as read without content for the assembler (e.g. a rejected one). */
  skip(pos: Position): void {
    const n = this.next.get(pos.partition);
    if (n === undefined || pos.offset + 1n > n) this.next.set(pos.partition, pos.offset + 1n);
  }

  /** Adds one part; returns the document when this part completes its run. */
  add(part: StatementsPart, pos: Position): CompleteDocument | undefined {
    this.skip(pos);
    const key = DocumentAssembler.key(part.doc.id, part.run);
    let run = this.pending.get(key);
    if (!run) {
      run = { doc: part.doc, run: part.run, partition: pos.partition, parts: new Map(), total: part.parts, offsets: new Set() };
      this.pending.set(key, run);
    }
    run.offsets.add(pos.offset);
    run.parts.set(part.part, part.statements);
    if (run.parts.size < run.total) return undefined;
    // Complete: this run replaces the document; other runs of it still incomplete are superseded.
    for (const [k, r] of this.pending) if (r.doc.id === part.doc.id) this.pending.delete(k);
    const statements: Statement[] = [];
    for (let i = 0; i < run.total; i++) statements.push(...(run.parts.get(i) ?? []));
    return { doc: run.doc, run: run.run, statements };
  }

  /** Drops what is held for one document's run (its parts are rejected). */
  drop(doc: string, run: string): void {
    this.pending.delete(DocumentAssembler.key(doc, run));
  }

  /** Runs waiting for more parts. */
  get incomplete(): number {
    return this.pending.size;
  }

  /**
   * Offsets to commit (the next offset to read, per partition), valid once every complete document
   * handed out so far is written: the first message of any incomplete run, else after the last read.
   */
  committable(): Map<number, bigint> {
    const out = new Map(this.next);
    for (const r of this.pending.values()) {
      for (const o of r.offsets) {
        const cur = out.get(r.partition);
        if (cur === undefined || o < cur) out.set(r.partition, o);
      }
    }
    return out;
  }
}
