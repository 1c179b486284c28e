/** stancegraph graph: statements → signed graphology networks and their analyses. */
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
