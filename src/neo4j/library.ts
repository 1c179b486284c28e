/**
 * The Cypher library: `cypher/queries/*.cypher`. Each file starts with `//` comments saying what it
 * answers and its parameters, including `// :param name => value` lines for Neo4j Browser; the
 * rest runs as it is, in Browser or through `stancegraph query <name>`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { StancegraphError } from '../errors';
import { cypherDir } from './cypherfiles';
import { plain, Row } from './format';
import { fileDescription, fileParams, ParamValue } from './params';

export interface LibraryQuery {
  name: string;
  path: string;
  description: string[];
  params: Record<string, ParamValue>;
  cypher: string;
}

export interface QueryResult {
  columns: string[];
  rows: Row[];
}

export function queriesDir(): string {
  return join(cypherDir(), 'queries');
}

export function listQueries(): LibraryQuery[] {
  const dir = queriesDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => loadQuery(basename(f, '.cypher')));
}

export function loadQuery(name: string): LibraryQuery {
  const file = name.endsWith('.cypher') && existsSync(name) ? name : join(queriesDir(), `${name.replace(/\.cypher$/, '')}.cypher`);
  if (!existsSync(file)) {
    const known = existsSync(queriesDir()) ? readdirSync(queriesDir()).filter((f) => f.endsWith('.cypher')).map((f) => basename(f, '.cypher')) : [];
    throw new StancegraphError('E_USAGE', `no query named "${name}"`, `known queries: ${known.join(', ')}`);
  }
  const text = readFileSync(file, 'utf8');
  return {
    name: basename(file, '.cypher'),
    path: file,
    description: fileDescription(text),
    params: fileParams(text),
    cypher: text.trim().replace(/;\s*$/, ''),
  };
}

export interface RunOptions {
  /** Server-side limit in milliseconds (0 or undefined: none). */
  timeoutMs?: number;
}

/**
 * Runs a library query read-only, as one auto-commit transaction (never retried, so a timeout
 * fires once); `params` override the file's `:param` values.
 */
export async function runQuery(
  driver: Driver, query: LibraryQuery, params: Record<string, ParamValue> = {}, database?: string, opts: RunOptions = {},
): Promise<QueryResult> {
  const merged: Record<string, ParamValue> = { ...query.params };
  // Whole JS numbers become Neo4j integers (LIMIT and friends reject floats).
  for (const [k, v] of Object.entries(params)) merged[k] = typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v;
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = session.run(query.cypher, merged, opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined);
    const keys = await result.keys();
    const { records } = await result;
    const res = { keys, records };
    const columns = res.keys.map(String);
    const rows = res.records.map((r) => {
      const o: Row = {};
      for (const k of r.keys) o[k as string] = plain(r.get(k));
      return o;
    });
    return { columns, rows };
  } finally {
    await session.close();
  }
}
