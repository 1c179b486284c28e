/**
 * Loading statements into Neo4j
 * =============================
 *
 * Batches of `UNWIND $rows` with parameters only, each batch one `executeWrite` transaction (so
 * transient errors are retried). Every transaction leaves the graph consistent on its own: it
 * upserts the documents and actors its statements need, the statements, and rebuilds the
 * aggregated ties (CRITICIZES / SUPPORTS, COUNTRY_CRITICIZES / COUNTRY_SUPPORTS) of the pairs it
 * touched. So a load interrupted part-way and run again ends exactly like an uninterrupted one.
 *
 * A load replaces each document it contains: statements of that document missing from the new
 * set are deleted first (with the ties of their pairs rebuilt and actors left without statements
 * removed), in the same kind of self-contained transaction.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Statement } from '../types';
import { readCypher } from './cypherfiles';
import {
  ActorRow, CountryIds, DocumentRow, actorRows, dedupeById, documentRows, pairsOf, statementRow,
} from './rows';
import { aliasKey } from './aliases';

export interface LoadOptions {
  /** Statements per transaction (default 2000). */
  batchSize?: number;
  /** Called after each committed batch with the number of statements it held. */
  onProgress?: (n: number) => void;
  /** Documents loaded in full even if they have no statements (their old statements are removed). */
  documents?: DocumentRow[];
  /** Delete statements of the loaded documents that are not in this load (default true). */
  replaceDocuments?: boolean;
  database?: string;
}

export interface LoadSummary {
  /** Distinct statements written. */
  statements: number;
  documents: number;
  actors: number;
  /** Old statements of re-loaded documents that were deleted. */
  deleted: number;
  batches: number;
  ms: number;
}

export interface GraphCounts {
  documents: number;
  statements: number;
  actors: number;
  countries: number;
  aliases: number;
  made: number;
  targets: number;
  in: number;
  ofCountry: number;
  criticizes: number;
  supports: number;
  countryCriticizes: number;
  countrySupports: number;
}

const q = {
  documents: () => readCypher('load/documents.cypher'),
  actors: () => readCypher('load/actors.cypher'),
  statements: () => readCypher('load/statements.cypher'),
  stale: () => readCypher('load/stale.cypher'),
  pairs: () => readCypher('load/pairs.cypher'),
  countryPairs: () => readCypher('load/country-pairs.cypher'),
  orphans: () => readCypher('load/orphans.cypher'),
};

async function rebuildPairs(tx: ManagedTransaction, pairs: Array<[string, string]>, countryPairs: Array<[string, string]>) {
  if (pairs.length) await tx.run(q.pairs(), { pairs });
  const cp = countryPairs.filter(([a, b]) => a !== b);
  if (cp.length) await tx.run(q.countryPairs(), { pairs: cp });
}

async function writeActors(tx: ManagedTransaction, actors: ActorRow[]) {
  const countries = actors.filter((a) => a.kind === 'country');
  const others = actors.filter((a) => a.kind !== 'country');
  if (countries.length) await tx.run(q.actors(), { actors: countries });
  if (others.length) await tx.run(q.actors(), { actors: others });
}

/** Country names already in the graph (alias key → Country id), so new loads reuse their ids. */
async function knownCountries(driver: Driver, keys: string[], database?: string): Promise<Map<string, string>> {
  const known = new Map<string, string>();
  if (!keys.length) return known;
  const res = await driver.executeQuery(
    'UNWIND $keys AS key MATCH (:Alias {key: key})-[:NAMES]->(c:Country) RETURN key, min(c.id) AS id',
    { keys }, { database, routing: 'READ' },
  );
  for (const r of res.records) known.set(r.get('key') as string, r.get('id') as string);
  return known;
}

export async function loadStatements(driver: Driver, statements: Statement[], opts: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const batchSize = Math.max(1, opts.batchSize ?? 2000);
  const database = opts.database;
  const unique = dedupeById(statements);
  const ids = new CountryIds(unique, await knownCountries(driver, CountryIds.keysOf(unique), database));
  const docs = documentRows(unique, opts.documents ?? []);
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  let deleted = 0;
  let batches = 0;
  try {
    // 1. Re-loaded documents: drop statements no longer there, in chunks of documents.
    if (opts.replaceDocuments ?? true) {
      const keep = new Map<string, string[]>(docs.map((d) => [d.id, []]));
      for (const s of unique) keep.get(s.doc)?.push(s.id);
      const docList = [...keep.entries()].map(([id, k]) => ({ id, keep: k }));
      for (let i = 0; i < docList.length;) {
        // Chunk by statement count so one transaction stays small.
        const chunk: typeof docList = [];
        let size = 0;
        while (i < docList.length && (chunk.length === 0 || size + docList[i].keep.length <= batchSize * 5)) {
          size += docList[i].keep.length;
          chunk.push(docList[i++]);
        }
        deleted += await session.executeWrite(async (tx) => {
          const res = await tx.run(q.stale(), { docs: chunk });
          if (!res.records.length) return 0;
          const gone = res.records.map((r) => ({
            actorId: r.get('actorId') as string, targetId: r.get('targetId') as string,
            ac: r.get('ac') as string | null, tc: r.get('tc') as string | null,
          }));
          const countryPairs = pairsOf(gone.filter((g) => g.ac && g.tc).map((g) => ({ actorId: g.ac!, targetId: g.tc! })));
          await rebuildPairs(tx, pairsOf(gone), countryPairs);
          const candidates = new Set<string>();
          for (const g of gone) for (const id of [g.actorId, g.targetId, g.ac, g.tc]) if (id) candidates.add(id);
          await tx.run(q.orphans(), { ids: [...candidates] });
          return gone.length;
        });
      }
    }

    // 2. Documents without statements still get their node (and are the only thing written for them).
    const withStatements = new Set(unique.map((s) => s.doc));
    const bare = docs.filter((d) => !withStatements.has(d.id));
    if (bare.length) await session.executeWrite((tx) => tx.run(q.documents(), { docs: bare }));

    // 3. Statements, batch by batch, each batch self-contained.
    // Actors and documents already written by a committed batch of this load are not sent again.
    const docById = new Map(docs.map((d) => [d.id, d]));
    // Per actor: alias keys, role and country already written (a row adding nothing new is skipped).
    const writtenActors = new Map<string, Set<string>>();
    const adds = (a: ActorRow) => {
      const seen = writtenActors.get(a.id);
      return !seen || [...a.aliasKeys, `role:${a.role ?? ''}`, `country:${a.countryId ?? ''}`].some((k) => !seen.has(k));
    };
    const writtenDocs = new Set<string>();
    for (let i = 0; i < unique.length; i += batchSize) {
      const batch = unique.slice(i, i + batchSize);
      const rows = batch.map((s) => statementRow(s, ids));
      const actors = actorRows(batch, ids).filter(adds);
      const batchDocs = [...new Set(batch.map((s) => s.doc))].filter((d) => !writtenDocs.has(d)).map((d) => docById.get(d)!);
      const pairs = pairsOf(rows);
      const countryPairs = pairsOf(
        rows
          .filter((r) => r.props.actorCountryId && r.props.targetCountryId)
          .map((r) => ({ actorId: r.props.actorCountryId as string, targetId: r.props.targetCountryId as string })),
      );
      await session.executeWrite(async (tx) => {
        if (batchDocs.length) await tx.run(q.documents(), { docs: batchDocs });
        await writeActors(tx, actors);
        await tx.run(q.statements(), { rows });
        await rebuildPairs(tx, pairs, countryPairs);
      });
      for (const a of actors) {
        const seen = writtenActors.get(a.id) ?? new Set<string>();
        for (const k of [...a.aliasKeys, `role:${a.role ?? ''}`, `country:${a.countryId ?? ''}`]) seen.add(k);
        writtenActors.set(a.id, seen);
      }
      for (const d of batchDocs) writtenDocs.add(d.id);
      batches++;
      opts.onProgress?.(batch.length);
    }
  } finally {
    await session.close();
  }
  const actorIds = new Set<string>();
  for (const s of unique) {
    actorIds.add(s.actor.id);
    actorIds.add(s.target.id);
  }
  return { statements: unique.length, documents: docs.length, actors: actorIds.size, deleted, batches, ms: Date.now() - started };
}

/** Node and relationship counts of the stancegraph model (what a load should leave). */
export async function graphCounts(driver: Driver, database?: string): Promise<GraphCounts> {
  const count = async (cypher: string) => {
    const res = await driver.executeQuery(cypher, {}, { database, routing: 'READ' });
    return Number(res.records[0].get(0));
  };
  return {
    documents: await count('MATCH (n:Document) RETURN count(n)'),
    statements: await count('MATCH (n:Statement) RETURN count(n)'),
    actors: await count('MATCH (n:Actor) RETURN count(n)'),
    countries: await count('MATCH (n:Country) RETURN count(n)'),
    aliases: await count('MATCH (n:Alias) RETURN count(n)'),
    made: await count('MATCH ()-[r:MADE]->() RETURN count(r)'),
    targets: await count('MATCH ()-[r:TARGETS]->() RETURN count(r)'),
    in: await count('MATCH ()-[r:IN]->() RETURN count(r)'),
    ofCountry: await count('MATCH ()-[r:OF_COUNTRY]->() RETURN count(r)'),
    criticizes: await count('MATCH ()-[r:CRITICIZES]->() RETURN count(r)'),
    supports: await count('MATCH ()-[r:SUPPORTS]->() RETURN count(r)'),
    countryCriticizes: await count('MATCH ()-[r:COUNTRY_CRITICIZES]->() RETURN count(r)'),
    countrySupports: await count('MATCH ()-[r:COUNTRY_SUPPORTS]->() RETURN count(r)'),
  };
}

export { aliasKey };
