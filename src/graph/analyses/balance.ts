/**
 * Structural balance
 * ==================
 *
 * Share of balanced signed triads, after Heider (1946, "Attitudes and cognitive organization")
 * as formalised by Cartwright & Harary (1956, "Structural balance: a generalization of Heider's
 * theory", Psychological Review 63(5)). A triangle is balanced when the product of its three
 * signs is positive: + + + ("friends of friends") or + − − ("the enemy of my enemy"); it is
 * unbalanced with one or three negative ties.
 *
 * Counted on the undirected signed projection of the stance graph: actors A and B are tied when
 * either stated anything signed about the other; the tie's sign combines both directions.
 * Pairs with statements of both signs follow the `mixed` rule:
 *   'net'      (default) the sign with more statements wins; an exact tie makes the pair
 *              ambivalent and it is left out (counted in `ambivalentPairs`);
 *   'negative' any criticism makes the pair negative;
 *   'exclude'  every pair with both signs is left out.
 *
 * Cost: the projection is O(ties) time and O(nodes + pairs) memory, in typed arrays (signedPairs). Triangles are enumerated once each by the forward algorithm
 * (Schank & Wagner 2005, "Finding, counting and listing all triangles in large graphs"): pairs are
 * oriented from the lower to the higher (degree, key) rank and each node's higher-ranked
 * neighbours are intersected, O(m^1.5) for m signed pairs in the worst case and close to linear on
 * sparse, skewed news networks (a hub's pairs are never enumerated pairwise). The list of
 * unbalanced triads is kept to the `maxListed` first in node-key order (counts are exact).
 */
import type { Sign, StanceGraph } from '../types';

export type MixedRule = 'net' | 'negative' | 'exclude';

export interface BalanceOptions {
  /** How a pair with statements of both signs is signed. Default 'net'. */
  mixed?: MixedRule;
  /** Unbalanced triads listed in the result (the first in node-key order). Default 1000. */
  maxListed?: number;
}

export const BALANCE_DEFAULTS = { mixed: 'net' as MixedRule, maxListed: 1000 };

/** One signed triangle: nodes sorted by key, and the sign of each of its three pairs. */
export interface Triad {
  nodes: [string, string, string];
  /** Signs of the pairs (nodes[0], nodes[1]), (nodes[1], nodes[2]), (nodes[0], nodes[2]). */
  signs: [Sign, Sign, Sign];
  balanced: boolean;
}

export interface BalanceResult {
  triads: number;
  balanced: number;
  unbalanced: number;
  /** balanced / triads, or null when there is no triad. */
  ratio: number | null;
  /** Unbalanced triads, sorted by node keys: the first `maxListed` (default 1000) of them. */
  unbalancedTriads: Triad[];
  /** Pairs left out by the `mixed` rule. */
  ambivalentPairs: number;
  /** Signed pairs in the projection (after the rule). */
  pairs: number;
}

/**
 * The undirected signed projection in compressed rows: node `i` (index into `keys`) has the
 * neighbours `neighbors[offsets[i] .. offsets[i + 1])` with the pair signs in `signs`. Numbers,
 * not strings: at 878,184 ties a map keyed by pair strings and a map of maps per node took
 * several hundred MB while balance ran. Cost: O(ties) time, O(nodes + pairs) memory in typed arrays
 * (plus one map entry per distinct pair while summing).
 */
export interface SignedPairs {
  keys: string[];
  offsets: Int32Array;
  neighbors: Int32Array;
  signs: Int8Array;
  ambivalentPairs: number;
  /** Signed pairs (after the `mixed` rule). */
  pairs: number;
}

export function signedPairs(graph: StanceGraph, options: BalanceOptions = {}): SignedPairs {
  const mixed = options.mixed ?? BALANCE_DEFAULTS.mixed;
  const keys = graph.nodes();
  const n = keys.length;
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  // pair lo·n + hi → its slot; statements of each sign per slot
  const slot = new Map<number, number>();
  const lo: number[] = [];
  const hi: number[] = [];
  const pos: number[] = [];
  const neg: number[] = [];
  graph.forEachEdge((_e, attrs, source, target) => {
    let a = index.get(source)!;
    let b = index.get(target)!;
    if (keys[a]! > keys[b]!) [a, b] = [b, a];
    const k = a * n + b;
    let at = slot.get(k);
    if (at === undefined) {
      at = lo.length;
      slot.set(k, at);
      lo.push(a); hi.push(b); pos.push(0); neg.push(0);
    }
    if (attrs.sign > 0) pos[at] += attrs.weight;
    else neg[at] += attrs.weight;
  });
  slot.clear();
  const pairSign = new Int8Array(lo.length);
  const degree = new Int32Array(n);
  let ambivalentPairs = 0;
  let pairs = 0;
  for (let p = 0; p < lo.length; p++) {
    const P = pos[p]!;
    const N = neg[p]!;
    let sign: Sign | 0;
    if (P > 0 && N > 0) {
      if (mixed === 'negative') sign = -1;
      else if (mixed === 'exclude') sign = 0;
      else sign = P > N ? 1 : P < N ? -1 : 0;
    } else {
      sign = P > 0 ? 1 : -1;
    }
    pairSign[p] = sign;
    if (sign === 0) ambivalentPairs++;
    else { pairs++; degree[lo[p]!]!++; degree[hi[p]!]!++; }
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbors = new Int32Array(2 * pairs);
  const signs = new Int8Array(2 * pairs);
  for (let p = 0; p < lo.length; p++) {
    const sign = pairSign[p]!;
    if (!sign) continue;
    const a = lo[p]!;
    const b = hi[p]!;
    neighbors[fill[a]!] = b; signs[fill[a]!++] = sign;
    neighbors[fill[b]!] = a; signs[fill[b]!++] = sign;
  }
  return { keys, offsets, neighbors, signs, ambivalentPairs, pairs };
}

/** The undirected signed projection: node → neighbour → sign (nodes with a signed pair only). */
export function signedProjection(graph: StanceGraph, options: BalanceOptions = {}): {
  adjacency: Map<string, Map<string, Sign>>;
  ambivalentPairs: number;
} {
  const { keys, offsets, neighbors, signs, ambivalentPairs } = signedPairs(graph, options);
  const adjacency = new Map<string, Map<string, Sign>>();
  for (let i = 0; i < keys.length; i++) {
    if (offsets[i] === offsets[i + 1]) continue;
    const m = new Map<string, Sign>();
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) m.set(keys[neighbors[e]!]!, signs[e] as Sign);
    adjacency.set(keys[i]!, m);
  }
  return { adjacency, ambivalentPairs };
}

/** Orders triads by their node keys. */
function compareTriads(a: Triad, b: Triad): number {
  for (let i = 0; i < 3; i++) if (a.nodes[i] !== b.nodes[i]) return a.nodes[i]! < b.nodes[i]! ? -1 : 1;
  return 0;
}

/** Counts balanced and unbalanced triads (Cartwright–Harary); see the file header for the cost. */
export function balance(graph: StanceGraph, options: BalanceOptions = {}): BalanceResult {
  const maxListed = options.maxListed ?? BALANCE_DEFAULTS.maxListed;
  const { keys, offsets, neighbors, signs, ambivalentPairs, pairs } = signedPairs(graph, options);
  const n = keys.length;
  const deg = (i: number) => offsets[i + 1]! - offsets[i]!;
  // rank: degree, then key; each pair points from its lower- to its higher-ranked node
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (deg(i)) order.push(i);
  order.sort((a, b) => deg(a) - deg(b) || (keys[a]! < keys[b]! ? -1 : 1));
  const rank = new Int32Array(n).fill(-1);
  order.forEach((u, r) => { rank[u] = r; });
  // the forward lists, in compressed rows too
  const fOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    let k = 0;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) if (rank[neighbors[e]!]! > rank[u]!) k++;
    fOffsets[u + 1] = fOffsets[u]! + k;
  }
  const fNeighbors = new Int32Array(fOffsets[n]!);
  const fSigns = new Int8Array(fOffsets[n]!);
  for (let u = 0, at = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      if (rank[neighbors[e]!]! > rank[u]!) { fNeighbors[at] = neighbors[e]!; fSigns[at++] = signs[e]!; }
    }
  }
  let triads = 0;
  let balanced = 0;
  let listed: Triad[] = [];
  const list = (t: Triad) => {
    listed.push(t);
    if (listed.length >= 2 * maxListed + 64) listed = listed.sort(compareTriads).slice(0, maxListed);
  };
  // mark[w] = u + 1 while u's forward neighbours are marked; markSign[w] = sign(u, w)
  const mark = new Int32Array(n);
  const markSign = new Int8Array(n);
  for (const u of order) {
    for (let e = fOffsets[u]!; e < fOffsets[u + 1]!; e++) { mark[fNeighbors[e]!] = u + 1; markSign[fNeighbors[e]!] = fSigns[e]!; }
    for (let e = fOffsets[u]!; e < fOffsets[u + 1]!; e++) {
      const v = fNeighbors[e]!;
      const suv = fSigns[e]!;
      for (let f = fOffsets[v]!; f < fOffsets[v + 1]!; f++) {
        const w = fNeighbors[f]!;
        if (mark[w] !== u + 1) continue;
        const svw = fSigns[f]!;
        const suw = markSign[w]!;
        triads++;
        if (suv * svw * suw > 0) { balanced++; continue; }
        if (maxListed <= 0) continue;
        const sign = (a: number, b: number): Sign => {
          const pair = a === u ? (b === v ? suv : suw) : a === v ? (b === u ? suv : svw) : (b === u ? suw : svw);
          return pair as Sign;
        };
        const tri = [u, v, w].sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
        list({
          nodes: [keys[tri[0]!]!, keys[tri[1]!]!, keys[tri[2]!]!],
          signs: [sign(tri[0]!, tri[1]!), sign(tri[1]!, tri[2]!), sign(tri[0]!, tri[2]!)],
          balanced: false,
        });
      }
    }
  }
  const unbalancedTriads = listed.sort(compareTriads).slice(0, maxListed);
  return {
    triads,
    balanced,
    unbalanced: triads - balanced,
    ratio: triads ? balanced / triads : null,
    unbalancedTriads,
    ambivalentPairs,
    pairs,
  };
}

/** Writes the balance ratio onto the graph (`balance`) and returns the full result. */
export function assignBalance(graph: StanceGraph, options: BalanceOptions = {}): BalanceResult {
  const result = balance(graph, options);
  graph.setAttribute('balance', result.ratio);
  return result;
}
