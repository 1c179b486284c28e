/**
 * The tie table
 * =============
 *
 * The aggregates of every tie of the actor network in columns (typed arrays indexed by tie
 * number) instead of one object graph per tie: sign, weight, undated count, document count and
 * the count per statement type are numbers in flat arrays; a tie's dates and documents are
 * numbers into two string pools, held as one number while the tie has a single date / document
 * (most ties at scale) and as a small list only beyond that. The graphology edge of a tie carries
 * a `TieView` (two fields: the table and the tie number) whose getters read the columns, so the
 * analyses, writers and tests read `tie.weight`, `tie.types`, `tie.dates`, … as before, and the
 * lists (`types`, `dates`, `docs`) are made when asked for.
 *
 * Why: at 1 M synthetic statements (878,184 ties) the per-tie objects (attributes, a `types`
 * object, three lists) were ~350 of the 1,090 bytes of live heap a tie; the columns take ~70.
 * Memory: O(ties × (1 + types) + distinct dates and documents of multi-date / multi-document ties);
 * time: O(1) per statement added, plus O(k) to keep a tie's sorted lists of k ≤ maxDocs documents
 * and its distinct dates.
 *
 * Samples of evidence stay objects (few per tie), see ./evidence-store.ts.
 */
import { STATEMENT_TYPES, type StatementType } from '../types';
import type { Sign, TieAttrs, TieSample } from './types';

const NTYPES = STATEMENT_TYPES.length;
const TYPE_INDEX = new Map<string, number>(STATEMENT_TYPES.map((t, i) => [t, i]));
const NONE = -1;

/** A sorted, distinct list of pool ids (compared by their strings), kept to its `max` smallest. */
function addSortedIds(list: number[], id: number, pool: string[], max: number): void {
  const v = pool[id]!;
  let i = list.length;
  while (i > 0 && pool[list[i - 1]!]! > v) i--;
  if (i > 0 && list[i - 1] === id) return;
  if (list.length >= max && i >= max) return;
  list.splice(i, 0, id);
  if (list.length > max) list.length = max;
}

/** Interns strings to numbers (dates, document ids). */
class StringPool {
  readonly strings: string[] = [];
  private ids = new Map<string, number>();
  id(s: string): number {
    let n = this.ids.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, n);
    }
    return n;
  }
}

function grow<T extends Int8Array | Int32Array | Uint32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export class TieTable {
  /** Number of ties. */
  size = 0;
  private cap: number;
  sign: Int8Array;
  weight: Uint32Array;
  undated: Uint32Array;
  docCount: Uint32Array;
  /** Count per statement type: `typeCounts[tie × types + type]` (STATEMENT_TYPES order). */
  typeCounts: Uint32Array;
  /** The tie's only date / document (pool id), or -1: none, or several (then in `moreDates` / `moreDocs`). */
  private date1: Int32Array;
  private doc1: Int32Array;
  private lastDoc: Int32Array;
  private moreDates = new Map<number, number[]>();
  private moreDocs = new Map<number, number[]>();
  readonly dates = new StringPool();
  readonly docs = new StringPool();
  /** Samples of evidence of each tie, best first (objects or stored references, see ./evidence-store.ts). */
  samples: TieSample[][] = [];

  constructor(readonly maxDocs: number, capacity = 1024) {
    this.cap = capacity;
    this.sign = new Int8Array(capacity);
    this.weight = new Uint32Array(capacity);
    this.undated = new Uint32Array(capacity);
    this.docCount = new Uint32Array(capacity);
    this.typeCounts = new Uint32Array(capacity * NTYPES);
    this.date1 = new Int32Array(capacity).fill(NONE);
    this.doc1 = new Int32Array(capacity).fill(NONE);
    this.lastDoc = new Int32Array(capacity).fill(NONE);
  }

  /** A new empty tie of `sign`; returns its number. */
  add(sign: Sign): number {
    if (this.size === this.cap) {
      const cap = this.cap * 2;
      this.sign = grow(this.sign, cap);
      this.weight = grow(this.weight, cap);
      this.undated = grow(this.undated, cap);
      this.docCount = grow(this.docCount, cap);
      this.typeCounts = grow(this.typeCounts, cap * NTYPES);
      this.date1 = grow(this.date1, cap);
      this.date1.fill(NONE, this.cap);
      this.doc1 = grow(this.doc1, cap);
      this.doc1.fill(NONE, this.cap);
      this.lastDoc = grow(this.lastDoc, cap);
      this.lastDoc.fill(NONE, this.cap);
      this.cap = cap;
    }
    const i = this.size++;
    this.sign[i] = sign;
    this.samples.push([]);
    return i;
  }

  /**
   * Counts one statement on tie `i`: its type, date (undefined: undated) and document. Statements
   * of one document come together (statements.jsonl is in document order), so a document is
   * counted once per tie by comparing with the last one seen.
   */
  count(i: number, type: StatementType, date: string | undefined, doc: string): void {
    if (!TYPE_INDEX.has(type)) throw new Error(`unknown statement type ${type}`);
    this.weight[i]!++;
    this.typeCounts[i * NTYPES + TYPE_INDEX.get(type)!]!++;
    if (!date) this.undated[i]!++;
    else this.addTo(i, this.dates.id(date), this.date1, this.moreDates, this.dates.strings, Infinity);
    const d = this.docs.id(doc);
    if (this.lastDoc[i] !== d) {
      this.lastDoc[i] = d;
      this.docCount[i]!++;
    }
    this.addTo(i, d, this.doc1, this.moreDocs, this.docs.strings, this.maxDocs);
  }

  private addTo(i: number, id: number, one: Int32Array, more: Map<number, number[]>, pool: string[], max: number): void {
    if (max <= 0) return;
    const only = one[i]!;
    if (only === id) return;
    let list = more.get(i);
    if (!list) {
      if (only === NONE) { one[i] = id; return; }
      if (max === 1) { if (pool[id]! < pool[only]!) one[i] = id; return; }
      list = [only];
      more.set(i, list);
      one[i] = NONE;
    }
    addSortedIds(list, id, pool, max);
  }

  /** Gives the lists their exact size and drops what only counting needed. */
  compact(): void {
    this.lastDoc = new Int32Array(0);
    for (const [i, l] of this.moreDates) this.moreDates.set(i, l.slice());
    for (const [i, l] of this.moreDocs) this.moreDocs.set(i, l.slice());
    for (let i = 0; i < this.samples.length; i++) this.samples[i] = this.samples[i]!.slice();
  }

  dateIds(i: number): number[] {
    const one = this.date1[i]!;
    return one !== NONE ? [one] : (this.moreDates.get(i) ?? []);
  }

  docIds(i: number): number[] {
    const one = this.doc1[i]!;
    return one !== NONE ? [one] : (this.moreDocs.get(i) ?? []);
  }

  /** The edge attributes of tie `i` (a view on the columns). */
  view(i: number): TieView {
    return new TieView(this, i);
  }
}

/**
 * A tie's attributes read from the table: the same fields as a plain `TieAttrs` object
 * (./types.ts), computed on access. Read-only: code that builds its own ties (projectCountries)
 * uses plain objects.
 */
export class TieView implements TieAttrs {
  constructor(private readonly t: TieTable, private readonly i: number) {}
  get sign(): Sign { return this.t.sign[this.i] as Sign; }
  get weight(): number { return this.t.weight[this.i]!; }
  get undated(): number { return this.t.undated[this.i]!; }
  get docCount(): number { return this.t.docCount[this.i]!; }
  get types(): Partial<Record<StatementType, number>> {
    const out: Partial<Record<StatementType, number>> = {};
    const base = this.i * NTYPES;
    for (let k = 0; k < NTYPES; k++) {
      const n = this.t.typeCounts[base + k]!;
      if (n) out[STATEMENT_TYPES[k]!] = n;
    }
    return out;
  }
  get dates(): string[] {
    return this.t.dateIds(this.i).map((d) => this.t.dates.strings[d]!);
  }
  get firstDate(): string | undefined {
    const ids = this.t.dateIds(this.i);
    return ids.length ? this.t.dates.strings[ids[0]!] : undefined;
  }
  get lastDate(): string | undefined {
    const ids = this.t.dateIds(this.i);
    return ids.length ? this.t.dates.strings[ids[ids.length - 1]!] : undefined;
  }
  get docs(): string[] {
    return this.t.docIds(this.i).map((d) => this.t.docs.strings[d]!);
  }
  get samples(): TieSample[] { return this.t.samples[this.i]!; }
  /** The tie's number in its table. */
  get tieIndex(): number { return this.i; }
}
