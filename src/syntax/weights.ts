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

export class Weights {
  readonly mask: number;
  readonly stride: number;
  /** Slot i holds its key at keys[i * stride] and its weights at w[i * stride + 1 …]. */
  readonly keys: Uint32Array;
  readonly w: Float32Array;
  readonly nRows: number;

  constructor(readonly nClasses: number, buffer: ArrayBuffer, nRows: number) {
    this.stride = nClasses + 1;
    this.keys = new Uint32Array(buffer);
    this.w = new Float32Array(buffer);
    this.mask = this.keys.length / this.stride - 1;
    this.nRows = nRows;
  }

  /** Offset of the weights of a key in `w`, or -1. */
  find(k: number): number {
    const keys = this.keys;
    const stride = this.stride;
    let i = k & this.mask;
    for (;;) {
      const s = keys[i * stride];
      if (s === k) return i * stride + 1;
      if (s === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * scores = sum of the rows of keys feats[0..n). Two passes: the first only computes each
   * feature's home slot and reads its key (independent loads the CPU can overlap), the second
   * resolves collisions and adds the rows.
   */
  score(feats: Uint32Array, n: number, scores: Float32Array | Float64Array): void {
    const nc = this.nClasses;
    const stride = this.stride;
    const keys = this.keys;
    const w = this.w;
    const mask = this.mask;
    const home = slotBuf;
    const first = keyBuf;
    for (let f = 0; f < n; f++) {
      const o = (feats[f] & mask) * stride;
      home[f] = o;
      first[f] = keys[o];
    }
    for (let c = 0; c < nc; c++) scores[c] = 0;
    for (let f = 0; f < n; f++) {
      const k = feats[f];
      let o = home[f];
      let s = first[f];
      for (;;) {
        if (s === k) {
          for (let c = 0; c < nc; c++) scores[c] += w[o + 1 + c];
          break;
        }
        if (s === 0) break;
        o += stride;
        if (o >= keys.length) o = 0;
        s = keys[o];
      }
    }
  }

  /** Build the table from parallel arrays: row r has key rowKeys[r] and weights w[r*nc …]. */
  static fromRows(nClasses: number, rowKeys: Uint32Array, w: Float32Array): Weights {
    let cap = 1024;
    while (cap < rowKeys.length * 1.5) cap *= 2;
    const stride = nClasses + 1;
    const buffer = new ArrayBuffer(cap * stride * 4);
    const keys = new Uint32Array(buffer);
    const ws = new Float32Array(buffer);
    const mask = cap - 1;
    for (let r = 0; r < rowKeys.length; r++) {
      const k = rowKeys[r];
      let i = k & mask;
      while (keys[i * stride] !== 0 && keys[i * stride] !== k) i = (i + 1) & mask;
      keys[i * stride] = k;
      ws.set(w.subarray(r * nClasses, (r + 1) * nClasses), i * stride + 1);
    }
    return new Weights(nClasses, buffer, rowKeys.length);
  }
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
