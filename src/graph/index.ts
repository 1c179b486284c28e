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
 *     blocs(g, opts) → node → bloc; assignBlocs(g, opts)            O(m + targets × maxCritics²) + Louvain
 *   balance(g, { mixed, maxListed }) → BalanceResult; assignBalance  O(m^1.5) worst case (forward triangles)
 *   layout(g, { rng, iterations }) / assignLayout                    O((n log n + m) × iterations)
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
