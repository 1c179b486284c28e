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
 * Cost: the projection is O(ties). Triangles are enumerated once each by the forward algorithm
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

/** The undirected signed projection: node → neighbour → sign. */
export function signedProjection(graph: StanceGraph, options: BalanceOptions = {}): {
  adjacency: Map<string, Map<string, Sign>>;
  ambivalentPairs: number;
} {
  const mixed = options.mixed ?? BALANCE_DEFAULTS.mixed;
  const sums = new Map<string, { a: string; b: string; pos: number; neg: number }>();
  graph.forEachEdge((_e, attrs, source, target) => {
    const [a, b] = source < target ? [source, target] : [target, source];
    const k = `${a}\u0000${b}`;
    const entry = sums.get(k) ?? { a, b, pos: 0, neg: 0 };
    if (attrs.sign > 0) entry.pos += attrs.weight;
    else entry.neg += attrs.weight;
    sums.set(k, entry);
  });
  const adjacency = new Map<string, Map<string, Sign>>();
  let ambivalentPairs = 0;
  const link = (a: string, b: string, s: Sign) => {
    if (!adjacency.has(a)) adjacency.set(a, new Map());
    if (!adjacency.has(b)) adjacency.set(b, new Map());
    adjacency.get(a)!.set(b, s);
    adjacency.get(b)!.set(a, s);
  };
  for (const { a, b, pos, neg } of sums.values()) {
    let sign: Sign | 0;
    if (pos > 0 && neg > 0) {
      if (mixed === 'negative') sign = -1;
      else if (mixed === 'exclude') sign = 0;
      else sign = pos > neg ? 1 : pos < neg ? -1 : 0;
    } else {
      sign = pos > 0 ? 1 : -1;
    }
    if (sign === 0) ambivalentPairs++;
    else link(a, b, sign);
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
  const { adjacency, ambivalentPairs } = signedProjection(graph, options);
  // rank: degree, then key; each pair points from its lower- to its higher-ranked node
  const nodes = [...adjacency.keys()].sort((a, b) => adjacency.get(a)!.size - adjacency.get(b)!.size || (a < b ? -1 : 1));
  const rank = new Map<string, number>();
  nodes.forEach((n, i) => rank.set(n, i));
  const forward = new Map<string, string[]>();
  let pairs = 0;
  for (const u of nodes) {
    const ru = rank.get(u)!;
    const higher: string[] = [];
    for (const v of adjacency.get(u)!.keys()) if (rank.get(v)! > ru) higher.push(v);
    pairs += higher.length;
    forward.set(u, higher);
  }
  let triads = 0;
  let balanced = 0;
  let listed: Triad[] = [];
  const list = (t: Triad) => {
    listed.push(t);
    if (listed.length >= 2 * maxListed + 64) listed = listed.sort(compareTriads).slice(0, maxListed);
  };
  const mark = new Set<string>();
  for (const u of nodes) {
    const fu = forward.get(u)!;
    const nu = adjacency.get(u)!;
    for (const v of fu) mark.add(v);
    for (const v of fu) {
      const nv = adjacency.get(v)!;
      for (const w of forward.get(v)!) {
        if (!mark.has(w)) continue;
        const tri = [u, v, w].sort() as [string, string, string];
        const sign = (a: string, b: string): Sign => adjacency.get(a)!.get(b)!;
        const signs: [Sign, Sign, Sign] = [sign(tri[0], tri[1]), sign(tri[1], tri[2]), sign(tri[0], tri[2])];
        triads++;
        if (nu.get(v)! * nv.get(w)! * nu.get(w)! > 0) balanced++;
        else if (maxListed > 0) list({ nodes: tri, signs, balanced: false });
      }
    }
    mark.clear();
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
