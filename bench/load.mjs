#!/usr/bin/env node
// Benchmark of `stancegraph load` (bench/REPORT.md, "Loading into Neo4j"). Three parts:
//
//  1. memory: the reader, validator and batcher of `load` (both passes, rows built for every batch,
//     no database) over generated statements.jsonl of BENCH_MEM_SIZES statements, each size in a
//     fresh process; peak RSS and rate per size. Shows whether memory stays flat.
//  2. database: `stancegraph load FILE` (the CLI, in a child process) into an empty database at
//     BENCH_DB_SIZES; statements/s and the load process's peak RSS; then the largest file again with
//     one statement dropped from every 10th document and one line cut off (replacement + merge).
//  2b. compare (issue 14): BENCH_COMPARE_ROUNDS rounds, each loading the same synthetic statements
//     (bench/synth/statements.mjs: BENCH_COMPARE_N, ≥ 20 k actors at 1 M) into an empty database three
//     ways, interleaved so machine load hits all three alike: naive (`load --batch-size 1`, one
//     transaction per statement, on the first BENCH_NAIVE_N), live (`load`, the default batches) and
//     bulk (`stancegraph neo4j import`: CSV + neo4j-admin database import + restart + indexes; launcher only).
//  3. wipe: BENCH_WIPE_N statements created in Cypher (60 hub countries, 600 other actors, 50
//     statements per document), then `wipeGraph` (cypher/maintenance/wipe.cypher), timed.
//
//   npm run build && npm run bench:load
//   BENCH_MEM_SIZES=10000,100000 BENCH_DB_SIZES=20000 BENCH_WIPE_N=100000 npm run bench:load
//   BENCH_MEM_SIZES=0 BENCH_DB_SIZES=0 BENCH_WIPE_N=0 BENCH_COMPARE_N=100000 npm run bench:load   # the comparison only
//
// Server: NEO4J_URI (+ NEO4J_USERNAME / NEO4J_PASSWORD) if set — THE BENCH WIPES IT — else the
// project's launcher on free ports with a throw-away home (.neo4j/bench-<pid>) and its default heap
// (768m, NEO4J_HEAP overrides), stopped at the end. Ends with one JSON line of all figures.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchServer } from './neo4j-server.mjs';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
if (!existsSync(join(root, 'dist', 'neo4j', 'index.js'))) {
  console.error('bench:load: build first (npm run build)');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const log = (m) => process.stderr.write(`bench:load: ${m}\n`);
const sizes = (v, d) => String(v || d).split(',').map(Number).filter((n) => n > 0);
const MEM_SIZES = sizes(process.env.BENCH_MEM_SIZES, '10000,100000,500000,1000000,2000000');
const DB_SIZES = sizes(process.env.BENCH_DB_SIZES, '20000,100000');
const WIPE_N = Number(process.env.BENCH_WIPE_N ?? 1000000);
const COMPARE_N = Number(process.env.BENCH_COMPARE_N ?? 100000);
const COMPARE_ROUNDS = Number(process.env.BENCH_COMPARE_ROUNDS || 2);
const NAIVE_N = Number(process.env.BENCH_NAIVE_N || 2000);
const BATCH = Number(process.env.BENCH_BATCH || 10000);
const DATA = process.env.BENCH_DIR || join(tmpdir(), 'stancegraph-bench-load');
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

// Deterministic generator (mulberry32), invented actors: 60 countries, 600 people and organizations.
function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const TYPES = [['CRITICIZE', -1], ['ACCUSE', -1], ['WARN', -1], ['DEMAND', -1], ['REJECT', -1], ['PROTEST', -1], ['SANCTION', -1],
  ['SUPPORT', 1], ['COOPERATE', 1], ['MEET', 1], ['COMMENT', 0]];
function* generate(n, prefix, seed) {
  const r = rng(seed);
  const countries = Array.from({ length: 60 }, (_, i) => ({ id: `country:bench-${i}`, name: `Benchland ${i}`, kind: 'country', country: `Benchland ${i}`, aliases: [`Bench Capital ${i}`] }));
  const people = Array.from({ length: 600 }, (_, i) => {
    const c = countries[i % 60];
    return i % 5 === 0
      ? { id: `organization:bench-org-${i}`, name: `Bench Ministry ${i}`, kind: 'organization', country: c.name }
      : { id: `person:bench-person-${i}`, name: `Person ${i} Benchmark`, kind: 'person', country: c.name, role: 'Minister', aliases: [`Minister ${i}`] };
  });
  const actors = [...countries, ...people];
  const pick = () => actors[Math.floor(r() * r() * actors.length)]; // skewed: some actors speak a lot
  for (let i = 0; i < n; i++) {
    const doc = `${prefix}-doc-${Math.floor(i / 50)}`;
    const actor = pick();
    let target = pick();
    if (target.id === actor.id) target = countries[(i * 7) % 60];
    const [type, polarity] = TYPES[Math.floor(r() * TYPES.length)];
    const day = 1 + (i % 28);
    const text = `Sentence ${i}: ${actor.name} ${type.toLowerCase()}s ${target.name} over "issue ${i % 97}".`;
    yield {
      id: `${prefix}-${i}`, doc, sentence: i % 50, text, actor, type, polarity, target,
      date: `2024-0${1 + (i % 9)}-${String(day).padStart(2, '0')}`,
      ...(i % 3 === 0 ? { quote: `quote number ${i}` } : {}),
      confidence: 0.5 + r() / 2, cue: type.toLowerCase(),
      source: { path: `bench/${doc}.txt`, title: `Bench document ${doc}`, published: '2024-10-01' },
      evidence: { sentenceSpan: { start: 0, end: text.length }, cue: { start: 0, end: 1 }, rules: ['bench/generated'], lexicon: [] },
    };
  }
}

/** statements.jsonl of n generated statements (cached in BENCH_DIR); `edit(i, line)` may change or drop lines. */
async function jsonlFile(n, name = `bench-${n}.jsonl`, edit) {
  mkdirSync(DATA, { recursive: true });
  const path = join(DATA, name);
  if (existsSync(path)) return path;
  const out = createWriteStream(`${path}.part`);
  let i = 0;
  for (const s of generate(n, 'bench', 42)) {
    let line = JSON.stringify(s);
    if (edit) line = edit(i, s, line);
    i++;
    if (line === null) continue;
    if (!out.write(`${line}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  renameSync(`${path}.part`, path);
  return path;
}

function child(args, env = process.env) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [self, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (b) => (out += b));
    p.on('error', reject);
    p.on('close', (code) => {
      const last = out.trim().split('\n').pop();
      try {
        resolve({ code, ...JSON.parse(last) });
      } catch {
        reject(new Error(`child ${args.join(' ')} exited ${code}: ${out.slice(-500)}`));
      }
    });
  });
}

// Child 1: both passes of `load` without a database.
async function readOnly(path) {
  const { LoadPlan } = require('../dist/neo4j/plan.js');
  const { scanJsonl, validRecords } = require('../dist/neo4j/input.js');
  const { CountryIds, actorRows, statementRow, pairsOf } = require('../dist/neo4j/rows.js');
  const t0 = performance.now();
  const plan = new LoadPlan();
  let problems = 0;
  await scanJsonl(path, createReadStream(path), plan, () => problems++);
  const pass1 = performance.now() - t0;
  const ids = new CountryIds([]);
  for (const [k, id] of plan.countryKeys) ids.addKnown(k, id);
  let batch = [];
  let rows = 0;
  const flush = () => {
    const r = batch.map((s) => statementRow(s, ids));
    actorRows(batch, ids);
    pairsOf(r);
    rows += r.length;
    batch = [];
  };
  for await (const s of validRecords(createReadStream(path))) {
    batch.push(s);
    if (batch.length >= BATCH) flush();
  }
  flush();
  const sec = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ lines: plan.valid + plan.bad, valid: plan.valid, rows, problems, documents: plan.docs.size,
    pass1Sec: Number((pass1 / 1000).toFixed(1)), seconds: Number(sec.toFixed(1)), linesPerSec: Math.round(plan.valid / sec), maxRssMb: maxRssMb() }));
}

// Child 2: the CLI's load, in this process (so its peak RSS is the loader's).
async function cliLoad(path, extra = []) {
  const { main } = require('../dist/cli.js');
  let out = '';
  let err = '';
  const t0 = performance.now();
  const code = await main(['load', ...(extra.includes('--batch-size') ? extra : ['--batch-size', String(BATCH), ...extra]), '--max-messages', '5', path], {
    stdin: process.stdin, stdout: { write: (s) => { out += s; return true; } }, stderr: { write: (s) => { err += s; return true; } },
    env: process.env, cwd: process.cwd(),
  });
  const sec = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ exit: code, seconds: Number(sec.toFixed(1)), cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)), maxRssMb: maxRssMb(), out: out.trim(), err: err.trim().split('\n').slice(-3) }));
}

/** `stancegraph neo4j import --replace-database` as a function: bulk import, restart, schema. */
async function neo4jBulk(settings, path) {
  const { bulkImport, openDriver, applySchema, writeAnalyses } = require('../dist/neo4j/index.js');
  return bulkImport(settings, [path], {
    afterStart: async (uri) => {
      const d = await openDriver({ uri, username: settings.username, password: settings.password });
      try {
        await applySchema(d);
        await writeAnalyses(d); // as `stancegraph neo4j import` does
      } finally {
        await d.close();
      }
    },
  });
}

async function main() {
  const { openDriver, applySchema, graphCounts, wipeGraph } = require('../dist/neo4j/index.js');
  const result = { memory: [], db: [], reload: null, wipe: null };

  // 1. Memory of the reader / validator / batcher.
  for (const n of MEM_SIZES) {
    const path = await jsonlFile(n);
    log(`reader+validator+batcher, ${n} statements (${path})…`);
    const r = await child(['--read', path]);
    log(`  ${JSON.stringify(r)}`);
    result.memory.push({ statements: n, ...r });
  }
  if (!DB_SIZES.length && !WIPE_N && !COMPARE_N) return console.log(JSON.stringify(result));

  const server = await benchServer({ name: 'bench', firstPort: 18687, log });
  const { settings, config } = server;
  if (settings) result.server = { heap: settings.heap, pagecache: settings.pagecache };
  const env = { ...process.env, NEO4J_URI: config.uri, NEO4J_USERNAME: config.username, NEO4J_PASSWORD: config.password };
  let driver = await openDriver(config);
  try {
    await wipeGraph(driver);
    await applySchema(driver);

    // 2. Database loads through the CLI.
    for (const n of DB_SIZES) {
      await wipeGraph(driver);
      const path = await jsonlFile(n);
      log(`stancegraph load: ${n} statements into an empty database…`);
      const cpu0 = server.cpuSeconds();
      const r = await child(['--load', path], env);
      const cpu = cpu0 === null ? null : Number((server.cpuSeconds() - cpu0).toFixed(1));
      const counts = await graphCounts(driver);
      if (r.exit !== 0 || counts.statements !== n) throw new Error(`load of ${n}: exit ${r.exit}, ${counts.statements} statements in the graph: ${JSON.stringify(r)}`);
      const load1 = Number(loadavg()[0].toFixed(1));
      log(`  ${r.seconds} s, ${Math.round(n / r.seconds)} statements/s, peak RSS ${r.maxRssMb} MB; server CPU ${cpu} s, client CPU ${r.cpuSeconds} s; load average ${load1}`);
      result.db.push({ statements: n, seconds: r.seconds, statementsPerSec: Math.round(n / r.seconds), serverCpuSeconds: cpu, clientCpuSeconds: r.cpuSeconds, load1, maxRssMb: r.maxRssMb, actors: counts.actors, criticizes: counts.criticizes });
    }

    // Re-load of the largest: statement 7 of every 10th document dropped (those documents are
    // complete: replaced, one statement each deleted), line 105 cut off (its document merged).
    if (DB_SIZES.length) {
      const n = DB_SIZES[DB_SIZES.length - 1];
      const path = await jsonlFile(n, `bench-${n}-v2.jsonl`, (i, s, line) => {
        if (i % 500 === 7) return null;
        if (i === 105) return line.slice(0, 120);
        return line;
      });
      log(`stancegraph load: the ${n} again, one statement dropped in every 10th document, one line cut…`);
      const r = await child(['--load', path], env);
      const counts = await graphCounts(driver);
      const expectRemoved = Math.floor((n - 8) / 500) + 1;
      log(`  exit ${r.exit}, ${r.seconds} s, peak RSS ${r.maxRssMb} MB; ${r.out.split('\n')[0]}`);
      if (r.exit !== 1 || counts.statements !== n - expectRemoved) throw new Error(`re-load: exit ${r.exit}, ${counts.statements} statements, expected ${n - expectRemoved}`);
      result.reload = { statements: n, seconds: r.seconds, maxRssMb: r.maxRssMb, removed: expectRemoved, summary: r.out.split('\n')[0] };
    }

    // 2b. naive / live / bulk, interleaved.
    if (COMPARE_N) {
      const { writeStatementsFile } = await import('./synth/statements.mjs');
      mkdirSync(DATA, { recursive: true });
      const path = join(DATA, `synth-${COMPARE_N}.jsonl`);
      if (!existsSync(path)) await writeStatementsFile(path, { n: COMPARE_N, seed: 42 });
      const naivePath = join(DATA, `synth-${COMPARE_N}-first-${NAIVE_N}.jsonl`);
      if (!existsSync(naivePath)) {
        const { readFileSync, writeFileSync } = await import('node:fs');
        writeFileSync(naivePath, readFileSync(path, 'utf8').split('\n').slice(0, NAIVE_N).join('\n') + '\n');
      }
      const rates = { naive: [], live: [], bulk: [] };
      for (let round = 1; round <= COMPARE_ROUNDS; round++) {
        for (const mode of ['naive', 'live', 'bulk']) {
          if (mode === 'bulk' && !settings) continue;
          let n = mode === 'naive' ? NAIVE_N : COMPARE_N;
          let sec;
          if (mode === 'bulk') {
            await driver.close();
            const t0 = performance.now();
            const r = await neo4jBulk(settings, path);
            sec = (performance.now() - t0) / 1000;
            driver = await openDriver(config);
            log(`  bulk parts: ${JSON.stringify(r)}`);
          } else {
            await wipeGraph(driver);
            await applySchema(driver);
            const args = mode === 'naive' ? ['--batch-size', '1'] : [];
            const cpu0 = server.cpuSeconds();
            const r = await child(['--load', mode === 'naive' ? naivePath : path, ...args], env);
            if (r.exit !== 0) throw new Error(`${mode} load exited ${r.exit}: ${JSON.stringify(r)}`);
            sec = r.seconds;
            // The server's CPU time: on a shared machine the wall time says how much CPU the server got,
            // this says how much the load needed (statements per server CPU-second).
            if (cpu0 !== null) log(`  server CPU ${(server.cpuSeconds() - cpu0).toFixed(1)} s = ${Math.round(n / (server.cpuSeconds() - cpu0))} statements per server CPU-second; client CPU ${r.cpuSeconds} s`);
          }
          const counts = await graphCounts(driver);
          if (counts.statements !== n) throw new Error(`${mode}: ${counts.statements} statements in the graph, expected ${n}`);
          const rate = Math.round(n / sec);
          rates[mode].push(rate);
          log(`compare round ${round}: ${mode.padEnd(5)} ${n} statements in ${sec.toFixed(1)} s = ${rate} statements/s (load average ${loadavg()[0].toFixed(1)})`);
        }
      }
      const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      result.compare = { statements: COMPARE_N, naiveStatements: NAIVE_N, rounds: COMPARE_ROUNDS, rates,
        median: { naive: med(rates.naive), live: med(rates.live), bulk: rates.bulk.length ? med(rates.bulk) : null } };
      log(`compare (median statements/s): ${JSON.stringify(result.compare.median)}`);
    }

    // 3. Wipe at WIPE_N statements.
    if (WIPE_N) {
      await wipeGraph(driver);
      log(`wipe: creating ${WIPE_N} statements in Cypher…`);
      let t0 = performance.now();
      const session = driver.session();
      try {
        await session.run(`UNWIND range(0, 659) AS i
          CREATE (a:Actor {id: 'wipe-actor-' + i, name: 'Wipe Actor ' + i, kind: CASE WHEN i < 60 THEN 'country' ELSE 'person' END})
          WITH a, i WHERE i < 60 SET a:Country`);
        await session.run(`MATCH (a:Actor) UNWIND [toLower(a.name), a.id] AS k MERGE (al:Alias {key: k}) MERGE (al)-[:NAMES]->(a)`);
        await session.run(`MATCH (a:Actor) WHERE NOT a:Country MATCH (c:Country {id: 'wipe-actor-' + (toInteger(substring(a.id, 11)) % 60)}) CREATE (a)-[:OF_COUNTRY]->(c)`);
        await session.run(`UNWIND range(0, $docs - 1) AS d CALL (d) { CREATE (:Document {id: 'wipe-doc-' + d}) } IN TRANSACTIONS OF 10000 ROWS`,
          { docs: require('neo4j-driver').int(Math.ceil(WIPE_N / 50)) });
        await session.run(`UNWIND range(0, $n - 1) AS i
          CALL (i) {
            MATCH (a:Actor {id: 'wipe-actor-' + ((i * 7919) % 660)})
            MATCH (t:Actor {id: 'wipe-actor-' + (i % 60)})
            MATCH (d:Document {id: 'wipe-doc-' + (i / 50)})
            CREATE (a)-[:MADE]->(s:Statement {id: 'wipe-' + i, doc: d.id, actorId: a.id, targetId: t.id, type: 'CRITICIZE',
                    polarity: -1, sentence: i % 50, date: '2024-01-01', text: 'Sentence ' + i + ': Wipe Actor criticized Wipe Actor over issue ' + (i % 97) + '.'})
                   -[:TARGETS]->(t)
            CREATE (s)-[:IN]->(d)
          } IN TRANSACTIONS OF 10000 ROWS`, { n: require('neo4j-driver').int(WIPE_N) });
        await session.run(`MATCH (a:Actor), (t:Country) WHERE a <> t AND (toInteger(substring(a.id, 11)) + toInteger(substring(t.id, 11))) % 3 = 0
          CREATE (a)-[:CRITICIZES {count: 1}]->(t)`);
      } finally {
        await session.close();
      }
      const made = await graphCounts(driver);
      const createSec = (performance.now() - t0) / 1000;
      log(`  created in ${createSec.toFixed(0)} s: ${JSON.stringify(made)}`);
      if (made.statements !== WIPE_N) throw new Error(`expected ${WIPE_N} statements, found ${made.statements}`);
      t0 = performance.now();
      await wipeGraph(driver);
      const wipeSec = (performance.now() - t0) / 1000;
      const left = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
      const nodesLeft = Number(left.records[0].get('n'));
      log(`  wipeGraph: ${wipeSec.toFixed(1)} s, ${nodesLeft} nodes left`);
      if (nodesLeft !== 0) throw new Error(`${nodesLeft} nodes left after the wipe`);
      result.wipe = { statements: WIPE_N, seconds: Number(wipeSec.toFixed(1)), createSeconds: Math.round(createSec),
        relationships: made.made + made.targets + made.in + made.ofCountry + made.criticizes, maxDegree: Math.ceil(WIPE_N / 60) * 2 };
    }
  } finally {
    await driver.close();
    await server.stop();
  }
  console.log(JSON.stringify(result));
}

const [mode, arg] = process.argv.slice(2);
const job = mode === '--read' ? readOnly(arg) : mode === '--load' ? cliLoad(arg, process.argv.slice(4)) : main();
job.catch((err) => {
  console.error(`bench:load: ${err.stack ?? err.message}`);
  process.exitCode = 1;
});
