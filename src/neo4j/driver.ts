/**
 * Opening a verified driver, with the two failures people hit (no server, wrong password)
 * turned into StancegraphErrors that say what to do.
 */
import neo4j, { Driver } from 'neo4j-driver';
import { StancegraphError } from '../errors';
import type { Neo4jConfig } from './config';

export const DOWN_HINT = 'start one with `npx stancegraph neo4j start` or `docker compose up -d`';

/** Maps a driver error to a StancegraphError (or returns undefined when it is neither down nor auth). */
export function classifyNeo4jError(err: unknown, config: Neo4jConfig): StancegraphError | undefined {
  const e = err as { code?: string; message?: string };
  const code = e?.code ?? '';
  const message = e?.message ?? String(err);
  if (/Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired)/.test(code) || /authentication failure|unauthorized/i.test(message)) {
    return new StancegraphError('E_NEO4J_AUTH',
      `Neo4j at ${config.uri} rejected user "${config.username}": wrong password`,
      'set NEO4J_PASSWORD (and NEO4J_USERNAME) to the server\'s credentials; `stancegraph neo4j start` and docker-compose.yml use "stancegraph" unless NEO4J_PASSWORD was set when the data folder was created',
      { cause: err });
  }
  const resource = resourceError(err, `Neo4j at ${config.uri}`, 'smaller batches (`--batch-size`) or a narrower query (`--param limit=…`)');
  if (resource) return resource;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|Could not perform discovery|Failed to connect|connection refused|getaddrinfo/i.test(message)) {
    return new StancegraphError('E_NEO4J_DOWN', `cannot reach Neo4j at ${config.uri}`, DOWN_HINT, { cause: err });
  }
  return undefined;
}

/** Server codes of a transaction that ran out of memory (the heap, or its share dbms.memory.transaction.total.max). */
const OOM = /MemoryPoolOutOfMemoryError|OutOfMemoryError|TransactionOutOfMemory|MemoryLimitExceeded/;
/** Server codes of a transaction stopped by a timeout (client-set or the server's db.transaction.timeout). */
const TIMEOUT = /TransactionTimedOut/;

/**
 * Out of memory and timed out, the two failures of big graphs, as StancegraphErrors that say what to
 * do: `narrow` names what the caller can ask for less of (`--param limit=20`, `--batch-size 2000`).
 */
export function resourceError(err: unknown, what: string, narrow: string): StancegraphError | undefined {
  const e = err as { code?: string; message?: string };
  const code = e?.code ?? '';
  const server = (e?.message ?? '').split('\n')[0];
  if (OOM.test(code)) {
    return new StancegraphError('E_NEO4J_MEMORY', `${what}: Neo4j ran out of memory for this transaction (${code.split('.').pop()}: ${server})`,
      `ask for less — ${narrow} — or give the server more memory: \`npx stancegraph neo4j stop\`, then ` +
      '`NEO4J_HEAP=2g NEO4J_PAGECACHE=1g npx stancegraph neo4j start` (the launcher defaults to a 768m heap; docs/NEO4J.md §1)',
      { cause: err });
  }
  if (TIMEOUT.test(code)) {
    return new StancegraphError('E_NEO4J_TIMEOUT', `${what}: stopped by a transaction timeout (${server})`,
      `ask for less — ${narrow} — or allow more time (\`stancegraph query --timeout S\`; the server's own limit is db.transaction.timeout)`,
      { cause: err });
  }
  return undefined;
}

/** A driver whose connectivity and credentials have been checked. Integers come back as JS numbers. */
export async function openDriver(config: Neo4jConfig): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 10000,
      maxTransactionRetryTime: 30000,
      userAgent: 'stancegraph',
      logging: { level: 'error', logger: () => undefined },
    });
  } catch (err) {
    throw new StancegraphError('E_CONFIG', `invalid NEO4J_URI "${config.uri}": ${(err as Error).message}`,
      'use a URI like bolt://127.0.0.1:7687 or neo4j://host:7687', { cause: err });
  }
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw classifyNeo4jError(err, config) ??
      new StancegraphError('E_NEO4J', `Neo4j at ${config.uri}: ${(err as Error).message}`, undefined, { cause: err });
  }
  return driver;
}

/** Rethrows a driver error as a StancegraphError (E_NEO4J_DOWN / E_NEO4J_AUTH / E_NEO4J). */
export function asNeo4jError(err: unknown, config: Neo4jConfig, what: string): never {
  if (err instanceof StancegraphError) throw err;
  throw classifyNeo4jError(err, config) ??
    new StancegraphError('E_NEO4J', `${what}: ${(err as Error)?.message ?? String(err)}`, undefined, { cause: err });
}
