#!/usr/bin/env node
// Extraction benchmark: builds a corpus of at least 5 MB from the seed articles (each copy a
// separate document), streams it through the built extractor (one thread), and tags the same text
// with compromise's bare nlp(text) as the baseline: one warm-up of each, then `--rounds` rounds
// with the two sides interleaved (A B, B A, …); medians, minimum and the ratio round by round.
// Prints a table, then one JSON line. (`--jobs` speed-up: bench/jobs.mjs.)
//
//   npm run build && npm run bench:extract [-- --mb 5 --rounds 5]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// the V8 flags `stancegraph extract` sets (src/workers/jit.ts), so the bench runs what the command runs
require(join(root, 'dist', 'workers', 'jit.js')).tuneJitForExtraction();
const { extractPaths } = require(join(root, 'dist', 'pipeline.js'));
const { splitSentences } = require(join(root, 'dist', 'text', 'sentences.js'));
const nlp = require('compromise');

const mbArg = process.argv.indexOf('--mb');
const targetBytes = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 5) * 1024 * 1024;

const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'stancegraph-bench-'));
let bytes = 0;
let n = 0;
const texts = [];
while (bytes < targetBytes) {
  // each copy a distinct document: identical texts are read once (ingest/duplicate)
  const t = `${seeds[n % seeds.length]}\n\nCopy ${n}.\n`;
  writeFileSync(join(dir, `doc-${String(n).padStart(5, '0')}.txt`), t);
  texts.push(t);
  bytes += Buffer.byteLength(t);
  n++;
}
const sentences = texts.reduce((a, t, i) => a + splitSentences(`d${i}`, t).length, 0);
const words = texts.reduce((a, t) => a + (t.match(/\S+/g)?.length ?? 0), 0);

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5;

let peak = process.memoryUsage().rss;
const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);

/** A: the extractor over the corpus (streamed, document by document). */
async function runExtract() {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let statements = 0;
  for await (const r of extractPaths([dir])) statements += r.statements.length;
  const c = process.cpuUsage(c0);
  return { sec: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6, statements };
}
/** B: compromise's bare nlp(text) on the same texts. */
function runCompromise() {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const t of texts) nlp(t);
  const c = process.cpuUsage(c0);
  return { sec: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 };
}

// Warm-up (model, lexicons, compromise, JIT), not counted; then rounds A B, B A, … interleaved so a
// drift in machine speed hits both sides; the ratio is taken round by round.
const load0 = loadavg()[0];
await runExtract();
runCompromise();
const A = [];
const B = [];
let statements = 0;
for (let i = 0; i < rounds; i++) {
  if (i % 2 === 0) { const a = await runExtract(); statements = a.statements; A.push(a); B.push(runCompromise()); }
  else { B.push(runCompromise()); const a = await runExtract(); statements = a.statements; A.push(a); }
}
const load1 = loadavg()[0];
clearInterval(sample);
rmSync(dir, { recursive: true, force: true });

const median = (xs) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const min = (xs) => Math.min(...xs);
const max = (xs) => Math.max(...xs);
const ratios = A.map((a, i) => B[i].sec / a.sec); // > 1: the extractor is faster than bare compromise
const cpuRatios = A.map((a, i) => B[i].cpu / a.cpu);
const r2 = (x) => Math.round(x * 100) / 100;
const result = {
  rounds,
  sentencesPerSecMedian: Math.round(sentences / median(A.map((a) => a.sec))),
  sentencesPerSecBest: Math.round(sentences / min(A.map((a) => a.sec))),
  wordsPerSecMedian: Math.round(words / median(A.map((a) => a.sec))),
  baselineWordsPerSecMedian: Math.round(words / median(B.map((b) => b.sec))),
  ratioMedian: r2(median(ratios)),
  ratioMin: r2(min(ratios)),
  ratioMax: r2(max(ratios)),
  cpuRatioMedian: r2(median(cpuRatios)),
  peakRssMb: Math.round(peak / 1024 / 1024),
  load: [r2(load0), r2(load1)],
};
const f = (xs) => `median ${median(xs).toFixed(1)} s, min ${min(xs).toFixed(1)} s, max ${max(xs).toFixed(1)} s`;
console.log(`corpus        ${(bytes / 1024 / 1024).toFixed(1)} MB, ${n} documents, ${sentences} sentences, ${words} words`);
console.log(`rounds        1 warm-up + ${rounds}, interleaved (A B, B A, …); load average ${result.load.join(' → ')}`);
console.log(`extraction    ${f(A.map((a) => a.sec))}; ${result.sentencesPerSecMedian} sentences/s median, ${statements} statements`);
console.log(`compromise    ${f(B.map((b) => b.sec))}; bare nlp(text), same texts`);
console.log(`ratio         compromise time / extraction time, per round: median ${result.ratioMedian}x, min ${result.ratioMin}x, max ${result.ratioMax}x (CPU time: median ${result.cpuRatioMedian}x)`);
console.log(`peak RSS      ${result.peakRssMb} MB`);
console.log(JSON.stringify(result));
