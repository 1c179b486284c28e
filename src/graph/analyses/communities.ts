/**
 * Blocs
 * =====
 *
 * Groups of actors that stand together: they support each other, or they criticize the same
 * targets. Method: Louvain modularity maximisation (Blondel, Guillaume, Lambiotte & Lefebvre 2008,
 * "Fast unfolding of communities in large networks", J. Stat. Mech. P10008; modularity after
 * Newman 2006), run by graphology-communities-louvain on an undirected *affinity* graph:
 *
 *   w(A, B) = pos(A, B) + pos(B, A)                      positive statements between them
 *           + coCriticism × Σ_T min(neg(A, T), neg(B, T))  targets both criticize ("co-criticism")
 *           − (neg(A, B) + neg(B, A))                      criticism between them cancels affinity
 *
 * and only pairs with w > 0 are linked (modularity needs non-negative weights). Co-criticism is
 * the structural-balance reading "the enemy of my enemy is my friend" (Heider 1946), taken at
 * half weight by default because it is indirect evidence. A signed method (e.g. signed modularity,
 * Gómez, Jensen & Arenas 2009) would also push enemies apart; with a few dozen actors and sparse
 * ties, the subtraction above does that for pairs that actually criticize each other, and plain
 * Louvain stays well tested and reproducible with a seeded `rng`.
 *
 * Co-criticism is counted only among the `maxCritics` heaviest critics of each target (default 10,
 * ties broken by key): a target criticized by thousands would otherwise add millions of pairs.
 *
 * Cost: O(n log n + ties + targets × maxCritics²) time to build the affinity weights, in typed
 * arrays (`compactAffinity`: no all-pairs map, no graphology copy; ~40 bytes a contribution while
 * it runs, 16 an affinity edge after), then graphology-communities-louvain on them (through
 * ./array-graph.ts: the library fills its own typed index from the arrays), near-linear in the
 * affinity edges per pass; so near-linear in the tie graph, O(affinity edges) memory.
 *
 * Bloc ids are renumbered by size (0 = largest; ties broken by the smallest member key), so the
 * same input and seed give the same ids. An actor with no affinity to anyone is a bloc of one.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { ArrayGraph } from '../array-graph';
import { seededRng } from '../rng';
import type { StanceGraph } from '../types';

export interface BlocsOptions {
  /** Random source for Louvain's node order. Default: seededRng(1). */
  rng?: () => number;
  /** Louvain resolution (higher: smaller blocs). Default 1. */
  resolution?: number;
  /** Weight of one shared criticized target, per statement pair. Default 0.5. */
  coCriticism?: number;
  /** Critics of one target that count for co-criticism: the heaviest. Default 10. */
  maxCritics?: number;
}

export const BLOCS_DEFAULTS = { seed: 1, resolution: 1, coCriticism: 0.5, maxCritics: 10 } as const;

export interface BlocsDetailed {
  /** node → bloc id. */
  communities: Record<string, number>;
  /** Members of each bloc, by bloc id; members sorted by key. */
  members: string[][];
  /** Modularity of the partition on the affinity graph (0 when it has no edge). */
  modularity: number;
}

type AffinityGraph = Graph<Record<string, unknown>, { weight: number }>;

/**
 * The affinity graph as arrays: node keys in key order, and its edges (pairs `lo < hi` of node
 * numbers with a positive weight) sorted by pair, as a graphology graph built from them would be.
 */
export interface CompactAffinity {
  keys: string[];
  lo: Int32Array;
  hi: Int32Array;
  weight: Float64Array;
  /** Number of edges (the arrays may be longer). */
  size: number;
}

/** Growable typed columns of (lo, hi, weight) entries. */
class PairList {
  lo: Int32Array;
  hi: Int32Array;
  w: Float64Array;
  n = 0;
  constructor(capacity: number) {
    this.lo = new Int32Array(Math.max(16, capacity));
    this.hi = new Int32Array(this.lo.length);
    this.w = new Float64Array(this.lo.length);
  }
  push(a: number, b: number, w: number): void {
    if (a === b || w === 0) return;
    if (this.n === this.lo.length) {
      const grow = <T extends Int32Array | Float64Array>(x: T): T => {
        const y = new (x.constructor as new (n: number) => T)(x.length * 2);
        y.set(x);
        return y;
      };
      this.lo = grow(this.lo); this.hi = grow(this.hi); this.w = grow(this.w);
    }
    this.lo[this.n] = a < b ? a : b;
    this.hi[this.n] = a < b ? b : a;
    this.w[this.n++] = w;
  }
}

/** A stable counting sort of `order` by `key[order[i]]` (keys in 0 … buckets − 1). */
function countingSort(order: Int32Array, key: Int32Array, buckets: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < order.length; i++) start[key[order[i]!]! + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) out[start[key[order[i]!]!]!++] = order[i]!;
  return out;
}

/**
 * The affinity weights (see the file header) as arrays, without a graphology copy or a map of
 * pairs: every contribution is one (lo, hi, w) entry in typed columns (a tie, or a pair of critics
 * of one target), then a stable radix sort by pair (two counting sorts) brings each pair's
 * contributions together in the order they were made, and they are summed in that order (the same
 * floating-point sums as the map of pairs this replaced). Cost: O(n log n + m + targets ×
 * maxCritics²) time (the log: sorting the keys, and each target's critics when it has more than
 * maxCritics), ~40 bytes of transient memory a contribution.
 */
export function compactAffinity(graph: StanceGraph, options: BlocsOptions = {}): CompactAffinity {
  const coCriticism = options.coCriticism ?? BLOCS_DEFAULTS.coCriticism;
  const maxCritics = options.maxCritics ?? BLOCS_DEFAULTS.maxCritics;
  const keys = graph.nodes().sort();
  const n = keys.length;
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const pairs = new PairList(graph.size * 2);
  // critics of each target: (target, critic, statements) in edge order; targets in the order first criticized
  const cTarget = new Int32Array(graph.size);
  const cCritic = new Int32Array(graph.size);
  const cWeight = new Float64Array(graph.size);
  let nc = 0;
  const targetOrder: number[] = [];
  const seenTarget = new Uint8Array(n);
  graph.forEachEdge((_e, attrs, source, target) => {
    const i = index.get(source)!;
    const j = index.get(target)!;
    if (attrs.sign > 0) pairs.push(i, j, attrs.weight);
    else {
      pairs.push(i, j, -attrs.weight);
      cTarget[nc] = j; cCritic[nc] = i; cWeight[nc++] = attrs.weight;
      if (!seenTarget[j]) { seenTarget[j] = 1; targetOrder.push(j); }
    }
  });
  if (coCriticism > 0 && nc) {
    const start = new Int32Array(n + 1);
    for (let c = 0; c < nc; c++) start[cTarget[c]! + 1]!++;
    for (let t = 0; t < n; t++) start[t + 1]! += start[t]!;
    const fill = start.slice(0, n);
    const byTarget = new Int32Array(nc);
    for (let c = 0; c < nc; c++) byTarget[fill[cTarget[c]!]!++] = c;
    for (const t of targetOrder) {
      let list = Array.from(byTarget.subarray(start[t]!, start[t + 1]!));
      if (list.length > maxCritics) {
        // the heaviest critics, ties broken by key (node numbers are in key order)
        list = list.sort((a, b) => cWeight[b]! - cWeight[a]! || cCritic[a]! - cCritic[b]!).slice(0, maxCritics);
      }
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          pairs.push(cCritic[list[x]!]!, cCritic[list[y]!]!, coCriticism * Math.min(cWeight[list[x]!]!, cWeight[list[y]!]!));
        }
      }
    }
  }
  // contributions sorted by (lo, hi), stable: by hi, then by lo
  let order: Int32Array = new Int32Array(pairs.n);
  for (let e = 0; e < pairs.n; e++) order[e] = e;
  order = countingSort(countingSort(order, pairs.hi, n), pairs.lo, n);
  const lo = new Int32Array(pairs.n);
  const hi = new Int32Array(pairs.n);
  const weight = new Float64Array(pairs.n);
  let size = 0;
  for (let k = 0; k < order.length;) {
    const a = pairs.lo[order[k]!]!;
    const b = pairs.hi[order[k]!]!;
    let w = 0;
    for (; k < order.length && pairs.lo[order[k]!] === a && pairs.hi[order[k]!] === b; k++) w += pairs.w[order[k]!]!;
    if (w > 0) { lo[size] = a; hi[size] = b; weight[size++] = w; }
  }
  return { keys, lo, hi, weight, size };
}

/** The undirected affinity graph Louvain runs on (see the file header for the weights), as a graphology graph. */
export function affinityGraph(graph: StanceGraph, options: BlocsOptions = {}): AffinityGraph {
  const a = compactAffinity(graph, options);
  const out: AffinityGraph = new Graph({ type: 'undirected', multi: false });
  // nodes and edges in key order: Louvain visits them in insertion order, so the blocs depend on the ties
  // alone, not on the order the graph was built in (a load into Neo4j and `build` agree)
  for (const k of a.keys) out.addNode(k);
  for (let e = 0; e < a.size; e++) out.addEdge(a.keys[a.lo[e]!]!, a.keys[a.hi[e]!]!, { weight: a.weight[e]! });
  return out;
}

/** Blocs with diagnostics: the mapping, the members of each bloc and the modularity. */
export function blocsDetailed(graph: StanceGraph, options: BlocsOptions = {}): BlocsDetailed {
  const rng = options.rng ?? seededRng(BLOCS_DEFAULTS.seed);
  const resolution = options.resolution ?? BLOCS_DEFAULTS.resolution;
  const a = compactAffinity(graph, options);
  let raw: Record<string, number> = {};
  let modularity = 0;
  if (a.size > 0) {
    // the library's Louvain, handed the affinity as arrays (./array-graph.ts), not as a graphology copy
    const affinity = new ArrayGraph({ type: 'undirected', keys: a.keys, source: a.lo, target: a.hi, weight: a.weight, size: a.size });
    const detailed = louvain.detailed(affinity as unknown as AffinityGraph, { rng, resolution, getEdgeWeight: 'weight' });
    raw = detailed.communities;
    modularity = detailed.modularity;
  } else {
    a.keys.forEach((node, i) => { raw[node] = i; });
  }
  const groups = new Map<number, string[]>();
  for (const node of Object.keys(raw).sort()) {
    const list = groups.get(raw[node]!) ?? [];
    list.push(node);
    groups.set(raw[node]!, list);
  }
  const members = [...groups.values()].sort(
    (a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0),
  );
  const communities: Record<string, number> = {};
  members.forEach((list, id) => list.forEach((node) => (communities[node] = id)));
  return { communities, members, modularity };
}

/** node → bloc id (0 = largest bloc). */
export function blocs(graph: StanceGraph, options: BlocsOptions = {}): Record<string, number> {
  return blocsDetailed(graph, options).communities;
}

/**
 * Writes `bloc` and `blocSize` onto the nodes and the number of blocs of two or more members
 * onto the graph (`blocs`). Returns the detailed result.
 */
export function assignBlocs(graph: StanceGraph, options: BlocsOptions = {}): BlocsDetailed {
  const detailed = blocsDetailed(graph, options);
  for (const [node, bloc] of Object.entries(detailed.communities)) {
    graph.mergeNodeAttributes(node, { bloc, blocSize: detailed.members[bloc]!.length });
  }
  graph.setAttribute('blocs', detailed.members.filter((m) => m.length > 1).length);
  return detailed;
}
