/**
 * Loading statements into Neo4j
 * =============================
 *
 * Every record is checked (src/neo4j/record.ts) and the whole load planned (src/neo4j/plan.ts:
 * documents, their valid and bad lines) before anything is written. Then `writePlan` streams the
 * valid statements in batches of `UNWIND $rows` with parameters only, each batch one `executeWrite`
 * transaction (retried on transient errors) that upserts the batch's documents and actors and merges
 * its statements (stamped with this load's `loadRun` id); the next batch is read and turned into rows
 * while the server writes the current one.
 *
 * The aggregated ties (CRITICIZES / SUPPORTS with their `mutual` count, COUNTRY_CRITICIZES /
 * COUNTRY_SUPPORTS) and the actors' criticism totals are rebuilt once, after the last batch, for every
 * pair and actor the load touched — not per batch, which re-read a busy pair's statements once per
 * batch (a country pair's in nearly every batch). That phase runs `concurrency` transactions at once
 * (pairs sorted and chunked; deadlocks are transient and retried). Until it has run, a load's new
 * statements are in the graph but not yet in the ties; a load interrupted before it (or during it)
 * and run again rebuilds the same pairs, so it ends exactly like an uninterrupted one.
 *
 * Then the documents this load replaces (plan.ts says which: a complete valid set of their
 * statements is in the load) lose the statements this load did not write — `cypher/load/stale.cypher`,
 * batched with `CALL … IN TRANSACTIONS` in an auto-commit query, each inner transaction deleting
 * one actor pair's stale statements and rebuilding its ties — and actors left without statements
 * are swept (`cypher/load/orphans.cypher`). Deleting comes last, so an interrupted load deletes
 * nothing, and the same load run again ends exactly like an uninterrupted one.
 */
import { randomUUID } from 'node:crypto';
import { int as neo4jInt, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { StancegraphError } from '../errors';
import type { Statement } from '../types';
import { readCypher, splitStatements } from './cypherfiles';
import { LoadPlan, contentHash } from './plan';
import { checkRecord } from './record';
import {
  ActorRow, CountryIds, DocumentRow, StatementRow, actorRows, dedupeById, statementRow, tieDeltas,
} from './rows';
import { aliasKey } from './aliases';
import { writeAnalyses } from './analyses';

export interface LoadOptions {
  /** Statements per transaction (default 10000). */
  batchSize?: number;
  /** Transactions at once when rebuilding ties (default 2). */
  concurrency?: number;
  /** Actor pairs per tie-rebuild transaction (default 1000). */
  pairChunk?: number;
  /** Called after each committed batch with the number of statements it held. */
  onProgress?: (n: number) => void;
  /** Documents loaded in full even if they have no statements (their old statements are removed). */
  documents?: DocumentRow[];
  /** Replace the documents whose complete valid set this load holds (default true). */
  replaceDocuments?: boolean;
  /** Documents replaced per stale-cleanup query (default 500). */
  cleanupChunk?: number;
  /**
   * Skip a replaced document whose stored content hash (`Document.contentHash`, written by the load
   * that last replaced it) equals this load's (default true): an unchanged document is not written again.
   */
  skipUnchanged?: boolean;
  /** Compute blocs and balance and store them (src/neo4j/analyses.ts) after the load (default true). */
  analyses?: boolean;
  /** Truncation warnings of `loadStatements`'s checks: index of the record and what was cut. */
  onWarning?: (index: number, warning: string) => void;
  database?: string;
}

export interface LoadSummary {
  /** Valid statement records written. */
  statements: number;
  documents: number;
  actors: number;
  /** Old statements of replaced documents that were deleted. */
  deleted: number;
  batches: number;
  ms: number;
  /** Documents replaced (their statements missing from this load deleted). */
  replaced: number;
  /** Documents merged without deleting anything, because some of their lines were bad. */
  merged: string[];
  /** This load's id, stored as `loadRun` on every statement it wrote. */
  run: string;
  /** Documents skipped because the graph already holds exactly their content (and their statements). */
  skipped: number;
  skippedStatements: number;
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
  documentHashes: () => readCypher('load/document-hashes.cypher'),
  actors: () => readCypher('load/actors.cypher'),
  statements: () => readCypher('load/statements.cypher'),
  statementsNew: () => readCypher('load/statements-new.cypher'),
  stale: () => readCypher('load/stale.cypher'),
  pairs: () => readCypher('load/pairs.cypher'),
  tiesAdd: () => readCypher('load/ties-add.cypher'),
  countryPairs: () => readCypher('load/country-pairs.cypher'),
  actorStats: () => readCypher('load/actor-stats.cypher'),
  mutual: () => readCypher('load/mutual.cypher'),
  orphans: () => splitStatements(readCypher('load/orphans.cypher')),
  wipe: () => splitStatements(readCypher('maintenance/wipe.cypher')),
};

/** Timings on stderr when STANCEGRAPH_LOAD_DEBUG is set (what bench/REPORT.md's phase figures come from). */
function debug(what: string, since: number): void {
  if (process.env.STANCEGRAPH_LOAD_DEBUG) process.stderr.write(`[load] ${what} ${Date.now() - since} ms\n`);
}

/** Runs an idempotent auto-commit step again on transient errors (deadlocks between concurrent loads). */
async function retryTransient<T>(step: () => Promise<T>, tries = 6): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await step();
    } catch (err) {
      const e = err as { retriable?: boolean; code?: string };
      const transient = e.retriable || /^Neo\.TransientError\./.test(e.code ?? '');
      if (!transient || i >= tries) throw err;
      await new Promise((r) => setTimeout(r, 200 * i + Math.random() * 300));
    }
  }
}

/** Runs `work` over `items` in chunks, `concurrency` chunks at once; stops at the first error. */
async function inParallel<T>(items: T[], chunk: number, concurrency: number, work: (part: T[]) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: unknown;
  const worker = async () => {
    while (failed === undefined && next < items.length) {
      const part = items.slice(next, next + chunk);
      next += chunk;
      try {
        await work(part);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (failed !== undefined) throw failed;
}

/**
 * Rebuilds the ties of the given actor pairs and country pairs and the criticism totals of the actors,
 * each chunk one write transaction, `concurrency` at once.
 */
async function rebuildTies(
  driver: Driver, rebuild: Array<[string, string]>, pairs: Array<[string, string]>, countryPairs: Array<[string, string]>, actors: string[],
  opts: { concurrency: number; chunk: number; database?: string },
): Promise<void> {
  const run = (cypher: string, key: string) => async (part: unknown[]) => {
    const session = driver.session({ database: opts.database, defaultAccessMode: 'WRITE' });
    try {
      await session.executeWrite((tx) => tx.run(cypher, { [key]: part }));
    } finally {
      await session.close();
    }
  };
  const t0 = Date.now();
  await inParallel(rebuild, opts.chunk, opts.concurrency, run(q.pairs(), 'pairs'));
  debug(`pairs rebuilt ${rebuild.length}`, t0);
  await inParallel(pairs, opts.chunk, opts.concurrency, run(q.mutual(), 'pairs'));
  debug(`mutual ${pairs.length}`, t0);
  const cp = countryPairs.filter(([a, b]) => a !== b);
  // Country pairs read many statements each: small chunks, so parallel chunks share the work.
  await inParallel(cp, 20, opts.concurrency, run(q.countryPairs(), 'pairs'));
  debug(`country pairs ${cp.length}`, t0);
  await inParallel(actors.sort(), opts.chunk, opts.concurrency, run(q.actorStats(), 'ids'));
  debug(`actors ${actors.length}`, t0);
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
  for (let i = 0; i < keys.length; i += 5000) {
    const res = await driver.executeQuery(
      'UNWIND $keys AS key MATCH (:Alias {key: key})-[:NAMES]->(c:Country) RETURN key, min(c.id) AS id',
      { keys: keys.slice(i, i + 5000) }, { database, routing: 'READ' },
    );
    for (const r of res.records) known.set(r.get('key') as string, r.get('id') as string);
  }
  return known;
}

/**
 * Loads an array of statements (what `build --neo4j` and the tests use). Every record is checked
 * first; an invalid one throws E_INPUT before anything is written. The last record with an id wins.
 * Every document in `statements` (and `documents`) is replaced.
 */
export async function loadStatements(driver: Driver, statements: Statement[], opts: LoadOptions = {}): Promise<LoadSummary> {
  const plan = new LoadPlan();
  const valid: Statement[] = [];
  const errors: string[] = [];
  statements.forEach((s, i) => {
    const c = checkRecord(s, { copy: true });
    if (c.statement) {
      valid.push(c.statement);
      for (const w of c.warnings) opts.onWarning?.(i, w);
    } else errors.push(`record ${i}${c.doc ? ` (document ${c.doc})` : ''}: ${c.errors.join('; ')}`);
  });
  if (errors.length) {
    throw new StancegraphError('E_INPUT', `${errors.length} of ${statements.length} statements are not valid records, nothing was loaded: ` +
      `${errors.slice(0, 5).join(' | ')}${errors.length > 5 ? ` | … ${errors.length - 5} more` : ''}`);
  }
  const unique = dedupeById(valid);
  for (const s of unique) plan.addStatement(s);
  for (const d of opts.documents ?? []) plan.addDocument(d);
  return writePlan(driver, plan, async function* () {
    yield* unique;
  }, opts);
}

/**
 * Writes a planned load: `statements()` yields the plan's valid records (it is called once and
 * read as a stream; only one batch is held at a time).
 */
export async function writePlan(
  driver: Driver, plan: LoadPlan, statements: () => AsyncIterable<Statement>, opts: LoadOptions = {},
): Promise<LoadSummary> {
  const started = Date.now();
  const batchSize = Math.max(1, opts.batchSize ?? 10000);
  const database = opts.database;
  const run = `${new Date().toISOString()}/${randomUUID()}`;
  const replace = opts.replaceDocuments ?? true;
  const known = await knownCountries(driver, [...plan.affiliationKeys], database);
  const ids = new CountryIds([], known);
  for (const [k, id] of plan.countryKeys) ids.addKnown(k, id);
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  let deleted = 0;
  let batches = 0;
  let written = 0;
  const actorIds = new Set<string>();
  // Unchanged documents: replaced ones whose stored hash is this load's. They are neither written nor
  // cleaned; the others lose their stored hash in their first batch (documents.cypher) and get the new
  // one after the stale step, once the graph holds exactly their statements.
  const skip = new Set<string>();
  const hashes = new Map<string, string>();
  for (const id of plan.replaced(replace)) hashes.set(id, contentHash(plan.docs.get(id)!));
  if (opts.skipUnchanged ?? true) {
    const ids = [...hashes.keys()].filter((id) => plan.docs.get(id)!.statements > 0);
    for (let i = 0; i < ids.length; i += 5000) {
      const res = await driver.executeQuery(
        'UNWIND $ids AS id MATCH (d:Document {id: id}) WHERE d.contentHash IS NOT NULL RETURN d.id AS id, d.contentHash AS hash',
        { ids: ids.slice(i, i + 5000) }, { database, routing: 'READ' },
      );
      for (const r of res.records) if (hashes.get(r.get('id')) === r.get('hash')) skip.add(r.get('id') as string);
    }
  }
  let skippedStatements = 0;
  const replaced = plan.replaced(replace).filter((id) => !skip.has(id));
  try {
    // 1. Documents read in full without statements still get their node.
    const bare = [...plan.docs.values()].filter((d) => d.statements === 0 && d.bad === 0).map((d) => d.row);
    for (let i = 0; i < bare.length; i += batchSize) {
      const chunk = bare.slice(i, i + batchSize);
      await session.executeWrite((tx) => tx.run(q.documents(), { docs: chunk }));
    }

    // 2. Statements, batch by batch, each batch self-contained.
    // Actors and documents already written by a committed batch of this load are not sent again.
    // Per actor: alias keys, role and country already written (a row adding nothing new is skipped).
    const writtenActors = new Map<string, Set<string>>();
    const adds = (a: ActorRow) => {
      const seen = writtenActors.get(a.id);
      return !seen || [...a.aliasKeys, `role:${a.role ?? ''}`, `country:${a.countryId ?? ''}`].some((k) => !seen.has(k));
    };
    const writtenDocs = new Set<string>();
    // Ids this load wrote, per document it replaces: the stale step never deletes them (see stale.cypher).
    const replacedSet = new Set(replaced);
    const keepIds = new Map<string, string[]>();
    // Pairs whose ties this load rebuilds after its last batch (key: actor \0 target).
    const touchedPairs = new Set<string>();
    // Pairs whose statements were already in the graph (re-run, concurrent load): rebuilt from their
    // statements after the last batch. New statements are added to their ties by the batch itself.
    const rebuildPairs = new Set<string>();
    const touchedCountryPairs = new Set<string>();
    const prepare = (batch: Statement[]) => {
      const rows = batch.map((s) => {
        const row = statementRow(s, ids);
        row.props.loadRun = run;
        return row;
      });
      for (const r of rows) {
        touchedPairs.add(`${r.actorId}\u0000${r.targetId}`);
        if (r.props.actorCountryId && r.props.targetCountryId) touchedCountryPairs.add(`${r.props.actorCountryId}\u0000${r.props.targetCountryId}`);
      }
      return { batch, rows };
    };
    const writeBatch = async ({ batch, rows }: { batch: Statement[]; rows: ReturnType<typeof statementRow>[] }) => {
      const actors = actorRows(batch, ids).filter(adds);
      const batchDocs = [...new Set(batch.map((s) => s.doc))].filter((d) => !writtenDocs.has(d)).map((d) => plan.docs.get(d)!.row);
      try {
        const write = (mergeAll: boolean) => session.executeWrite(async (tx) => {
          const t0 = Date.now();
          if (batchDocs.length) await tx.run(q.documents(), { docs: batchDocs });
          await writeActors(tx, actors);
          debug(`batch ${batches + 1}: ${batchDocs.length} documents, ${actors.length} actors`, t0);
          if (mergeAll) {
            await tx.run(q.statements(), { rows });
            return rows;
          }
          // Statements already in the graph are merged (their relationships kept); new ones created.
          const res = await tx.run('UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN s.id AS id', { ids: rows.map((r) => r.id) });
          const existing = new Set(res.records.map((r) => r.get('id') as string));
          const old = rows.filter((r) => existing.has(r.id));
          const fresh = existing.size ? rows.filter((r) => !existing.has(r.id)) : rows;
          if (old.length) await tx.run(q.statements(), { rows: old });
          debug(`batch ${batches + 1}: ${old.length} already in the graph merged`, t0);
          if (fresh.length) {
            await tx.run(q.statementsNew(), { rows: fresh });
            debug(`batch ${batches + 1}: ${fresh.length} created`, t0);
            const ties = tieDeltas(fresh);
            if (ties.neg.length) await tx.run(q.tiesAdd(), { ties: ties.neg, kind: 'CRITICIZES' });
            if (ties.pos.length) await tx.run(q.tiesAdd(), { ties: ties.pos, kind: 'SUPPORTS' });
            debug(`batch ${batches + 1}: ${ties.neg.length + ties.pos.length} ties added to`, t0);
          }
          return old;
        });
        let rebuilt: StatementRow[];
        try {
          const t0 = Date.now();
          rebuilt = await write(false);
          debug(`batch ${batches + 1}: committed`, t0);
        } catch (err) {
          // A concurrent load created one of these statements after the check: merge them all instead.
          if ((err as { code?: string }).code !== 'Neo.ClientError.Schema.ConstraintValidationFailed') throw err;
          rebuilt = await write(true);
        }
        for (const r of rebuilt) rebuildPairs.add(`${r.actorId}\u0000${r.targetId}`);
      } catch (err) {
        // Say which statements: the batch was rolled back, earlier batches stay, nothing was deleted.
        const docs = [...new Set(batch.map((s) => s.doc))];
        (err as Error).message = `batch ${batches + 1} (statements ${batch[0].id} … ${batch[batch.length - 1].id}, ` +
          `documents ${docs.slice(0, 3).join(', ')}${docs.length > 3 ? ', …' : ''}) was not written, nothing was deleted: ${(err as Error).message}`;
        throw err;
      }
      for (const a of actors) {
        const seen = writtenActors.get(a.id) ?? new Set<string>();
        for (const k of [...a.aliasKeys, `role:${a.role ?? ''}`, `country:${a.countryId ?? ''}`]) seen.add(k);
        writtenActors.set(a.id, seen);
      }
      for (const s of batch) {
        actorIds.add(s.actor.id);
        actorIds.add(s.target.id);
      }
      for (const d of batchDocs) writtenDocs.add(d.id);
      for (const st of batch) {
        if (!replacedSet.has(st.doc)) continue;
        const list = keepIds.get(st.doc);
        if (list) list.push(st.id);
        else keepIds.set(st.doc, [st.id]);
      }
      batches++;
      written += batch.length;
      opts.onProgress?.(batch.length);
    };
    // One batch in flight while the next is read and prepared; its failure stops the load before
    // another batch is sent.
    let batch: Statement[] = [];
    let inFlight: Promise<void> | undefined;
    const send = async (b: Statement[]) => {
      const prepared = prepare(b);
      if (inFlight) await inFlight;
      inFlight = writeBatch(prepared);
      inFlight.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
    };
    for await (const s of statements()) {
      if (!plan.docs.has(s.doc)) throw new Error(`statement ${s.id} of document ${s.doc} was not in the load's first pass`);
      if (skip.has(s.doc)) {
        skippedStatements++;
        continue;
      }
      batch.push(s);
      if (batch.length >= batchSize) {
        await send(batch);
        batch = [];
      }
    }
    if (batch.length) await send(batch);
    if (inFlight) await inFlight;
    if (written + skippedStatements !== plan.valid) {
      throw new StancegraphError('E_INPUT', `the input changed while loading: ${plan.valid} valid statements in the first pass, ${written + skippedStatements} in the second`,
        'nothing was deleted; load again when the files are complete');
    }

    // 3. The ties of every pair this load wrote statements for, and the touched actors' totals.
    const split = (k: string) => k.split('\u0000') as [string, string];
    const pairs = [...touchedPairs].sort().map(split);
    const rebuild = [...rebuildPairs].sort().map(split);
    rebuildPairs.clear();
    const touchedActors = new Set<string>();
    for (const [a, b] of pairs) {
      touchedActors.add(a);
      touchedActors.add(b);
    }
    touchedPairs.clear();
    await rebuildTies(driver, rebuild, pairs, [...touchedCountryPairs].sort().map(split), [...touchedActors], {
      concurrency: Math.max(1, opts.concurrency ?? 2), chunk: Math.max(1, opts.pairChunk ?? 1000), database,
    });

    // 4. Replaced documents: drop their statements this load did not write, then sweep orphans.
    if (replaced.length) {
      const chunk = Math.max(1, opts.cleanupChunk ?? 500);
      for (let i = 0; i < replaced.length; i += chunk) {
        const docs = replaced.slice(i, i + chunk);
        const docSet = Object.fromEntries(docs.map((d) => [d, true]));
        const keep: Record<string, boolean> = {};
        for (const d of docs) for (const id of keepIds.get(d) ?? []) keep[id] = true;
        const res = await retryTransient(() => session.run(q.stale(), { docs, docSet, run, keep }));
        deleted += Number(res.records[0]?.get('deleted') ?? 0);
      }
      for (const statement of q.orphans()) await retryTransient(() => session.run(statement));
      // The replaced documents' content hashes, where the document now holds exactly the statements of
      // this load (a concurrent load of other content for it leaves it without one: written again next time).
      const rows = replaced.map((id) => ({ id, hash: hashes.get(id)!, statements: neo4jInt(new Set(keepIds.get(id) ?? []).size) }));
      for (let i = 0; i < rows.length; i += 5000) {
        await retryTransient(() => session.run(q.documentHashes(), { docs: rows.slice(i, i + 5000) }));
      }
    }

    // 5. Blocs and balance of the whole graph, by the main job's analyses, stored for the queries.
    if (opts.analyses ?? true) {
      const t = Date.now();
      const a = await writeAnalyses(driver, { database });
      debug(`analyses: ${a.actors} actors, ${a.ties} ties, ${a.blocs} blocs, ${a.triads} triads`, t);
    }
  } finally {
    await session.close();
  }
  return {
    statements: written, documents: plan.docs.size - [...plan.docs.values()].filter((d) => d.statements === 0 && d.bad > 0).length,
    actors: actorIds.size, deleted, batches, ms: Date.now() - started,
    replaced: replaced.length, merged: plan.merged(replace), run, skipped: skip.size, skippedStatements,
  };
}

/**
 * Deletes everything in the database, in batched transactions (cypher/maintenance/wipe.cypher):
 * statements first, then relationships, then nodes.
 */
export async function wipeGraph(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    for (const statement of q.wipe()) await session.run(statement);
  } finally {
    await session.close();
  }
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
