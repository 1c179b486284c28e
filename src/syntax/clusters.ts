/**
 * Word clusters
 * =============
 *
 * Two partitions of the vocabulary (coarse and fine classes) learned from unlabelled text by
 * `scripts/build-clusters.ts` (exchange algorithm over a class-bigram model), used as tagger,
 * parser and labeller features: words seen too rarely in the treebanks to have weights of their
 * own share the weights of their class. Stored in the model header as the lines
 * `word<TAB>coarse<TAB>fine` of `src/data/syntax/clusters.tsv.gz` (no text, only word forms).
 */
import type { ClusterFn } from './features';

/**
 * A table whose first line is `# cased` keys words by their case-kept form (casedForm in
 * features.ts: digits as 0, quotes straightened): "Bill" and "bill" are different words there.
 * Older tables key lower-cased forms (normForm).
 */
export function isCasedTable(tsv: string): boolean {
  return tsv.startsWith('# cased');
}

/** Parses `word\tc1\tc2` lines (a `#` line is a comment) into a lookup by normalized form. */
export function parseClusters(tsv: string): Map<string, readonly [number, number]> {
  const m = new Map<string, readonly [number, number]>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, a, b] = line.split('\t');
    const c1 = Number(a);
    const c2 = Number(b);
    if (!w || !Number.isInteger(c1) || !Number.isInteger(c2)) continue;
    m.set(w, [c1, c2] as const);
  }
  return m;
}

const cache = new WeakMap<object, ClusterFn>();

/**
 * A ClusterFn over the parsed table, built once per owner object (the loaded model header). It is
 * called with the case-kept form (casedForm); a lower-cased table looks up its lower case. A cased
 * table falls back to the lower-cased form only when asked (`fallback`, for the sentence-initial
 * token, whose capital says nothing), and only if the cased form is unknown.
 */
export function clusterFn(owner: object, tsv: string | undefined): ClusterFn {
  if (!tsv) return null;
  let fn = cache.get(owner);
  if (!fn) {
    const m = parseClusters(tsv);
    if (isCasedTable(tsv)) fn = (cased: string, fallback?: boolean) => m.get(cased) ?? (fallback ? m.get(cased.toLowerCase()) : undefined);
    else fn = (cased: string) => m.get(cased.toLowerCase());
    cache.set(owner, fn);
  }
  return fn;
}
