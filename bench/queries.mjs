#!/usr/bin/env node
// Query benchmark (issue 14; bench/REPORT.md, "The Cypher library at scale"): loads BENCH_QUERY_SIZES
// synthetic statements (bench/synth/statements.mjs, seed 42: 60 countries and n/40 invented actors)
// and runs every query of cypher/queries/ with its file's parameters, BENCH_QUERY_RUNS times after two
// warm-up runs, printing p50 / p95 / max and the database hits of one PROFILEd run per query and size, after
// the floor of the machine (`RETURN 1`), and one JSON line of everything at the end.
//
//   npm run build && npm run bench:queries
//   BENCH_QUERY_SIZES=10000,100000 BENCH_QUERY_RUNS=20 npm run bench:queries
//   BENCH_QUERY_SIZES=0 NEO4J_URI=bolt://… npm run bench:queries     # time the graph that is there, load nothing
//   BENCH_QUERY_LOAD=live|bulk                                        # how to load (bulk: empty database only)
//
// Server: NEO4J_URI (+ NEO4J_USERNAME / NEO4J_PASSWORD) if set — THE BENCH WIPES IT when it loads — else the
// project's launcher on free ports with a throw-away home (.neo4j/bench-q-<pid>) and its default memory.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchServer } from './neo4j-server.mjs';
import { writeStatementsFile } from './synth/statements.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'neo4j', 'index.js'))) {
  console.error('bench:queries: build first (npm run build)');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const neo = require('../dist/neo4j/index.js');
const log = (m) => process.stderr.write(`bench:queries: ${m}\n`);
const SIZES = String(process.env.BENCH_QUERY_SIZES ?? '10000,100000,1000000').split(',').map(Number).filter((n) => n >= 0);
const RUNS = Number(process.env.BENCH_QUERY_RUNS || 20);
const DATA = process.env.BENCH_DIR || join(tmpdir(), 'stancegraph-bench-queries');
const MODE = process.env.BENCH_QUERY_LOAD || 'live';

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Database hits of one run (PROFILE, summed over the plan): what a query reads, whatever the machine's load. */
async function dbHits(driver, q) {
  const neo4j = require('neo4j-driver');
  const params = Object.fromEntries(Object.entries(q.params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
  const r = await driver.executeQuery(`PROFILE ${q.cypher}`, params, { routing: 'READ' });
  const sum = (p) => Number(p.dbHits) + p.children.reduce((a, c) => a + sum(c), 0);
  return sum(r.summary.profile);
}

/** p50 / p95 / max (and db hits) of every library query on the graph as it is. */
export async function timeQueries(driver, runs = RUNS) {
  const out = [];
  // The machine's floor: a query that reads nothing. On a shared machine (load average 20+) this alone
  // takes tens of ms at p95 — read the library's figures against it.
  {
    const times = [];
    for (let i = 0; i < runs + 2; i++) {
      const t0 = performance.now();
      await driver.executeQuery('RETURN 1', {}, { routing: 'READ' });
      if (i >= 2) times.push(performance.now() - t0);
    }
    const row = { query: '(RETURN 1)', rows: 1, p50: Math.round(pct(times, 50)), p95: Math.round(pct(times, 95)), max: Math.round(Math.max(...times)) };
    log(`  ${row.query.padEnd(30)} p50 ${row.p50} ms  p95 ${row.p95} ms  max ${row.max} ms  (the floor: reads nothing)`);
    out.push(row);
  }
  for (const q of neo.listQueries()) {
    const times = [];
    let rows = 0;
    let error;
    try {
      for (let i = 0; i < runs + 2; i++) {
        const t0 = performance.now();
        const r = await neo.runQuery(driver, q, {}, undefined, { timeoutMs: 120000 });
        const ms = performance.now() - t0;
        rows = r.rows.length;
        if (i >= 2) times.push(ms);
      }
    } catch (err) {
      error = `${err.code ?? ''} ${String(err.message).split('\n')[0]}`.trim();
    }
    const row = error ? { query: q.name, error } : {
      query: q.name, rows, p50: Math.round(pct(times, 50)), p95: Math.round(pct(times, 95)), max: Math.round(Math.max(...times)),
      dbHits: await dbHits(driver, q),
    };
    log(`  ${q.name.padEnd(30)} ${error ? error : `p50 ${row.p50} ms  p95 ${row.p95} ms  max ${row.max} ms  (${rows} rows, ${row.dbHits} db hits)`}`);
    out.push(row);
  }
  return out;
}

async function main() {
  const server = await benchServer({ name: 'bench-q', firstPort: 18787, log });
  const { settings, config } = server;
  const result = { runs: RUNS, load: MODE, sizes: [] };
  let driver = await neo.openDriver(config);
  try {
    for (const n of SIZES) {
      if (n > 0) {
        mkdirSync(DATA, { recursive: true });
        const path = join(DATA, `synth-${n}.jsonl`);
        if (!existsSync(path)) await writeStatementsFile(path, { n, seed: 42 });
        const t0 = performance.now();
        if (MODE === 'bulk') {
          if (!settings) throw new Error('BENCH_QUERY_LOAD=bulk needs the launcher (unset NEO4J_URI)');
          await driver.close();
          const r = await neo.bulkImport(settings, [path], { log, afterStart: async () => {
            driver = await neo.openDriver(config);
            await neo.applySchema(driver);
            await neo.writeAnalyses(driver); // as `stancegraph neo4j import` does
          } });
          log(`  bulk: CSV ${r.csvSeconds} s, neo4j-admin import ${r.importSeconds} s, start + schema ${r.startSeconds} s`);
          Object.assign(result, { [`bulk${n}`]: r });
        } else {
          await neo.wipeGraph(driver);
          await neo.applySchema(driver);
          const plan = new neo.LoadPlan();
          await neo.scanJsonl(path, (await import('node:fs')).createReadStream(path), plan, () => undefined);
          await neo.writePlan(driver, plan, () => neo.validRecords((require('node:fs')).createReadStream(path)));
        }
        const sec = (performance.now() - t0) / 1000;
        log(`${n} statements loaded (${MODE}) in ${sec.toFixed(0)} s: ${Math.round(n / sec)} statements/s`);
        result.sizes.push({ statements: n, loadSeconds: Math.round(sec), loadRate: Math.round(n / sec) });
      } else result.sizes.push({ statements: (await neo.graphCounts(driver)).statements });
      const cur = result.sizes[result.sizes.length - 1];
      cur.load1 = Number((await import('node:os')).loadavg()[0].toFixed(1));
      log(`timing ${neo.listQueries().length} queries at ${cur.statements} statements, ${RUNS} runs each (load average ${cur.load1})…`);
      cur.queries = await timeQueries(driver);
    }
  } finally {
    await driver.close();
    await server.stop();
  }
  console.log(JSON.stringify(result));
}

main().catch((err) => {
  console.error(`bench:queries: ${err.stack ?? err.message}`);
  process.exitCode = 1;
});
