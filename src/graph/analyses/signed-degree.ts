/**
 * Signed degrees
 * ==============
 *
 * For each node: statements of each sign made and received (weighted degree in the alliance and
 * criticism networks) and distinct ties of each sign, in and out (unweighted degree).
 *
 * Cost: O(nodes + ties).
 */
import type { SignedDegree, StanceGraph } from '../types';

export type { SignedDegree };

/** Computes the signed degrees of every node. */
export function signedDegrees(graph: StanceGraph): Record<string, SignedDegree> {
  const out: Record<string, SignedDegree> = {};
  graph.forEachNode((node) => {
    out[node] = {
      positiveMade: 0, positiveReceived: 0, negativeMade: 0, negativeReceived: 0,
      positiveDegree: 0, negativeDegree: 0,
    };
  });
  graph.forEachEdge((_edge, attrs, source, target) => {
    const s = out[source]!;
    const t = out[target]!;
    if (attrs.sign > 0) {
      s.positiveMade += attrs.weight;
      t.positiveReceived += attrs.weight;
      s.positiveDegree++;
      t.positiveDegree++;
    } else {
      s.negativeMade += attrs.weight;
      t.negativeReceived += attrs.weight;
      s.negativeDegree++;
      t.negativeDegree++;
    }
  });
  return out;
}

/** Writes the signed degrees onto the nodes. */
export function assignSignedDegrees(graph: StanceGraph): void {
  const degrees = signedDegrees(graph);
  for (const [node, d] of Object.entries(degrees)) graph.mergeNodeAttributes(node, d);
}
