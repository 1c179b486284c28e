/**
 * `stancegraph analyses`: blocs and structural balance of the graph in Neo4j, computed by stancegraph's
 * own analyses and stored for the `blocs` and `unbalanced-triads` queries (src/neo4j/analyses.ts).
 * `load` runs the same step at its end unless given `--no-analyses`; on a large graph that step costs
 * minutes and ~2 GB (bench/REPORT.md), so a series of loads can skip it and run this once at the end.
 */
import { StancegraphError } from '../errors';
import { applySchema, asNeo4jError, neo4jConfigFromEnv, openDriver, writeAnalyses } from '../neo4j';
import type { Command } from './types';

const usage = `Usage: stancegraph analyses [--max-triads N]

Computes blocs (Louvain on the affinity graph) and structural balance (signed triangles) of the
actors' CRITICIZES / SUPPORTS ties in Neo4j with stancegraph's own analyses (the same defaults and
seed as \`stancegraph build\`) and stores them: Actor.bloc / blocSize, (:Bloc), (:Triad), (:Balance).
\`stancegraph load\` does this at its end; after \`load --no-analyses\` run this once, after the last load.

Options:
  --max-triads N   unbalanced triads stored as :Triad nodes (default 1000)

Environment: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USERNAME (neo4j),
NEO4J_PASSWORD (stancegraph), NEO4J_DATABASE (server default). Memory: the ties of the whole graph are
read into this process (~2 GB for a million statements: NODE_OPTIONS=--max-old-space-size=4096 if needed).`;

export const analysesCommand: Command = {
  name: 'analyses',
  summary: 'compute blocs and balance of the graph in Neo4j and store them (after load --no-analyses)',
  usage,
  async run(argv, io) {
    let maxTriads: number | undefined;
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--max-triads') {
        maxTriads = Number(argv[++i]);
        if (!Number.isInteger(maxTriads) || maxTriads < 0) throw new StancegraphError('E_USAGE', '--max-triads needs a whole number');
      } else throw new StancegraphError('E_USAGE', a.startsWith('--') ? `unknown option ${a}` : `unexpected argument "${a}"`);
    }
    const config = neo4jConfigFromEnv(io.env);
    const driver = await openDriver(config);
    try {
      await applySchema(driver, config.database);
      const r = await writeAnalyses(driver, { database: config.database, maxTriads });
      io.stdout.write(`analyses: ${r.actors} actors, ${r.ties} ties: ${r.blocs} blocs of two or more; ${r.triads} triads, ` +
        `${r.unbalanced} unbalanced (ratio ${r.ratio === null ? 'n/a' : r.ratio.toFixed(3)}); stored in ${(r.ms / 1000).toFixed(1)} s\n`);
      return 0;
    } catch (err) {
      asNeo4jError(err, config, 'analyses failed');
    } finally {
      await driver.close();
    }
  },
};
