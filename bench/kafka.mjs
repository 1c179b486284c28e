#!/usr/bin/env node
/**
 * Per-worker throughput of the Kafka route (docs/SCALE.md). Needs `npm run build`, a broker and a Neo4j:
 *
 *   npx stancegraph kafka start && npx stancegraph neo4j start
 *   node bench/kafka.mjs [copies=4] [workers=1,2]
 *
 * Corpus: the seed articles cut into runs of four paragraphs, `copies` times (each copy's title line
 * differs, so no text is a duplicate). For each worker count: publish to fresh topics, run that many
 * `stancegraph worker` processes until the group has committed everything, then one
 * `stancegraph load --from-kafka` into the Neo4j of NEO4J_URI (it writes there: use a throw-away server;
 * the second round replaces the same documents). Prints each worker's and the loader's own summary
 * line, wall times, and the load average.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const copies = Number(process.argv[2] ?? 4);
const counts = (process.argv[3] ?? '1,2').split(',').map(Number);

function run(args) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err += b));
    child.on('exit', (code) => resolve({ code, out, err, ms: Date.now() - t0 }));
  });
}

const work = mkdtempSync(join(tmpdir(), 'stancegraph-kafka-bench-'));
const corpus = join(work, 'corpus');
mkdirSync(corpus);
let docs = 0;
for (let c = 0; c < copies; c++) {
  for (const f of readdirSync(join(ROOT, 'seeds')).filter((x) => x.endsWith('.txt')).sort()) {
    const [header, title, ...body] = readFileSync(join(ROOT, 'seeds', f), 'utf8').split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
    for (let i = 0; i * 4 < body.length; i++) {
      writeFileSync(join(corpus, `${f.replace(/\.txt$/, '')}-c${c}-${i}.txt`), `${header}\n\n${title} (copy ${c}, part ${i + 1})\n\n${body.slice(i * 4, i * 4 + 4).join('\n\n')}\n`);
      docs++;
    }
  }
}
console.log(`corpus: ${docs} documents; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

const one = await run(['extract', corpus, '-o', join(work, 'one.jsonl'), '-q']);
const lines = readFileSync(join(work, 'one.jsonl'), 'utf8').split('\n').filter(Boolean).length;
console.log(`one process (extract): ${lines} statements in ${(one.ms / 1000).toFixed(1)} s = ${(lines / (one.ms / 1000)).toFixed(0)} statements/s (wall, with start-up)`);

for (const n of counts) {
  const id = `bench-${n}-${Date.now()}`;
  const pub = await run(['publish', corpus, '--topic', `articles-${id}`]);
  if (pub.code !== 0) throw new Error(pub.err);
  const t0 = Date.now();
  const workers = await Promise.all(Array.from({ length: n }, () =>
    run(['worker', '--from', `articles-${id}`, '--to', `statements-${id}`, '--group', `w-${id}`, '--exit-when-idle', '3'])));
  const wall = (Date.now() - t0) / 1000 - 3;
  for (const w of workers) process.stdout.write(`  ${w.out.trim()}\n`);
  console.log(`${n} worker(s): ${lines} statements in ${wall.toFixed(1)} s wall (less the 3 s idle wait) = ${(lines / wall).toFixed(0)} statements/s together; load average ${loadavg()[0].toFixed(1)}`);
  const l = await run(['load', '--from-kafka', '--topic', `statements-${id}`, '--group', `l-${id}`, '--exit-when-idle', '3']);
  if (l.code !== 0) throw new Error(l.err);
  console.log(`  loader: ${l.err.trim().split('\n').filter((x) => /loaded/.test(x)).join(' ')}`);
}
rmSync(work, { recursive: true, force: true });
