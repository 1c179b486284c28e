/**
 * Seeded random numbers
 * =====================
 *
 * Mulberry32 (Tommy Ettinger, public domain): a 32-bit generator, small and fast, good enough
 * for community detection tie-breaks and initial layout positions. The same seed gives the same
 * sequence on every platform, so `build --seed N` output is reproducible.
 */

/** Returns a function yielding numbers in [0, 1), determined by `seed`. */
export function seededRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
