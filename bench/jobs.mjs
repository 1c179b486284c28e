#!/usr/bin/env node
/**
 * `extract --jobs 2` against `--jobs 1`
 * =====================================
 *
 * The bench corpus of bench/extract.mjs (the seed articles copied to `--mb` MB, each copy a distinct
 * document), extracted by `stancegraph extract --jobs N -o FILE` in a fresh process each time,
 * timed from outside with GNU time (`/usr/bin/time`: wall, user+sys CPU, peak RSS). One warm-up of
 * each, then `--rounds` rounds interleaving the two (1 2, 2 1, …); the speed-up is taken round by
 * round (wall of --jobs 1 / wall of --jobs 2) and reported as median, min and max, with the load
 * average before and after. Also checks that both outputs are byte-identical.
 *
 *   npm run build && node bench/jobs.mjs [--mb 2] [--rounds 5] [--jobs 2]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const targetBytes = Number(arg('--mb', '2')) * 1024 * 1024;
const rounds = Number(arg('--rounds', '5'));
const jobs = Number(arg('--jobs', '2'));

const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'stancegraph-bench-jobs-'));
let bytes = 0;
let n = 0;
while (bytes < targetBytes) {
  const t = `${seeds[n % seeds.length]}\n\nCopy ${n}.\n`;
  writeFileSync(join(dir, `doc-${String(n).padStart(5, '0')}.txt`), t);
  bytes += Buffer.byteLength(t);
  n++;
}
const corpus = join(dir, 'corpus');
rmSync(corpus, { force: true });

function run(j) {
  const out = join(dir, `out-${j}.jsonl`);
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, join(root, 'dist', 'cli.js'), 'extract', dir, '-o', out, '--jobs', String(j), '-q'], { encoding: 'utf8' });
  const [wall, user, sys, rssKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  if (r.status !== 0) throw new Error(`extract --jobs ${j} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu: user + sys, rssMb: Math.round(rssKb / 1024), out };
}

const load0 = loadavg();
run(1); run(jobs); // warm-up (file cache, compiled code)
const one = [];
const many = [];
for (let i = 0; i < rounds; i++) {
  if (i % 2 === 0) { one.push(run(1)); many.push(run(jobs)); } else { many.push(run(jobs)); one.push(run(1)); }
}
const load1 = loadavg();
const same = readFileSync(one[0].out, 'utf8') === readFileSync(many[0].out, 'utf8');
const lines = readFileSync(one[0].out, 'utf8').split('\n').length - 1;
rmSync(dir, { recursive: true, force: true });

const median = (xs) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const r2 = (x) => Math.round(x * 100) / 100;
const speedups = one.map((a, i) => a.wall / many[i].wall);
const result = {
  mb: r2(bytes / 1024 / 1024), documents: n, statements: lines, rounds, jobs,
  jobs1: { wallMedian: r2(median(one.map((x) => x.wall))), wallMin: r2(Math.min(...one.map((x) => x.wall))), cpuMedian: r2(median(one.map((x) => x.cpu))), rssMb: Math.max(...one.map((x) => x.rssMb)) },
  jobsN: { wallMedian: r2(median(many.map((x) => x.wall))), wallMin: r2(Math.min(...many.map((x) => x.wall))), cpuMedian: r2(median(many.map((x) => x.cpu))), rssMb: Math.max(...many.map((x) => x.rssMb)) },
  speedupMedian: r2(median(speedups)), speedupMin: r2(Math.min(...speedups)), speedupMax: r2(Math.max(...speedups)),
  identical: same, load: [load0.map(r2), load1.map(r2)],
};
console.log(`corpus     ${result.mb} MB, ${n} documents, ${lines} statements; ${rounds} rounds after a warm-up, interleaved`);
console.log(`--jobs 1   wall median ${result.jobs1.wallMedian} s (min ${result.jobs1.wallMin}), CPU ${result.jobs1.cpuMedian} s, peak RSS ${result.jobs1.rssMb} MB`);
console.log(`--jobs ${jobs}   wall median ${result.jobsN.wallMedian} s (min ${result.jobsN.wallMin}), CPU ${result.jobsN.cpuMedian} s, peak RSS ${result.jobsN.rssMb} MB`);
console.log(`speed-up   per round: median ${result.speedupMedian}x, min ${result.speedupMin}x, max ${result.speedupMax}x; outputs identical: ${same}`);
console.log(`load       before ${result.load[0].join(' ')}, after ${result.load[1].join(' ')}`);
console.log(JSON.stringify(result));
