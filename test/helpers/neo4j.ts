/**
 * Helpers of the Neo4j integration tests: the server chosen by the global setup, a lock so test
 * files take turns on the one database, wiping, fixtures and a canonical dump of the whole graph.
 */
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { openDriver, wipeGraph } from '../../src/neo4j';
import type { Neo4jConfig } from '../../src/neo4j';
import type { Statement } from '../../src/types';
import type { TestNeo4j } from './neo4j-global-setup';

export function testNeo4j(): TestNeo4j {
  const file = process.env.STANCEGRAPH_TEST_NEO4J;
  if (!file || !existsSync(file)) {
    throw new Error('no test Neo4j: run the integration project (npx jest --selectProjects integration), whose global setup starts one');
  }
  return JSON.parse(readFileSync(file, 'utf8')) as TestNeo4j;
}

export function testConfig(): Neo4jConfig {
  const t = testNeo4j();
  return { uri: t.uri, username: t.username, password: t.password };
}

/** Env for running the CLI against the test server. */
export function testEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const t = testNeo4j();
  return { ...process.env, NEO4J_URI: t.uri, NEO4J_USERNAME: t.username, NEO4J_PASSWORD: t.password, ...extra };
}

async function acquire(lockFile: string): Promise<void> {
  for (;;) {
    try {
      closeSync(openSync(lockFile, 'wx'));
      return;
    } catch {
      // A lock older than 10 minutes belongs to a crashed worker.
      try {
        if (Date.now() - statSync(lockFile).mtimeMs > 600000) rmSync(lockFile, { force: true });
      } catch {
        /* gone meanwhile */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Empties the database with the project's own batched wipe (cypher/maintenance/wipe.cypher). */
export async function wipe(driver: Driver): Promise<void> {
  await wipeGraph(driver);
}

/**
 * Registers beforeAll/afterAll: takes the database lock, opens a driver, empties the database.
 * Returns a getter for the driver.
 */
export function useNeo4j(): () => Driver {
  let driver: Driver | undefined;
  let lockFile: string | undefined;
  beforeAll(async () => {
    const t = testNeo4j();
    lockFile = t.lockFile;
    await acquire(lockFile);
    driver = await openDriver(testConfig());
    await wipe(driver);
  }, 600000);
  afterAll(async () => {
    await driver?.close();
    if (lockFile) rmSync(lockFile, { force: true });
  });
  return () => {
    if (!driver) throw new Error('driver not open yet');
    return driver;
  };
}

export const FIXTURES = join(__dirname, '..', 'fixtures');

export function readStatements(name: string): Statement[] {
  return readFileSync(join(FIXTURES, name), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Statement);
}

/**
 * Every node and relationship, as sorted JSON lines: equal dumps mean equal graphs. `loadRun` (the id
 * of the load that last wrote a statement) differs between any two loads and is left out, and so is a
 * document's `contentHash` (the loads' bookkeeping: test/integration/neo4j-load.test.ts checks it).
 */
export async function dumpGraph(driver: Driver): Promise<{ nodes: string[]; rels: string[] }> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to, properties(r) AS props',
  );
  const canon = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canon);
    if (v && typeof v === 'object' && !(typeof (v as { toNumber?: unknown }).toNumber === 'function')) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])]));
    }
    if (v && typeof (v as { toNumber?: unknown }).toNumber === 'function') return (v as { toNumber(): number }).toNumber();
    return v;
  };
  return {
    nodes: nodes.records.map((r) => {
      const { loadRun: _run, contentHash: _hash, ...props } = r.get('props') as Record<string, unknown>;
      return JSON.stringify(canon({ labels: [...(r.get('labels') as string[])].sort(), props }));
    }).sort(),
    rels: rels.records.map((r) => JSON.stringify(canon(r.toObject()))).sort(),
  };
}
