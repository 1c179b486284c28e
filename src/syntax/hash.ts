/**
 * Integer hashing for features
 * ============================
 *
 * Features are never built as strings: each token's form, suffixes etc. are hashed once
 * (`hashString`), and a feature is a template number mixed with one to three such integers
 * (`mix`). Keys are 32-bit; 0 is reserved for "empty slot" in the weight tables.
 */

/** FNV-1a over UTF-16 code units, then an avalanche step. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combine a running hash with one more 32-bit value (murmur3 step). */
export function mix(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Final key for a feature: never 0. */
export function key(h: number): number {
  const k = fmix(h);
  return k === 0 ? 1 : k;
}

// ---------------------------------------------------------------------------------------------
// Feature emitters shared by the tagger, the parser and the relabeller. They write into one buffer
// through module-level state, so that a hot loop allocates no closure per call; callers are
// synchronous and never nest, so one state serves all of them.

let FO: Uint32Array = new Uint32Array(0);
let FN = 0;
let FA = 0;

/** Starts writing features into `out` at position `at`, with template seed `seed`. */
export function beginFeatures(out: Uint32Array, seed: number, at = 0): void {
  FO = out;
  FN = at;
  FA = seed;
}

/** How many features have been written into the current buffer. */
export function featureCount(): number {
  return FN;
}

/** Writes an already-mixed value as a feature key (a bias feature). */
export function f0(h: number): void {
  FO[FN++] = key(h);
}
export function f1(t: number, a: number): void {
  FO[FN++] = key(mix(Math.imul(t, FA), a));
}
export function f2(t: number, a: number, b: number): void {
  FO[FN++] = key(mix(mix(Math.imul(t, FA), a), b));
}
export function f3(t: number, a: number, b: number, c: number): void {
  FO[FN++] = key(mix(mix(mix(Math.imul(t, FA), a), b), c));
}
export function f4(t: number, a: number, b: number, c: number, e: number): void {
  FO[FN++] = key(mix(mix(mix(mix(Math.imul(t, FA), a), b), c), e));
}
