/** Unreachable server and wrong password: stable codes, one clear line and a hint, non-zero exit. */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli';
import { openDriver } from '../../src/neo4j';
import { FIXTURES, testConfig, useNeo4j } from '../helpers/neo4j';

useNeo4j();

/** A port nothing listens on. */
function deadPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function cli(argv: string[], env: NodeJS.ProcessEnv) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (b) => (out += b));
  stderr.on('data', (b) => (err += b));
  const code = await main(argv, { stdin: new PassThrough(), stdout, stderr, env: { PATH: process.env.PATH, ...env }, cwd: process.cwd() });
  return { code, out, err };
}

describe('Neo4j errors', () => {
  test('unreachable server → E_NEO4J_DOWN with what to do', async () => {
    const port = await deadPort();
    await expect(openDriver({ ...testConfig(), uri: `bolt://127.0.0.1:${port}` })).rejects.toMatchObject({
      code: 'E_NEO4J_DOWN',
      hint: expect.stringContaining('npx stancegraph neo4j start'),
    });
    const r = await cli(['load', join(FIXTURES, 'neo4j-small.jsonl')], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      `stancegraph load: cannot reach Neo4j at bolt://127.0.0.1:${port}`,
      '  hint: start one with `npx stancegraph neo4j start` or `docker compose up -d`',
    ]);
  });

  test('wrong password → E_NEO4J_AUTH, one line and a hint, no stack trace', async () => {
    const config = testConfig();
    await expect(openDriver({ ...config, password: 'definitely-wrong' })).rejects.toMatchObject({ code: 'E_NEO4J_AUTH' });
    const r = await cli(['query', 'top-critics'], { NEO4J_URI: config.uri, NEO4J_PASSWORD: 'also-wrong' });
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`stancegraph query: Neo4j at ${config.uri} rejected user "neo4j": wrong password`);
    expect(lines[1]).toMatch(/^ {2}hint: set NEO4J_PASSWORD/);
    expect(r.err).not.toMatch(/\n\s+at /);
    // Neo4j locks a user for a few seconds after repeated failures: let that pass for the next tests.
    await new Promise((res) => setTimeout(res, 5500));
  }, 30000);
});
