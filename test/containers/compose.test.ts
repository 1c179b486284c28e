/**
 * docker-compose.yml for real: `docker-compose up -d` against the Docker API of the run (Podman's
 * socket on machines without Docker) with NEO4J_IMAGE (stancegraph/neo4j:5.26-local by default),
 * on free ports; waits for Bolt, loads the seed articles through src/neo4j, runs library queries,
 * checks facts, and `down -v` at the end. Fails (never skips) when compose cannot give a server.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { applySchema, loadQuery, loadStatements, openDriver, runQuery } from '../../src/neo4j';
import { extractPaths } from '../../src/pipeline';
import type { Statement } from '../../src/types';
import { dockerPs, ROOT, run } from './docker';

const PROJECT = 'stancegraph-compose-test';
const PASSWORD = 'compose-test-pw';

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function freePair(): Promise<[number, number]> {
  for (let p = 27687; p < 28687; p += 10) if ((await portFree(p)) && (await portFree(p + 1))) return [p, p + 1];
  throw new Error('no free port pair between 27687 and 28687');
}

let env: NodeJS.ProcessEnv;
let driver: Driver | undefined;
let boltPort = 0;
let httpPort = 0;

const compose = (...args: string[]) => run('docker-compose', ['-p', PROJECT, '-f', join(ROOT, 'docker-compose.yml'), ...args], env, 600000);

beforeAll(async () => {
  [boltPort, httpPort] = await freePair();
  env = {
    ...process.env,
    NEO4J_IMAGE: process.env.NEO4J_IMAGE || 'stancegraph/neo4j:5.26-local',
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HTTP_PORT: String(httpPort),
    NEO4J_PASSWORD: PASSWORD,
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '128m',
  };
  compose('down', '-v'); // what a crashed earlier run left
  const up = compose('up', '-d');
  if (up.status !== 0) throw new Error(`docker-compose up failed (exit ${up.status}):\n${up.stdout}\n${up.stderr}`);
  const uri = `bolt://127.0.0.1:${boltPort}`;
  const deadline = Date.now() + 240000;
  let last = '';
  for (;;) {
    const probe = neo4j.driver(uri, neo4j.auth.basic('neo4j', PASSWORD), { logging: { level: 'error', logger: () => undefined } });
    try {
      await probe.verifyConnectivity();
      break;
    } catch (err) {
      last = (err as Error).message;
    } finally {
      await probe.close();
    }
    if (Date.now() > deadline) {
      const logs = compose('logs', '--tail', '30');
      throw new Error(`Bolt on ${uri} did not answer within 240 s (${last}):\n${logs.stdout}${logs.stderr}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  driver = await openDriver({ uri, username: 'neo4j', password: PASSWORD });
  const statements: Statement[] = [];
  const documents = [];
  for await (const { doc, statements: found } of extractPaths([join(ROOT, 'seeds')])) {
    documents.push({ id: doc.id, path: doc.path, title: doc.title ?? null, author: doc.author ?? null, published: doc.published ?? null });
    statements.push(...found);
  }
  expect(statements.length).toBeGreaterThan(20);
  await applySchema(driver);
  await loadStatements(driver, statements, { documents });
}, 600000);

afterAll(async () => {
  await driver?.close();
  if (env) {
    const down = compose('down', '-v');
    if (down.status !== 0) throw new Error(`docker-compose down -v failed: ${down.stderr}`);
  }
}, 180000);

describe('docker-compose.yml with NEO4J_IMAGE', () => {
  test('the compose service runs NEO4J_IMAGE on the ports from the environment', () => {
    const c = dockerPs(env).filter((r) => r.names === 'stancegraph-neo4j');
    expect(c).toHaveLength(1);
    expect(c[0].image.replace(/^(localhost|docker\.io)\//, '')).toBe((env.NEO4J_IMAGE as string).replace(/^(localhost|docker\.io)\//, ''));
    expect(c[0].ports).toContain(`127.0.0.1:${boltPort}->7687`);
    expect(c[0].ports).toContain(`127.0.0.1:${httpPort}->7474`);
  });

  test('criticism-network-countries: negative ties involving North Korea and Russia', async () => {
    const rows = (await runQuery(driver as Driver, loadQuery('criticism-network-countries'), { limit: 1000 })).rows;
    const ties = rows.map((r) => `${r.critic} -> ${r.target}`);
    expect(ties).toEqual(expect.arrayContaining(['South Korea -> North Korea', 'South Korea -> Russia']));
  });

  test('criticism-network (actors): Sergey Lavrov criticizes the United States', async () => {
    const rows = (await runQuery(driver as Driver, loadQuery('criticism-network'), { limit: 1000 })).rows;
    expect(rows.map((r) => `${r.critic} -> ${r.target}`)).toContain('Sergey Lavrov -> United States');
  });

  test('APOC core (the compose file asks for it with NEO4J_PLUGINS) answers', async () => {
    const { records } = await (driver as Driver).executeQuery('RETURN apoc.version() AS v');
    expect(records[0].get('v')).toMatch(/^5\.26\./);
  });

  test('Neo4j Browser is served on the HTTP port', async () => {
    const res = await fetch(`http://127.0.0.1:${httpPort}/browser/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<title>Neo4j Browser<\/title>/i);
  });
});
