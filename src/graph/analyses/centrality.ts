/**
 * Criticism PageRank
 * ==================
 *
 * PageRank (Brin & Page 1998, "The anatomy of a large-scale hypertextual Web search engine") on
 * the criticism network alone: negative ties, weighted by their number of statements, pointing
 * from critic to criticized. A high score means the actor draws criticism, and more so from
 * actors who are themselves much criticized. Computed with graphology-metrics' pagerank.
 *
 * Nodes without any negative tie still get a score (the teleport share), so scores sum to 1
 * over all nodes of the graph.
 *
 * Cost: O(nodes + negative ties) per power iteration (graphology-metrics); the iterations needed
 * depend on alpha and the tolerance, not on the graph's size.
 */
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { StanceGraph } from '../types';

export interface CriticismPagerankOptions {
  /** Damping factor. Default 0.85. */
  alpha?: number;
  /** Weight the ties by their number of statements. Default true. */
  weighted?: boolean;
  /** Node attribute written by assignCriticismPagerank. Default 'pagerank'. */
  nodeAttribute?: string;
}

export const CRITICISM_PAGERANK_DEFAULTS = { alpha: 0.85, weighted: true, nodeAttribute: 'pagerank' } as const;

/** The criticism network as a simple directed graph (critic → criticized, weight = statements). */
export function criticismNetwork(graph: StanceGraph): Graph<Record<string, unknown>, { weight: number }> {
  const out = new Graph<Record<string, unknown>, { weight: number }>({ type: 'directed', multi: false });
  graph.forEachNode((node) => out.addNode(node));
  graph.forEachEdge((_e, attrs, source, target) => {
    if (attrs.sign < 0) out.mergeEdge(source, target, { weight: attrs.weight });
  });
  return out;
}

/** PageRank of every node on the criticism network. */
export function criticismPagerank(graph: StanceGraph, options: CriticismPagerankOptions = {}): Record<string, number> {
  const alpha = options.alpha ?? CRITICISM_PAGERANK_DEFAULTS.alpha;
  const weighted = options.weighted ?? CRITICISM_PAGERANK_DEFAULTS.weighted;
  if (graph.order === 0) return {};
  const net = criticismNetwork(graph);
  return pagerank(net, { alpha, getEdgeWeight: weighted ? 'weight' : null, maxIterations: 1000, tolerance: 1e-10 });
}

/** Writes criticismPagerank onto the nodes (attribute `pagerank` unless told otherwise). */
export function assignCriticismPagerank(graph: StanceGraph, options: CriticismPagerankOptions = {}): void {
  const attr = options.nodeAttribute ?? CRITICISM_PAGERANK_DEFAULTS.nodeAttribute;
  const scores = criticismPagerank(graph, options);
  for (const [node, score] of Object.entries(scores)) {
    graph.setNodeAttribute(node, attr as 'pagerank', score);
  }
}
