/**
 * Signed networks only
 * ====================
 *
 * Drops the actors that have no signed tie (COMMENT-only actors, and actors whose only
 * statements are about themselves): they belong to no criticism or alliance network and, drawn,
 * only clutter it. `stancegraph build --keep-comment-actors` keeps them.
 */
import type { StanceGraph } from './types';

/** Removes every node without an edge; returns how many were removed. */
export function dropUnsignedActors(graph: StanceGraph): number {
  const drop = graph.filterNodes((node) => graph.degree(node) === 0);
  for (const node of drop) graph.dropNode(node);
  return drop.length;
}
