/**
 * Weight tables
 * =============
 *
 * A feature key (32-bit, see hash.ts) maps to a row of `nClasses` weights through an
 * open-addressing table. `Weights` is the read-only form used at prediction time; `TrainWeights`
 * (training only) grows, and keeps the sums needed for averaged perceptron weights
 * (Daumé's trick: averaged = w - u / c, where u accumulates c·Δ).
 */

const slotBuf = new Int32Array(256);
const keyBuf = new Uint32Array(256);
const hitRow = new Int32Array(256);
const hitScale = new Float64Array(256);

/**
 * Read-only weights for prediction: an open-addressing table whose slots hold the key (uint32),
 * a scale (float32) and the row quantized to int8, so that one feature costs one cache line.
 */
export class Weights {
  readonly mask: number;
  /** Slot size in bytes (a multiple of 4). */
  readonly stride: number;
  readonly keys: Uint32Array; // indexed by slot * stride / 4
  readonly scales: Float32Array; // indexed by slot * stride / 4 + 1
  readonly q: Int8Array; // row of slot i at i * stride + 8
  readonly nRows: number;
  readonly nSlots: number;

  constructor(readonly nClasses: number, buffer: ArrayBuffer, nRows: number) {
    this.stride = 8 + ((nClasses + 3) & ~3);
    this.keys = new Uint32Array(buffer);
    this.scales = new Float32Array(buffer);
    this.q = new Int8Array(buffer);
    this.nSlots = buffer.byteLength / this.stride;
    this.mask = this.nSlots - 1;
    this.nRows = nRows;
  }

  /** Slot index of a key, or -1. */
  find(k: number): number {
    const keys = this.keys;
    const w4 = this.stride >> 2;
    let i = k & this.mask;
    for (;;) {
      const s = keys[i * w4];
      if (s === k) return i;
      if (s === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** The weights of slot i (dequantized), for inspection. */
  row(i: number): Float32Array {
    const out = new Float32Array(this.nClasses);
    const sc = this.scales[(i * this.stride >> 2) + 1];
    for (let c = 0; c < this.nClasses; c++) out[c] = this.q[i * this.stride + 8 + c] * sc;
    return out;
  }

  /**
   * scores = sum of the rows of keys feats[0..n). Two passes: the first only computes each
   * feature's home slot and reads its key (independent loads the CPU can overlap), the second
   * resolves collisions and adds the rows.
   */
  score(feats: Uint32Array, n: number, scores: Float32Array | Float64Array): void {
    const nc = this.nClasses;
    const stride = this.stride;
    const w4 = stride >> 2;
    const keys = this.keys;
    const scales = this.scales;
    const q = this.q;
    const mask = this.mask;
    const home = slotBuf;
    const first = keyBuf;
    for (let f = 0; f < n; f++) {
      const i = feats[f] & mask;
      home[f] = i;
      first[f] = keys[i * w4];
    }
    for (let c = 0; c < nc; c++) scores[c] = 0;
    if (nc === 4) {
      // the parser's move table, scored once per transition: unrolled, same sums in the same order
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
      for (let f = 0; f < n; f++) {
        const k = feats[f];
        let i = home[f];
        let s = first[f];
        for (;;) {
          if (s === k) {
            const sc = scales[i * w4 + 1];
            const o = i * stride + 8;
            a0 += q[o] * sc;
            a1 += q[o + 1] * sc;
            a2 += q[o + 2] * sc;
            a3 += q[o + 3] * sc;
            break;
          }
          if (s === 0) break;
          i = (i + 1) & mask;
          s = keys[i * w4];
        }
      }
      scores[0] = a0;
      scores[1] = a1;
      scores[2] = a2;
      scores[3] = a3;
      return;
    }
    if (!(scores instanceof Float64Array)) {
      for (let f = 0; f < n; f++) {
        const k = feats[f];
        let i = home[f];
        let s = first[f];
        for (;;) {
          if (s === k) {
            const sc = scales[i * w4 + 1];
            const o = i * stride + 8;
            for (let c = 0; c < nc; c++) scores[c] += q[o + c] * sc;
            break;
          }
          if (s === 0) break;
          i = (i + 1) & mask;
          s = keys[i * w4];
        }
      }
      return;
    }
    // The rows found, then the sums class by class, four classes at a time in registers: each
    // class adds the same products in the same order as a row-by-row loop would (same doubles),
    // without reading and writing scores[c] for every feature (the labeller has 50 classes).
    let h = 0;
    for (let f = 0; f < n; f++) {
      const k = feats[f];
      let i = home[f];
      let s = first[f];
      for (;;) {
        if (s === k) {
          hitRow[h] = i * stride + 8;
          hitScale[h++] = scales[i * w4 + 1];
          break;
        }
        if (s === 0) break;
        i = (i + 1) & mask;
        s = keys[i * w4];
      }
    }
    let c = 0;
    for (; c + 4 <= nc; c += 4) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
      for (let x = 0; x < h; x++) {
        const o = hitRow[x] + c;
        const sc = hitScale[x];
        a0 += q[o] * sc;
        a1 += q[o + 1] * sc;
        a2 += q[o + 2] * sc;
        a3 += q[o + 3] * sc;
      }
      scores[c] = a0;
      scores[c + 1] = a1;
      scores[c + 2] = a2;
      scores[c + 3] = a3;
    }
    for (; c < nc; c++) {
      let a = 0;
      for (let x = 0; x < h; x++) a += q[hitRow[x] + c] * hitScale[x];
      scores[c] = a;
    }
  }

  /** Build the table from rows given as int8 with one scale per row. */
  static fromQuantized(nClasses: number, rowKeys: Uint32Array, scales: Float32Array, q: Int8Array, shared = false): Weights {
    let cap = 1024;
    while (cap < rowKeys.length * 1.5) cap *= 2;
    const stride = 8 + ((nClasses + 3) & ~3);
    // shared: built straight into shared memory for the extraction pool (src/workers/shared-model.ts)
    const buffer = shared ? (new SharedArrayBuffer(cap * stride) as unknown as ArrayBuffer) : new ArrayBuffer(cap * stride);
    const keys = new Uint32Array(buffer);
    const sc = new Float32Array(buffer);
    const qs = new Int8Array(buffer);
    const w4 = stride >> 2;
    const mask = cap - 1;
    // Rows are inserted in the order of their home slot's region, not in key order: the stored keys are
    // sorted, so their low bits (the home slot) jump all over the table, and each insertion missed the
    // caches. Where a key lands depends on the order only when it collides, and a look-up finds it
    // wherever it is, so every score is the same.
    const order = bySlotRegion(rowKeys, mask);
    for (let x = 0; x < order.length; x++) {
      const r = order[x];
      const k = rowKeys[r];
      let i = k & mask;
      while (keys[i * w4] !== 0 && keys[i * w4] !== k) i = (i + 1) & mask;
      keys[i * w4] = k;
      sc[i * w4 + 1] = scales[r];
      // a plain loop, not qs.set(q.subarray(…)): that made a typed-array view per row (1.4 M rows)
      const from = r * nClasses;
      const to = i * stride + 8;
      for (let c = 0; c < nClasses; c++) qs[to + c] = q[from + c];
    }
    return new Weights(nClasses, buffer, rowKeys.length);
  }

  /** Build the table from float rows: row r has key rowKeys[r] and weights w[r*nc …]. */
  static fromRows(nClasses: number, rowKeys: Uint32Array, w: Float32Array): Weights {
    const { scales, q } = quantize(nClasses, rowKeys.length, w);
    return Weights.fromQuantized(nClasses, rowKeys, scales, q);
  }
}

/** Row indices grouped by the region (1/256 of the table) of their home slot `key & mask`, each group in row order. */
function bySlotRegion(rowKeys: Uint32Array, mask: number): Uint32Array {
  const n = rowKeys.length;
  const shift = Math.max(0, Math.log2(mask + 1) - 8);
  const start = new Uint32Array(257);
  for (let r = 0; r < n; r++) start[((rowKeys[r] & mask) >>> shift) + 1]++;
  for (let b = 0; b < 256; b++) start[b + 1] += start[b];
  const order = new Uint32Array(n);
  for (let r = 0; r < n; r++) order[start[(rowKeys[r] & mask) >>> shift]++] = r;
  return order;
}

/** int8 rows with one float scale per row (max |w| maps to 127). */
export function quantize(nClasses: number, nRows: number, w: Float32Array): { scales: Float32Array; q: Int8Array } {
  const scales = new Float32Array(nRows);
  const q = new Int8Array(nRows * nClasses);
  for (let r = 0; r < nRows; r++) {
    let max = 0;
    for (let c = 0; c < nClasses; c++) max = Math.max(max, Math.abs(w[r * nClasses + c]));
    const s = max / 127 || 1;
    scales[r] = s;
    for (let c = 0; c < nClasses; c++) q[r * nClasses + c] = Math.round(w[r * nClasses + c] / s);
  }
  return { scales, q };
}

export class TrainWeights {
  nRows = 0;
  keys: Uint32Array;
  rows: Int32Array;
  rowKeys: Uint32Array;
  w: Float64Array;
  u: Float64Array;
  mask: number;
  /** Number of training instances seen (the averaging clock). */
  c = 1;

  constructor(readonly nClasses: number, capacity = 1 << 16) {
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.rowKeys = new Uint32Array(capacity >> 1);
    this.w = new Float64Array((capacity >> 1) * nClasses);
    this.u = new Float64Array((capacity >> 1) * nClasses);
  }

  find(k: number): number {
    const keys = this.keys;
    let i = k & this.mask;
    for (;;) {
      const s = keys[i];
      if (s === k) return this.rows[i] * this.nClasses;
      if (s === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const keys = new Uint32Array(cap);
    const rows = new Int32Array(cap);
    const mask = cap - 1;
    for (let r = 0; r < this.nRows; r++) {
      const k = this.rowKeys[r];
      let i = k & mask;
      while (keys[i] !== 0) i = (i + 1) & mask;
      keys[i] = k;
      rows[i] = r;
    }
    this.keys = keys;
    this.rows = rows;
    this.mask = mask;
    const rk = new Uint32Array(cap >> 1);
    rk.set(this.rowKeys);
    this.rowKeys = rk;
    const w = new Float64Array((cap >> 1) * this.nClasses);
    w.set(this.w);
    this.w = w;
    const u = new Float64Array((cap >> 1) * this.nClasses);
    u.set(this.u);
    this.u = u;
  }

  findOrAdd(k: number): number {
    let i = k & this.mask;
    for (;;) {
      const s = this.keys[i];
      if (s === k) return this.rows[i] * this.nClasses;
      if (s === 0) break;
      i = (i + 1) & this.mask;
    }
    if ((this.nRows + 1) * 2 > this.keys.length) {
      this.grow();
      return this.findOrAdd(k);
    }
    const r = this.nRows++;
    this.keys[i] = k;
    this.rows[i] = r;
    this.rowKeys[r] = k;
    return r * this.nClasses;
  }

  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    const nc = this.nClasses;
    const w = this.w;
    for (let c = 0; c < nc; c++) scores[c] = 0;
    for (let f = 0; f < n; f++) {
      const off = this.find(feats[f]);
      if (off < 0) continue;
      for (let c = 0; c < nc; c++) scores[c] += w[off + c];
    }
  }

  /** Features seen fewer than `minCount` times (in `counts`) get no row. */
  counts: CountTable | null = null;
  minCount = 0;

  /** Perceptron update: +1 for `good`, -1 for `bad` on every feature. */
  update(feats: Uint32Array, n: number, good: number, bad: number, amount = 1): void {
    const c = this.c;
    for (let f = 0; f < n; f++) {
      let off: number;
      if (this.counts && this.counts.get(feats[f]) < this.minCount) {
        off = this.find(feats[f]);
        if (off < 0) continue;
      } else off = this.findOrAdd(feats[f]);
      this.w[off + good] += amount;
      this.u[off + good] += c * amount;
      this.w[off + bad] -= amount;
      this.u[off + bad] -= c * amount;
    }
  }

  /** Adds `amount` to the weight of class `cls` on every feature (global perceptron updates). */
  add(feats: Uint32Array, n: number, cls: number, amount: number): void {
    const c = this.c;
    for (let f = 0; f < n; f++) {
      const off = this.findOrAdd(feats[f]) + cls;
      this.w[off] += amount;
      this.u[off] += c * amount;
    }
  }

  /** A table holding the given (averaged) weights as its starting point, the averaging clock reset. */
  static fromAveraged(nClasses: number, rowKeys: Uint32Array, w: Float32Array): TrainWeights {
    let cap = 1 << 16;
    while (cap < rowKeys.length * 2 + 2) cap *= 2;
    const t = new TrainWeights(nClasses, cap);
    for (let r = 0; r < rowKeys.length; r++) {
      const off = t.findOrAdd(rowKeys[r]);
      for (let c = 0; c < nClasses; c++) t.w[off + c] = w[r * nClasses + c];
    }
    return t;
  }

  tick(): void {
    this.c++;
  }

  /** Averaged weights, rows whose largest |weight| is below `prune` dropped. */
  averaged(prune = 0): { rowKeys: Uint32Array; w: Float32Array } {
    const nc = this.nClasses;
    const keep: number[] = [];
    const avg = new Float32Array(this.nRows * nc);
    for (let r = 0; r < this.nRows; r++) {
      let max = 0;
      for (let c = 0; c < nc; c++) {
        const v = this.w[r * nc + c] - this.u[r * nc + c] / this.c;
        avg[r * nc + c] = v;
        if (Math.abs(v) > max) max = Math.abs(v);
      }
      if (max > prune) keep.push(r);
    }
    const rowKeys = new Uint32Array(keep.length);
    const w = new Float32Array(keep.length * nc);
    keep.forEach((r, i) => {
      rowKeys[i] = this.rowKeys[r];
      w.set(avg.subarray(r * nc, r * nc + nc), i * nc);
    });
    return { rowKeys, w };
  }
}

/** Feature occurrence counts (training only), for a frequency cut-off on new rows. */
export class CountTable {
  keys: Uint32Array;
  counts: Uint32Array;
  size = 0;
  mask: number;
  constructor(capacity = 1 << 22) {
    this.keys = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }
  add(k: number): void {
    let i = k & this.mask;
    for (;;) {
      const s = this.keys[i];
      if (s === k) {
        this.counts[i]++;
        return;
      }
      if (s === 0) break;
      i = (i + 1) & this.mask;
    }
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow();
      this.add(k);
      return;
    }
    this.keys[i] = k;
    this.counts[i] = 1;
    this.size++;
  }
  get(k: number): number {
    let i = k & this.mask;
    for (;;) {
      const s = this.keys[i];
      if (s === k) return this.counts[i];
      if (s === 0) return 0;
      i = (i + 1) & this.mask;
    }
  }
  private grow(): void {
    const old = this.keys;
    const oc = this.counts;
    const cap = old.length * 2;
    this.keys = new Uint32Array(cap);
    this.counts = new Uint32Array(cap);
    this.mask = cap - 1;
    for (let j = 0; j < old.length; j++) {
      const k = old[j];
      if (!k) continue;
      let i = k & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = k;
      this.counts[i] = oc[j];
    }
  }
}
