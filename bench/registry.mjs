#!/usr/bin/env node
// Actor registry at scale: one generated article of N lines (two sentences each, ~3,000 distinct invented
// people), extracted at 2,000 and 10,000 lines in fresh processes; prints seconds and peak RSS per size.
//   npm run build && node bench/registry.mjs
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const first = ['Jan', 'Eva', 'Ana', 'Luis', 'Omar', 'Lena', 'Ivan', 'Mira', 'Paul', 'Rosa'];
const last = ['Novak', 'Dupont', 'Vega', 'Lowe', 'Brandt', 'Okafor', 'Silva', 'Kowal', 'Moreau', 'Petrov'];
const states = ['Chile', 'Peru', 'Ghana', 'Norway', 'Japan', 'Kenya', 'Poland', 'Spain'];
let seed = 1;
const rnd = (a) => { seed = (seed * 1103515245 + 12345) % 2147483648; return a[seed % a.length]; };
const dir = mkdtempSync(join(tmpdir(), 'sg-registry-'));
const rows = [];
for (const lines of [2000, 10000]) {
  const out = [];
  for (let i = 0; i < lines; i++) out.push(`Minister ${rnd(first)} ${rnd(last)}${i % 300} criticized ${rnd(states)} on Monday. He said ${rnd(states)} was wrong.`);
  const file = join(dir, `article-${lines}.txt`);
  writeFileSync(file, out.join('\n'));
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'dist', 'cli.js'), 'extract', file, '-o', join(dir, `out-${lines}.jsonl`), '-q'], { encoding: 'utf8' });
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  const rssMb = Math.round(Number(r.stderr.trim().split('\n').pop()) / 1024);
  rows.push({ lines, sec: Math.round(sec * 10) / 10, peakRssMb: rssMb });
  console.log(`${String(lines).padStart(6)} lines  ${sec.toFixed(1).padStart(6)} s  ${rssMb} MB`);
}
console.log(JSON.stringify(rows));
