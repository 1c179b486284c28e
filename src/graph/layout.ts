/**
 * Layout
 * ======
 *
 * ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, "ForceAtlas2, a continuous graph layout
 * algorithm for handy network visualization designed for the Gephi software", PLoS ONE 9(6))
 * via graphology-layout-forceatlas2, so GEXF files open laid out. ForceAtlas2 itself is
 * deterministic (Barnes–Hut too, above 1000 nodes); the initial positions come from a seeded rng,
 * so the output is reproducible.
 *
 * Cost: O((n log n + m) × iterations) with Barnes–Hut (n nodes, m ties); O((n² + m) × iterations)
 * without it, below 1000 nodes.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRng } from './rng';
import type { StanceGraph } from './types';

export interface LayoutOptions {
  /** Random source of the initial positions. Default seededRng(1). */
  rng?: () => number;
  /** ForceAtlas2 iterations. Default 300. */
  iterations?: number;
}

export const LAYOUT_DEFAULTS = { seed: 1, iterations: 300 } as const;

/** node → {x, y}. */
export function layout(graph: StanceGraph, options: LayoutOptions = {}): Record<string, { x: number; y: number }> {
  const rng = options.rng ?? seededRng(LAYOUT_DEFAULTS.seed);
  const iterations = options.iterations ?? LAYOUT_DEFAULTS.iterations;
  // Work on a copy so callers' positions stay untouched: nodes and weighted ties only, in the same
  // order (same result), not the attributes (a full copy of a 1 M-statement graph took GBs).
  const copy = new Graph<{ x?: number; y?: number }, { weight: number }>({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.forEachNode((node) => copy.addNode(node, {}));
  graph.forEachEdge((edge, a, source, target) => copy.addDirectedEdgeWithKey(edge, source, target, { weight: a.weight }));
  const radius = 10 * Math.sqrt(Math.max(1, graph.order));
  copy.forEachNode((node) => {
    copy.mergeNodeAttributes(node, { x: (rng() * 2 - 1) * radius, y: (rng() * 2 - 1) * radius });
  });
  if (copy.size === 0 || copy.order < 2) {
    const out: Record<string, { x: number; y: number }> = {};
    copy.forEachNode((node, a) => (out[node] = { x: a.x!, y: a.y! }));
    return out;
  }
  const settings = forceAtlas2.inferSettings(copy);
  // Barnes–Hut (deterministic quadtree) keeps large graphs near O(n log n) per iteration.
  const barnesHutOptimize = copy.order > 1000;
  return forceAtlas2(copy, { iterations, settings: { ...settings, gravity: 1, barnesHutOptimize }, getEdgeWeight: 'weight' });
}

/** Writes `x` and `y` onto the nodes. */
export function assignLayout(graph: StanceGraph, options: LayoutOptions = {}): void {
  const positions = layout(graph, options);
  for (const [node, p] of Object.entries(positions)) {
    graph.mergeNodeAttributes(node, { x: Math.round(p.x * 1000) / 1000, y: Math.round(p.y * 1000) / 1000 });
  }
}
