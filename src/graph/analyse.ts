/**
 * Analyse a stance graph
 * ======================
 *
 * Runs every analysis in order and writes its attributes: signed degrees, PageRank on the
 * criticism network, blocs, structural balance and (optionally) the ForceAtlas2 layout.
 * One `seed` makes the blocs and the layout reproducible.
 */
import { assignBalance, type BalanceOptions, type BalanceResult } from './analyses/balance';
import { assignCriticismPagerank } from './analyses/centrality';
import { assignBlocs, type BlocsDetailed, type BlocsOptions } from './analyses/communities';
import { assignSignedDegrees } from './analyses/signed-degree';
import { assignLayout } from './layout';
import { seededRng } from './rng';
import type { StanceGraph } from './types';

export interface AnalyseOptions {
  /** Seed for the blocs and the layout. Default 1. */
  seed?: number;
  /** Run ForceAtlas2 and write x, y. Default true. */
  layout?: boolean;
  /** Layout iterations. Default 300, fewer on large graphs (see layoutIterations). */
  iterations?: number;
  blocs?: Omit<BlocsOptions, 'rng'>;
  balance?: BalanceOptions;
}

export interface Analysis {
  blocs: BlocsDetailed;
  balance: BalanceResult;
}

/**
 * ForceAtlas2 iterations for a graph: 300, or fewer when n + m passes 100,000, so that the layout's
 * work, O((n log n + m) × iterations), stays about that of 300 iterations on 100,000 nodes and ties
 * (never below 50). The graphs of the tests and seeds are far smaller and keep 300.
 */
export function layoutIterations(graph: StanceGraph): number {
  const size = graph.order + graph.size;
  return size <= 100_000 ? 300 : Math.max(50, Math.round((300 * 100_000) / size));
}

/** Writes every analysis onto `graph` and returns the blocs and balance details. */
export function analyse(graph: StanceGraph, options: AnalyseOptions = {}): Analysis {
  const seed = options.seed ?? 1;
  assignSignedDegrees(graph);
  assignCriticismPagerank(graph);
  const blocs = assignBlocs(graph, { ...options.blocs, rng: seededRng(seed) });
  const balance = assignBalance(graph, options.balance);
  if (options.layout ?? true) {
    const layoutOpts: { rng: () => number; iterations?: number } = { rng: seededRng(seed + 1) };
    layoutOpts.iterations = options.iterations ?? layoutIterations(graph);
    assignLayout(graph, layoutOpts);
  }
  return { blocs, balance };
}
