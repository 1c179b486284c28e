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
 */
import type { Sign, StanceGraph } from '../types';

export type MixedRule = 'net' | 'negative' | 'exclude';

export interface BalanceOptions {
  /** How a pair with statements of both signs is signed. Default 'net'. */
  mixed?: MixedRule;
}

export const BALANCE_DEFAULTS = { mixed: 'net' as MixedRule };

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
  /** Unbalanced triads, sorted by node keys. */
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

/** Counts balanced and unbalanced triads (Cartwright–Harary). */
export function balance(graph: StanceGraph, options: BalanceOptions = {}): BalanceResult {
  const { adjacency, ambivalentPairs } = signedProjection(graph, options);
  const nodes = [...adjacency.keys()].sort();
  let triads = 0;
  let balanced = 0;
  let pairs = 0;
  const unbalancedTriads: Triad[] = [];
  for (const u of nodes) {
    const nu = adjacency.get(u)!;
    const higher = [...nu.keys()].filter((v) => v > u).sort();
    pairs += higher.length;
    for (let i = 0; i < higher.length; i++) {
      const v = higher[i]!;
      const nv = adjacency.get(v)!;
      for (let j = i + 1; j < higher.length; j++) {
        const w = higher[j]!;
        const svw = nv.get(w);
        if (svw === undefined) continue;
        const signs: [Sign, Sign, Sign] = [nu.get(v)!, svw, nu.get(w)!];
        const ok = signs[0] * signs[1] * signs[2] > 0;
        triads++;
        if (ok) balanced++;
        else unbalancedTriads.push({ nodes: [u, v, w], signs, balanced: false });
      }
    }
  }
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
