/**
 * criticismPagerank runs graphology-metrics' power iteration on typed arrays instead of on a copy
 * of the criticism network: the scores must be the very numbers the library gives on that copy.
 */
import pagerank from 'graphology-metrics/centrality/pagerank';
import { criticismNetwork, criticismPagerank } from '../../../../src/graph/analyses/centrality';
import { createStanceGraph, tieKey } from '../../../../src/graph/build-graph';
import { seededRng } from '../../../../src/graph/rng';
import type { Sign, TieAttrs } from '../../../../src/graph/types';

function randomGraph(nodes: number, ties: number, seed: number) {
  const rng = seededRng(seed);
  const g = createStanceGraph('actors');
  for (let i = 0; i < nodes; i++) g.addNode(`person:n${i}`, { label: `Novak ${i}` } as never);
  for (let k = 0; k < ties; k++) {
    // skewed targets, so some nodes are dangling and some much criticized
    const a = `person:n${Math.floor(rng() * nodes)}`;
    const b = `person:n${Math.floor(rng() ** 2 * nodes)}`;
    if (a === b) continue;
    const sign: Sign = rng() < 0.6 ? -1 : 1;
    const key = tieKey(a, b, sign);
    if (g.hasEdge(key)) continue;
    const tie: TieAttrs = { sign, weight: 1 + Math.floor(rng() * 5), types: {}, dates: [], undated: 0, samples: [], docs: [] };
    g.addDirectedEdgeWithKey(key, a, b, tie);
  }
  return g;
}

describe('criticismPagerank against graphology-metrics', () => {
  it.each([[1, 50, 200], [2, 300, 2000], [3, 40, 10]])('gives the same scores (seed %i, %i nodes, %i ties)', (seed, nodes, ties) => {
    const g = randomGraph(nodes, ties, seed);
    for (const weighted of [true, false]) {
      const ours = criticismPagerank(g, { weighted });
      const lib = pagerank(criticismNetwork(g), { alpha: 0.85, getEdgeWeight: weighted ? 'weight' : null, maxIterations: 1000, tolerance: 1e-10 });
      expect(Object.keys(ours)).toEqual(Object.keys(lib));
      for (const k of Object.keys(lib)) expect(ours[k]).toBe(lib[k]);
    }
  });
});
