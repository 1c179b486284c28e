/**
 * Blocs and structural balance, computed by stancegraph and stored in the graph
 * ============================================================================
 *
 * The Cypher library cannot compute blocs (Louvain) or enumerate a million-statement graph's triangles
 * interactively: both ran out of memory or time in Neo4j (issue 14). So every load ends by running the
 * main job's own analyses (src/graph/analyses: `blocsDetailed`, `balance`, same defaults and seed as
 * `stancegraph build`) on the graph's aggregated ties and writing the results where the queries read them:
 *
 *   (:Actor {bloc, blocSize})              bloc id, 0 = largest (range-indexed)
 *   (:Bloc {id, size, top})                 each bloc of two or more; `top`: its 50 most active members' ids
 *                                           (cypher/queries/blocs.cypher)
 *   (:Balance {id: 'actors', triads, balanced, unbalanced, ratio, pairs, ambivalentPairs, blocs, modularity})
 *   (:Triad {rank, signs, reading})-[:OF {position}]->(:Actor)   the first `maxTriads` unbalanced triads in
 *                                                                 node-key order (cypher/queries/unbalanced-triads.cypher)
 *
 * Input: one directed tie per CRITICIZES (sign −1) and SUPPORTS (+1) relationship with its `count` as the
 * weight — what `buildGraph` makes of the same statements (self-statements left out) — over the actors that
 * made or received a statement. Louvain runs on an affinity graph built in key order
 * (`affinityGraph`), so the blocs depend on the ties alone, not on the order either path met the actors.
 * Cost: reading the ties (one row each) plus the analyses' own (src/graph/index.ts), then one write per actor.
 * A later load recomputes everything: the properties describe the graph as of the last load.
 */
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { createStanceGraph } from '../graph/build-graph';
import { balance } from '../graph/analyses/balance';
import { BLOCS_DEFAULTS, blocsDetailed } from '../graph/analyses/communities';
import { seededRng } from '../graph/rng';
import type { ActorAttrs, TieAttrs } from '../graph/types';

export interface AnalysesSummary {
  actors: number;
  ties: number;
  /** Blocs of two or more actors. */
  blocs: number;
  triads: number;
  unbalanced: number;
  ratio: number | null;
  ms: number;
}

export interface AnalysesOptions {
  database?: string;
  /** Unbalanced triads stored as :Triad nodes (default 1000, as `stancegraph build` lists). */
  maxTriads?: number;
}

/** Runs blocs and balance on the graph's ties and stores them (see the file header). */
export async function writeAnalyses(driver: Driver, opts: AnalysesOptions = {}): Promise<AnalysesSummary> {
  const t0 = Date.now();
  const { database } = opts;
  const maxTriads = opts.maxTriads ?? 1000;
  const read = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database, routing: 'READ' })).records;
  const actorIds = (await read(
    'MATCH (a:Actor) WHERE EXISTS { (a)-[:MADE]->(:Statement) } OR EXISTS { (:Statement)-[:TARGETS]->(a) } RETURN a.id AS id',
  )).map((r) => r.get('id') as string).sort();
  const graph = createStanceGraph('actors');
  for (const id of actorIds) graph.addNode(id, {} as ActorAttrs);
  const ties = await read(
    "MATCH (a:Actor)-[r:CRITICIZES|SUPPORTS]->(b:Actor) WHERE a <> b RETURN a.id AS a, b.id AS b, type(r) = 'SUPPORTS' AS pos, r.count AS n",
  );
  for (const r of ties) {
    const a = r.get('a') as string;
    const b = r.get('b') as string;
    if (!graph.hasNode(a) || !graph.hasNode(b)) continue;
    graph.addDirectedEdge(a, b, { sign: r.get('pos') ? 1 : -1, weight: Number(r.get('n')) } as TieAttrs);
  }
  const blocs = blocsDetailed(graph, { rng: seededRng(BLOCS_DEFAULTS.seed) });
  const bal = balance(graph, { maxListed: maxTriads });

  const rows = actorIds.map((id) => {
    const bloc = blocs.communities[id] ?? null;
    return { id, bloc: bloc === null ? null : neo4j.int(bloc), size: bloc === null ? null : neo4j.int(blocs.members[bloc]!.length) };
  });
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    // Actors without statements any more lose their bloc (the orphan sweep deletes most of them anyway).
    await session.executeWrite((tx) => tx.run('MATCH (a:Actor) WHERE a.bloc IS NOT NULL AND NOT a.id IN $ids REMOVE a.bloc, a.blocSize', { ids: actorIds }));
    for (let i = 0; i < rows.length; i += 5000) {
      const part = rows.slice(i, i + 5000);
      await session.executeWrite((tx) => tx.run(
        'UNWIND $rows AS r MATCH (a:Actor {id: r.id}) WHERE a.bloc IS NULL OR a.bloc <> r.bloc OR a.blocSize <> r.size SET a.bloc = r.bloc, a.blocSize = r.size',
        { rows: part },
      ));
    }
    // One (:Bloc) per bloc of two or more: its size and its 50 most active members (statements made and
    // received, both signs), so the blocs query reads a few nodes instead of every member of the largest blocs.
    const activity = new Map<string, number>();
    graph.forEachEdge((_e, attrs, source, target) => {
      activity.set(source, (activity.get(source) ?? 0) + attrs.weight);
      activity.set(target, (activity.get(target) ?? 0) + attrs.weight);
    });
    const blocRows = blocs.members.map((members, id) => ({ id, members })).filter((b) => b.members.length > 1).map((b) => ({
      id: neo4j.int(b.id), size: neo4j.int(b.members.length),
      top: [...b.members].sort((x, y) => (activity.get(y) ?? 0) - (activity.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0)).slice(0, 50),
    }));
    // MERGE on the unique ids (Bloc.id, Triad.rank), never delete-all-then-create: two loads finishing at
    // once then update the same nodes in turn instead of both creating a set.
    await session.executeWrite(async (tx) => {
      await tx.run('UNWIND $blocs AS x MERGE (b:Bloc {id: x.id}) SET b.size = x.size, b.top = x.top', { blocs: blocRows });
      // a bloc id is its index among all blocs, singletons included, and only blocs of two or more are written:
      // an id written by an earlier analysis may now be a singleton's, so delete every id not written now
      await tx.run('MATCH (b:Bloc) WHERE NOT b.id IN $ids DETACH DELETE b', { ids: blocRows.map((b) => b.id) });
    });
    const triads = bal.unbalancedTriads.map((t, rank) => ({ rank: neo4j.int(rank), nodes: t.nodes, signs: t.signs.map((s) => neo4j.int(s)) }));
    await session.executeWrite(async (tx) => {
      await tx.run(
        `UNWIND $triads AS t
         MERGE (x:Triad {rank: t.rank})
         SET x.signs = t.signs
         WITH x, t
         CALL (x) { MATCH (x)-[o:OF]->() DELETE o }
         UNWIND range(0, 2) AS i
         MATCH (a:Actor {id: t.nodes[i]})
         CREATE (x)-[:OF {position: i}]->(a)`,
        { triads },
      );
      await tx.run('MATCH (t:Triad) WHERE t.rank >= $n DETACH DELETE t', { n: neo4j.int(triads.length) });
      await tx.run(
        `MERGE (b:Balance {id: 'actors'})
         SET b.triads = $s.triads, b.balanced = $s.balanced, b.unbalanced = $s.unbalanced, b.ratio = $s.ratio,
             b.pairs = $s.pairs, b.ambivalentPairs = $s.ambivalentPairs, b.listed = $s.listed,
             b.blocs = $s.blocs, b.modularity = $s.modularity`,
        {
          s: {
            triads: neo4j.int(bal.triads), balanced: neo4j.int(bal.balanced), unbalanced: neo4j.int(bal.unbalanced), ratio: bal.ratio,
            pairs: neo4j.int(bal.pairs), ambivalentPairs: neo4j.int(bal.ambivalentPairs), listed: neo4j.int(triads.length),
            blocs: neo4j.int(blocs.members.filter((m) => m.length > 1).length), modularity: blocs.modularity,
          },
        },
      );
    });
  } finally {
    await session.close();
  }
  return {
    actors: actorIds.length, ties: ties.length, blocs: blocs.members.filter((m) => m.length > 1).length,
    triads: bal.triads, unbalanced: bal.unbalanced, ratio: bal.ratio, ms: Date.now() - t0,
  };
}
