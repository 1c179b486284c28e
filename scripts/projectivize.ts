/** Shared by the trainers (train-syntax.ts, train-beam.ts): the parser's transitions build projective trees only. */

/** Lifts non-projective arcs to the grandparent until the tree is projective. */
export function projectivize(heads: Int32Array, n: number): number {
  let lifted = 0;
  for (;;) {
    let changed = false;
    for (let d = 1; d <= n && !changed; d++) {
      const h = heads[d];
      if (h <= 0) continue;
      const lo = Math.min(h, d), hi = Math.max(h, d);
      for (let k = lo + 1; k < hi; k++) {
        // k must be dominated by h
        let a = k;
        while (a > 0 && a !== h) a = heads[a];
        if (a !== h) {
          heads[d] = heads[h];
          lifted++;
          changed = true;
          break;
        }
      }
    }
    if (!changed) return lifted;
  }
}
