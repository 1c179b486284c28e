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
 * Cost: O(ties + targets × maxCritics²) to build the affinity graph (no all-pairs map), then
 * Louvain, near-linear in the affinity edges per pass; so near-linear in the tie graph.
 *
 * Bloc ids are renumbered by size (0 = largest; ties broken by the smallest member key), so the
 * same input and seed give the same ids. An actor with no affinity to anyone is a bloc of one.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
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

/** The undirected affinity graph Louvain runs on (see the file header for the weights). */
export function affinityGraph(graph: StanceGraph, options: BlocsOptions = {}): AffinityGraph {
  const coCriticism = options.coCriticism ?? BLOCS_DEFAULTS.coCriticism;
  // Pairs are numbered, not named: node i < j (in key order) is the pair i·n + j, so the map holds
  // numbers, and sorting the numbers sorts the pairs by key as before.
  const keys = graph.nodes().sort();
  const n = keys.length;
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const weights = new Map<number, number>();
  const add = (a: string, b: string, w: number) => {
    if (a === b || w === 0) return;
    const i = index.get(a)!;
    const j = index.get(b)!;
    const k = i < j ? i * n + j : j * n + i;
    weights.set(k, (weights.get(k) ?? 0) + w);
  };
  // Critics of each target, with their statement counts.
  const critics = new Map<string, Array<[string, number]>>();
  graph.forEachEdge((_e, attrs, source, target) => {
    if (attrs.sign > 0) add(source, target, attrs.weight);
    else {
      add(source, target, -attrs.weight);
      const list = critics.get(target) ?? [];
      list.push([source, attrs.weight]);
      critics.set(target, list);
    }
  });
  if (coCriticism > 0) {
    const maxCritics = options.maxCritics ?? BLOCS_DEFAULTS.maxCritics;
    for (const all of critics.values()) {
      const list = all.length <= maxCritics ? all
        : all.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxCritics);
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          add(list[i]![0], list[j]![0], coCriticism * Math.min(list[i]![1], list[j]![1]));
        }
      }
    }
  }
  const out: AffinityGraph = new Graph({ type: 'undirected', multi: false });
  // nodes and edges in key order: Louvain visits them in insertion order, so the blocs depend on the ties
  // alone, not on the order the graph was built in (a load into Neo4j and `build` agree)
  for (const k of keys) out.addNode(k);
  const pairs: number[] = [];
  for (const [k, w] of weights) if (w > 0) pairs.push(k);
  pairs.sort((x, y) => x - y);
  for (const k of pairs) out.addEdge(keys[Math.floor(k / n)]!, keys[k % n]!, { weight: weights.get(k)! });
  return out;
}

/** Blocs with diagnostics: the mapping, the members of each bloc and the modularity. */
export function blocsDetailed(graph: StanceGraph, options: BlocsOptions = {}): BlocsDetailed {
  const rng = options.rng ?? seededRng(BLOCS_DEFAULTS.seed);
  const resolution = options.resolution ?? BLOCS_DEFAULTS.resolution;
  const affinity = affinityGraph(graph, options);
  let raw: Record<string, number> = {};
  let modularity = 0;
  if (affinity.size > 0) {
    const detailed = louvain.detailed(affinity, { rng, resolution, getEdgeWeight: 'weight' });
    raw = detailed.communities;
    modularity = detailed.modularity;
  } else {
    let i = 0;
    affinity.forEachNode((node) => {
      raw[node] = i++;
    });
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
