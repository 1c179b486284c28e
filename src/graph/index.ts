/**
 * stancegraph graph: statements → signed graphology networks and their analyses.
 *
 * The analyses read only `sign` and `weight` on ties (and the node keys), so they run on any
 * StanceGraph, including one built from aggregated ties (e.g. counts per actor pair loaded from
 * Neo4j) rather than from statements. Signatures and costs (n actors, m ties):
 *
 *   signedDegrees(g) / assignSignedDegrees(g)                       O(n + m)
 *   criticismPagerank(g, { alpha, weighted }) / assignCriticismPagerank   O(n + m) per iteration
 *   blocsDetailed(g, { rng, resolution, coCriticism, maxCritics }) → { communities, members, modularity };
 *     blocs(g, opts) → node → bloc; assignBlocs(g, opts)            O(n log n + m + targets × maxCritics²) + Louvain,
 *     on typed arrays (no graphology copy of the ties: ./array-graph.ts)
 *   balance(g, { mixed, maxListed }) → BalanceResult; assignBalance  O(m^1.5) worst case (forward triangles)
 *   layout(g, { rng, iterations }) / assignLayout                    O((k log k + m_k) × iterations) on a core of
 *     k ≤ 5,000 nodes (its m_k ties as arrays, no copy), then O(n + m) a pass for the rest and Noverlap
 *   analyse(g, { seed, layout, iterations, blocs, balance }) runs them all → { blocs, balance }
 */
export * from './types';
export * from './build-graph';
export * from './project-countries';
export * from './analyses/signed-degree';
export * from './analyses/centrality';
export * from './analyses/communities';
export * from './analyses/balance';
export * from './layout';
export * from './analyse';
export * from './rng';
