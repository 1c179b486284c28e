/**
 * Jest global setup of the `integration` project: finds a real Neo4j for the tests.
 *
 *   1. NEO4J_URI set            → that server (NEO4J_USERNAME / NEO4J_PASSWORD); THE TESTS WIPE IT.
 *   2. `docker info` succeeds   → a throw-away container (@testcontainers/neo4j, ${NEO4J_IMAGE:-neo4j:5.26-community}).
 *   3. otherwise                → the project's launcher (Neo4j from Maven Central), on free ports,
 *                                 with a throw-away home under .neo4j/test-<pid>.
 *
 * No route → setup throws and every integration test fails (they are never skipped). The chosen
 * server is passed to the tests through NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD and a JSON file
 * named by STANCEGRAPH_TEST_NEO4J. The teardown stops whatever this setup started.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { launcherSettings, projectRoot, start } from '../../src/neo4j/launcher';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  route: 'env' | 'testcontainers' | 'launcher';
  /** Neo4j Browser of the server, when known (launcher and testcontainers routes). */
  browserUrl?: string;
  lockFile: string;
}

interface Started {
  container?: { stop(): Promise<unknown> };
  launcherEnv?: NodeJS.ProcessEnv;
  file: string;
}

const log = (line: string) => process.stderr.write(`[neo4j test setup] ${line}\n`);

function dockerReachable(): boolean {
  const r = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 15000 });
  return !r.error && r.status === 0;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function freePorts(): Promise<[number, number]> {
  for (let base = 17687; base < 17687 + 400; base += 10) {
    if ((await portFree(base)) && (await portFree(base + 1))) return [base, base + 1];
  }
  throw new Error('no free port pair for the test Neo4j between 17687 and 18087');
}

async function verify(uri: string, username: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { logging: { level: 'error', logger: () => undefined } });
  try {
    await driver.verifyConnectivity();
  } finally {
    await driver.close();
  }
}

export default async function globalSetup(): Promise<void> {
  const env = process.env;
  const file = join(tmpdir(), `stancegraph-neo4j-test-${process.pid}.json`);
  const started: Started = { file };
  let conn: Omit<TestNeo4j, 'lockFile'>;
  if (env.NEO4J_URI) {
    conn = { uri: env.NEO4J_URI, username: env.NEO4J_USERNAME || 'neo4j', password: env.NEO4J_PASSWORD || 'stancegraph', route: 'env' };
    log(`using NEO4J_URI=${conn.uri} (the integration tests delete everything in it)`);
  } else if (dockerReachable()) {
    const image = env.NEO4J_IMAGE || 'neo4j:5.26-community';
    log(`Docker is reachable: starting ${image} with testcontainers…`);
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const password = env.NEO4J_PASSWORD || 'stancegraph';
    const container = await new Neo4jContainer(image).withPassword(password).withApoc().start();
    started.container = container;
    conn = {
      uri: container.getBoltUri(), username: container.getUsername(), password, route: 'testcontainers',
      browserUrl: new URL('browser/', container.getHttpUri()).href,
    };
  } else {
    const [bolt, http] = await freePorts();
    const launcherEnv: NodeJS.ProcessEnv = {
      ...env,
      NEO4J_BOLT_PORT: String(bolt),
      NEO4J_HTTP_PORT: String(http),
      NEO4J_PASSWORD: env.NEO4J_PASSWORD || 'stancegraph',
      NEO4J_HEAP: env.NEO4J_HEAP || '512m',
      NEO4J_PAGECACHE: env.NEO4J_PAGECACHE || '128m',
      STANCEGRAPH_NEO4J_HOME: join(projectRoot(), '.neo4j', `test-${process.pid}`),
    };
    const s = launcherSettings(launcherEnv);
    rmSync(s.homeDir, { recursive: true, force: true });
    log(`no NEO4J_URI and no Docker: starting the project's Neo4j launcher on bolt ${bolt}, http ${http}…`);
    const t0 = Date.now();
    started.launcherEnv = launcherEnv;
    (globalThis as Record<string, unknown>).__STANCEGRAPH_NEO4J__ = started;
    const r = await start(s, log);
    log(`Neo4j up in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    conn = { uri: r.uri, username: s.username, password: s.password, route: 'launcher', browserUrl: r.browser };
  }
  (globalThis as Record<string, unknown>).__STANCEGRAPH_NEO4J__ = started;
  await verify(conn.uri, conn.username, conn.password).catch((err) => {
    throw new Error(`integration tests need Neo4j, but ${conn.uri} does not answer: ${(err as Error).message}`);
  });
  const info: TestNeo4j = { ...conn, lockFile: join(tmpdir(), `stancegraph-neo4j-test-${process.pid}.lock`) };
  writeFileSync(file, JSON.stringify(info, null, 2));
  env.STANCEGRAPH_TEST_NEO4J = file;
  env.NEO4J_URI = conn.uri;
  env.NEO4J_USERNAME = conn.username;
  env.NEO4J_PASSWORD = conn.password;
  if (conn.browserUrl && !env.STANCEGRAPH_TEST_BROWSER_URL) env.STANCEGRAPH_TEST_BROWSER_URL = conn.browserUrl;
}
