/**
 * What one load will do, known before anything is written
 * =======================================================
 *
 * The first pass over all inputs of a load fills a LoadPlan: per document its row (path, title,
 * author, date), how many valid statements and how many bad lines it has, and the country names
 * the statements use. It holds nothing per statement, so its size follows the number of documents
 * and actors, not of statements.
 *
 * The document-replacement rule (docs/NEO4J.md §3):
 * - a document is *replaced* (its statements in the graph that this load does not contain are
 *   deleted) only when this load holds a complete, valid set of its statements: every line naming
 *   it, in every input file of the load, is valid;
 * - a document with a bad line is *merged*: its valid statements are written, nothing of it is
 *   deleted, and the load says so; a later load with a complete valid set replaces it;
 * - a bad line that names no document (a line cut before its "doc" field, a file that is not JSON
 *   lines) could belong to any document: then no document is replaced by this load;
 * - `--no-replace` merges every document.
 *
 * Per document the plan also keeps a content hash of its valid records (`contentHash`: the sum of a
 * hash of each record, so the order of lines, parts and files does not matter, then hashed with the
 * document's row and the model version). A load stores it on the `Document` once the document holds
 * exactly this load's statements; a later load of a replaced document with the same hash skips it
 * (src/neo4j/load.ts) — re-loading an unchanged corpus writes nothing.
 */
import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';
import type { Statement } from '../types';
import { aliasKey, aliasKeys } from './aliases';
import type { DocumentRow } from './rows';

export interface DocPlan {
  row: DocumentRow;
  /** Valid statement records of this document in the load (duplicates counted). */
  statements: number;
  /** Bad lines that name this document. */
  bad: number;
  /** Sum (mod 2^128) of the hashes of its valid records. */
  sum: bigint;
}

/** Bumped when what a load writes for the same records changes (the stored hashes then no longer match). */
export const CONTENT_HASH_VERSION = 'stancegraph-load/1';
const MOD = 1n << 128n;

/** The content hash of a planned document (valid records, row, model version). */
export function contentHash(d: DocPlan): string {
  return createHash('sha256').update(stableStringify([CONTENT_HASH_VERSION, d.row, d.statements, d.sum.toString(16)])).digest('hex');
}

const orNull = (v: string | undefined | null): string | null => (v === undefined || v === '' ? null : v);

export class LoadPlan {
  /** `hashes: false`: no content hashes (the bulk import, which replaces the whole database, needs none). */
  constructor(private readonly opts: { hashes?: boolean } = {}) {}

  readonly docs = new Map<string, DocPlan>();
  /** Alias key → Country actor id, from the country actors of the statements (first one wins). */
  readonly countryKeys = new Map<string, string>();
  /** Alias keys of every country name the statements use (affiliations included). */
  readonly affiliationKeys = new Set<string>();
  /** Valid records. */
  valid = 0;
  /** Bad lines (or records) in all. */
  bad = 0;
  /** Bad lines that name no document. */
  unattributed = 0;

  addStatement(s: Statement): void {
    this.valid++;
    let d = this.docs.get(s.doc);
    if (!d) {
      d = {
        row: {
          id: s.doc, path: orNull(s.source?.path), title: orNull(s.source?.title),
          author: orNull(s.source?.author), published: orNull(s.source?.published),
        },
        statements: 0,
        bad: 0,
        sum: 0n,
      };
      this.docs.set(s.doc, d);
    }
    d.statements++;
    if (this.opts.hashes ?? true) d.sum = (d.sum + BigInt(`0x${createHash('sha256').update(stableStringify(s)).digest('hex').slice(0, 32)}`)) % MOD;
    for (const a of [s.actor, s.target]) {
      if (a.country) this.affiliationKeys.add(aliasKey(a.country));
      if (a.kind !== 'country') continue;
      for (const k of aliasKeys([a.name, a.country, ...(a.aliases ?? [])])) if (!this.countryKeys.has(k)) this.countryKeys.set(k, a.id);
    }
  }

  /** A document read in full (an extracted article), also when it has no statements. */
  addDocument(row: DocumentRow): void {
    const d = this.docs.get(row.id);
    if (d) d.row = row;
    else this.docs.set(row.id, { row, statements: 0, bad: 0, sum: 0n });
  }

  addBad(doc: string | undefined): void {
    this.bad++;
    if (!doc) {
      this.unattributed++;
      return;
    }
    const d = this.docs.get(doc);
    if (d) d.bad++;
    else this.docs.set(doc, { row: { id: doc, path: null, title: null, author: null, published: null }, statements: 0, bad: 1, sum: 0n });
  }

  /** Documents this load replaces, under the rule above. */
  replaced(replace = true): string[] {
    if (!replace || this.unattributed > 0) return [];
    return [...this.docs.values()].filter((d) => d.bad === 0).map((d) => d.row.id);
  }

  /** Documents kept as they are in the graph plus this load's valid statements (they had bad lines). */
  merged(replace = true): string[] {
    if (!replace) return [];
    return [...this.docs.values()].filter((d) => d.bad > 0 || this.unattributed > 0).map((d) => d.row.id);
  }
}
