/**
 * The Cypher library on a 100 k-statement synthetic graph (bench/synth/statements.mjs, seed 42):
 * loaded through the loader's streaming path, its aggregates checked against the statements, and every
 * library query answering within a generous bound (the interactive target, < 100 ms p95 at 1 M on a
 * quiet machine, is measured by `npm run bench:queries`, bench/REPORT.md; this catches a query that
 * stopped using its index or lost its bound). STANCEGRAPH_SCALE_N / STANCEGRAPH_SCALE_BOUND_MS change
 * the size (default 100000) and the bound (default 5000 ms).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoadPlan, applySchema, graphCounts, listQueries, runQuery, scanJsonl, validRecords, writePlan } from '../../src/neo4j';
import { useNeo4j } from '../helpers/neo4j';

const driver = useNeo4j();
const N = Number(process.env.STANCEGRAPH_SCALE_N || 100000);
const BOUND_MS = Number(process.env.STANCEGRAPH_SCALE_BOUND_MS || 5000);
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stancegraph-scale-'));
  const path = join(dir, 'synth.jsonl');
  writeFileSync(path, execFileSync(process.execPath, [join(__dirname, '..', '..', 'bench', 'synth', 'statements.mjs'), '--n', String(N)],
    { maxBuffer: 1 << 30 }));
  await applySchema(driver());
  const plan = new LoadPlan();
  await scanJsonl(path, createReadStream(path), plan, (p) => {
    throw new Error(`generated line rejected: ${JSON.stringify(p)}`);
  });
  await writePlan(driver(), plan, () => validRecords(createReadStream(path)));
}, 1800000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`the Cypher library at ${N} statements`, () => {
  test('the load wrote every statement, and the ties and totals add up to the statements', async () => {
    const counts = await graphCounts(driver());
    expect(counts.statements).toBe(N);
    expect(counts.actors).toBeGreaterThan(N / 40);
    const one = async (cypher: string) => Number((await driver().executeQuery(cypher)).records[0].get(0));
    const negative = await one('MATCH (s:Statement) WHERE s.polarity < 0 RETURN count(s)');
    expect(await one('MATCH ()-[r:CRITICIZES]->() RETURN sum(r.count)')).toBe(negative);
    expect(await one('MATCH (a:Actor) RETURN sum(a.criticismMade)')).toBe(negative);
    expect(await one('MATCH (a:Actor) RETURN sum(a.criticismReceived)')).toBe(negative);
    expect(await one('MATCH ()-[r:SUPPORTS]->() RETURN sum(r.count)')).toBe(await one('MATCH (s:Statement) WHERE s.polarity > 0 RETURN count(s)'));
    // mutual is set on both directions of exactly the pairs criticizing each other.
    expect(await one('MATCH (a)-[r:CRITICIZES]->(b) WHERE (r.mutual IS NOT NULL) <> EXISTS { (b)-[:CRITICIZES]->(a) } RETURN count(r)')).toBe(0);
  });

  test.each(listQueries().map((q) => [q.name, q] as const))(`%s answers within ${BOUND_MS} ms`, async (_name, q) => {
    await runQuery(driver(), q); // warm-up (plan cache, page cache)
    const t0 = performance.now();
    const res = await runQuery(driver(), q, {}, undefined, { timeoutMs: BOUND_MS * 4 });
    const ms = performance.now() - t0;
    expect(res.rows.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
