#!/usr/bin/env node
// Benchmark of `loadStatements` (batched UNWIND, one transaction per batch) against a naive loader
// (one transaction per statement, same queries) on generated statements.
//
//   npm run build && npm run bench:load            # N=100000 by default
//   BENCH_N=20000 BENCH_NAIVE=1000 npm run bench:load
//
// Server: NEO4J_URI (+ NEO4J_USERNAME / NEO4J_PASSWORD) if set — THE BENCH WIPES IT — else the
// project's launcher on free ports with a throw-away home (.neo4j/bench-<pid>), stopped at the end.
// Ends with one JSON line: {"statements", "statementsPerSec", "naivePerSec", "ratio", …}.
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'neo4j', 'index.js'))) {
  console.error('bench:load: build first (npm run build)');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { openDriver, applySchema, loadStatements, graphCounts } = require('../dist/neo4j/index.js');
const launcher = require('../dist/neo4j/launcher/index.js');

const N = Number(process.env.BENCH_N || 100000);
const NAIVE = Number(process.env.BENCH_NAIVE || 500);
const BATCH = Number(process.env.BENCH_BATCH || 2000);
const log = (m) => process.stderr.write(`bench:load: ${m}\n`);

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
function generate(n, prefix, seed) {
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
  const out = [];
  for (let i = 0; i < n; i++) {
    const doc = `${prefix}-doc-${Math.floor(i / 50)}`;
    const actor = pick();
    let target = pick();
    if (target.id === actor.id) target = countries[(i * 7) % 60];
    const [type, polarity] = TYPES[Math.floor(r() * TYPES.length)];
    const day = 1 + (i % 28);
    const text = `Sentence ${i}: ${actor.name} ${type.toLowerCase()}s ${target.name} over "issue ${i % 97}".`;
    out.push({
      id: `${prefix}-${i}`, doc, sentence: i % 50, text, actor, type, polarity, target,
      date: `2024-0${1 + (i % 9)}-${String(day).padStart(2, '0')}`,
      ...(i % 3 === 0 ? { quote: `quote number ${i}` } : {}),
      confidence: 0.5 + r() / 2, cue: type.toLowerCase(),
      source: { path: `bench/${doc}.txt`, title: `Bench document ${doc}`, published: '2024-10-01' },
      evidence: { sentenceSpan: { start: 0, end: text.length }, cue: { start: 0, end: 1 }, rules: ['bench/generated'], lexicon: [] },
    });
  }
  return out;
}

function portFree(port) {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}

async function wipe(driver) {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

async function main() {
  let settings;
  let config;
  if (process.env.NEO4J_URI) {
    config = { uri: process.env.NEO4J_URI, username: process.env.NEO4J_USERNAME || 'neo4j', password: process.env.NEO4J_PASSWORD || 'stancegraph' };
    log(`using NEO4J_URI=${config.uri} (wiped)`);
  } else {
    let bolt = 18687;
    while (!((await portFree(bolt)) && (await portFree(bolt + 1)))) bolt += 10;
    settings = launcher.launcherSettings({
      ...process.env, NEO4J_BOLT_PORT: String(bolt), NEO4J_HTTP_PORT: String(bolt + 1),
      NEO4J_HEAP: process.env.NEO4J_HEAP || '1g', STANCEGRAPH_NEO4J_HOME: join(root, '.neo4j', `bench-${process.pid}`),
    });
    rmSync(settings.homeDir, { recursive: true, force: true });
    const r = await launcher.start(settings, log);
    config = { uri: r.uri, username: settings.username, password: settings.password };
  }
  const driver = await openDriver(config);
  try {
    await wipe(driver);
    await applySchema(driver);

    // Naive: one transaction per statement (the same queries, batch size 1), on a sample.
    const sample = generate(NAIVE, 'naive', 7);
    log(`naive loader: ${NAIVE} statements, one transaction each…`);
    let t0 = performance.now();
    await loadStatements(driver, sample, { batchSize: 1, replaceDocuments: false });
    const naiveSec = (performance.now() - t0) / 1000;
    const naivePerSec = NAIVE / naiveSec;
    log(`naive: ${naiveSec.toFixed(1)} s, ${naivePerSec.toFixed(0)} statements/s`);
    await wipe(driver);

    const statements = generate(N, 'bench', 42);
    log(`batched loader: ${N} statements, ${BATCH} per transaction…`);
    let done = 0;
    let nextReport = 20000;
    t0 = performance.now();
    const summary = await loadStatements(driver, statements, {
      batchSize: BATCH,
      onProgress: (n) => {
        done += n;
        if (done >= nextReport) {
          log(`  ${done} statements, ${(done / ((performance.now() - t0) / 1000)).toFixed(0)}/s`);
          nextReport += 20000;
        }
      },
    });
    const sec = (performance.now() - t0) / 1000;
    const perSec = N / sec;
    const counts = await graphCounts(driver);
    if (counts.statements !== N) throw new Error(`expected ${N} statements in the graph, found ${counts.statements}`);
    // Re-running the same load must change nothing.
    t0 = performance.now();
    await loadStatements(driver, statements, { batchSize: BATCH });
    const rerunSec = (performance.now() - t0) / 1000;
    const again = await graphCounts(driver);
    if (JSON.stringify(again) !== JSON.stringify(counts)) throw new Error('re-run changed the counts');
    log(`batched: ${sec.toFixed(1)} s, ${perSec.toFixed(0)} statements/s; re-run ${rerunSec.toFixed(1)} s, counts unchanged`);
    log(`graph: ${JSON.stringify(counts)}`);
    console.log(JSON.stringify({
      statements: N, statementsPerSec: Math.round(perSec), naivePerSec: Math.round(naivePerSec),
      ratio: Number((perSec / naivePerSec).toFixed(1)), seconds: Number(sec.toFixed(1)), naiveSample: NAIVE,
      batchSize: BATCH, rerunSeconds: Number(rerunSec.toFixed(1)), batches: summary.batches,
    }));
  } finally {
    await driver.close();
    if (settings) {
      await launcher.stop(settings, log);
      rmSync(settings.homeDir, { recursive: true, force: true });
    }
  }
}

main().catch((err) => {
  console.error(`bench:load: ${err.message}`);
  process.exitCode = 1;
});
