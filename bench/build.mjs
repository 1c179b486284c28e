#!/usr/bin/env node
/**
 * `stancegraph build` end to end at 10 k, 100 k and 1 M statements
 * ================================================================
 *
 * For each size: a synthetic corpus (bench/synth/articles.mjs, seeded, invented names; written
 * once to bench/.corpus/), then `stancegraph build` on it in a fresh process under GNU time
 * (`/usr/bin/time -v`: wall clock and peak RSS of the whole process, worker threads included),
 * then checks of every output: statements.jsonl parses line by line, summary.md is there, and
 * actors.gexf / countries.gexf are valid GEXF 1.3 against the official RELAX NG schema
 * (schemas/gexf-1.3, xmllint-wasm). A large GEXF is validated in slices: the file's own header
 * and footer around every run of 5,000 nodes or edges, so every element is checked against the
 * schema without holding the whole document in the validator. report.html must hold its data
 * (the JSON in <script id="report-data"> parses; nodes, ties and statements drawn are counted).
 * While the build runs, the resident memory of its process is sampled every 2 s (/proc, VmRSS),
 * and the largest sample of each of its stages (it prints them with --progress-stages) is kept, so
 * the report says which stage holds the memory.
 *
 *   npm run build && node bench/build.mjs [--sizes 10000,100000,1000000] [--jobs 2] [--keep] [--cli PATH]
 *   (--cli: another build's dist/cli.js, e.g. a worktree of the base commit, for a before/after pair)
 *
 * Prints a table and one JSON line; figures go into bench/REPORT.md by hand.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { generateArticles } from './synth/articles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const sizes = arg('--sizes', '10000,100000,1000000').split(',').map(Number);
const jobs = Number(arg('--jobs', String(availableParallelism())));
const keep = process.argv.includes('--keep');
const cli = arg('--cli', join(root, 'dist', 'cli.js'));
const SENTENCES = 40;

async function corpus(statements) {
  const dir = join(root, 'bench', '.corpus');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `synth-${statements}.jsonl`);
  if (existsSync(file)) return file;
  const articles = Math.ceil(statements / (0.85 * SENTENCES));
  const actors = Math.max(1000, Math.round(articles * SENTENCES * 0.025));
  const out = createWriteStream(file);
  for (const a of generateArticles({ articles, actors, sentences: SENTENCES, seed: 1 })) {
    if (!out.write(`${JSON.stringify(a)}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return file;
}

const schema = (name) => ({ fileName: name, contents: readFileSync(join(root, 'schemas', 'gexf-1.3', name), 'utf8') });

async function validateSlice(name, xml) {
  const r = await validateXML({
    xml: [{ fileName: name, contents: xml }], schema: [schema('gexf.rng')], preload: [schema('dynamics.rng'), schema('viz.rng')],
    extension: 'relaxng', maxMemoryPages: Math.min(65536, 256 + Math.ceil((xml.length * 16) / 65536)),
  });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage);
}

/** Validates a GEXF file written by stancegraph (one element start per line) in slices of `per` elements. */
async function validateGexfSliced(file, per = 5000) {
  let head = [];
  let section = 'head'; // head | nodes | edges | tail
  let buf = [];
  let elements = 0;
  let slices = 0;
  const errors = [];
  let nodesOpen = '';
  const flush = async () => {
    if (!buf.length) return;
    const body = section === 'nodes'
      ? [nodesOpen.replace(/ count="\d+"/, ''), ...buf, '    </nodes>', '    <edges/>']
      : ['    <nodes/>', '    <edges>', ...buf, '    </edges>'];
    const xml = [...head, ...body, '  </graph>', '</gexf>'].join('\n');
    errors.push(...(await validateSlice(`${file}#${slices}`, xml)));
    slices++;
    buf = [];
  };
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let sawEnd = false;
  for await (const line of rl) {
    const t = line.trim();
    if (section === 'head') {
      if (t.startsWith('<nodes')) { section = 'nodes'; nodesOpen = line; continue; }
      head.push(line);
    } else if (section === 'nodes') {
      if (t === '</nodes>') { await flush(); section = 'between'; continue; }
      if (t.startsWith('<node ') && buf.length >= per * 0 && elements % per === 0 && buf.length) await flush();
      if (t.startsWith('<node ')) elements++;
      buf.push(line);
    } else if (section === 'between') {
      if (t.startsWith('<edges')) { section = 'edges'; continue; }
    } else if (section === 'edges') {
      if (t === '</edges>') { await flush(); section = 'tail'; continue; }
      if (t.startsWith('<edge ') && elements % per === 0 && buf.length) await flush();
      if (t.startsWith('<edge ')) elements++;
      buf.push(line);
    } else if (t === '</gexf>') sawEnd = true;
  }
  if (!sawEnd) errors.push('no </gexf> at the end');
  if (section !== 'tail') errors.push(`ended inside ${section}`);
  // an empty network: the whole file at once
  if (!slices) errors.push(...(await validateSlice(file, readFileSync(file, 'utf8'))));
  return { ok: errors.length === 0, elements, slices, errors: errors.slice(0, 5) };
}

async function countLines(file) {
  let n = 0;
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) { if (line) { JSON.parse(line); n++; } }
  return n;
}

if (process.argv.includes('--validate')) {
  // node bench/build.mjs --validate FILE.gexf: the sliced schema check alone
  const v = await validateGexfSliced(arg('--validate'));
  console.log(JSON.stringify(v));
  process.exit(v.ok ? 0 : 1);
}

const rows = [];
for (const size of sizes) {
  const input = await corpus(size);
  const out = mkdtempSync(join(tmpdir(), `sg-bench-build-${size}-`));
  const load0 = loadavg()[0];
  const child = spawn('/usr/bin/time', ['-v', process.execPath, cli, 'build', input, '--out-dir', out, '--jobs', String(jobs), '-q', '--json'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STANCEGRAPH_STAGES: '1' } });
  const r = { stdout: '', stderr: '', status: null };
  child.stdout.on('data', (d) => { r.stdout += d; });
  const stages = []; // [{ stage, at, rssMb }]
  child.stderr.on('data', (d) => {
    r.stderr += d;
    for (const m of String(d).matchAll(/^stancegraph build: stage (\S+)/gm)) stages.push({ stage: m[1], at: Date.now(), rssMb: 0 });
  });
  const t0 = Date.now();
  const sampler = setInterval(() => {
    // the node process under /usr/bin/time
    try {
      const kids = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      for (const k of kids) {
        const kb = Number(readFileSync(`/proc/${k}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
        const cur = stages[stages.length - 1] ?? (stages.push({ stage: 'start', at: t0, rssMb: 0 }), stages[0]);
        cur.rssMb = Math.max(cur.rssMb, Math.round(kb / 1024));
      }
    } catch { /* ended */ }
  }, 2000);
  r.status = await new Promise((res) => child.on('close', res));
  clearInterval(sampler);
  const load1 = loadavg()[0];
  const wall = r.stderr.match(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/)?.[1] ?? '?';
  const sec = wall.split(':').reduce((a, x) => a * 60 + Number(x), 0);
  const rssMb = Math.round(Number(r.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? 0) / 1024);
  const cpu = Number(r.stderr.match(/User time \(seconds\): (\S+)/)?.[1] ?? 0) + Number(r.stderr.match(/System time \(seconds\): (\S+)/)?.[1] ?? 0);
  let summary = {};
  try { summary = JSON.parse(r.stdout); } catch { /* reported below */ }
  const statements = existsSync(join(out, 'statements.jsonl')) ? await countLines(join(out, 'statements.jsonl')) : 0;
  const actorsGexf = existsSync(join(out, 'actors.gexf')) ? await validateGexfSliced(join(out, 'actors.gexf')) : { ok: false, errors: ['missing'] };
  const countriesGexf = existsSync(join(out, 'countries.gexf')) ? await validateGexfSliced(join(out, 'countries.gexf')) : { ok: false, errors: ['missing'] };
  let report = { ok: false };
  if (existsSync(join(out, 'report.html'))) {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const m = html.match(/<script id="report-data" type="application\/json">([\s\S]*?)<\/script>/);
    try {
      const d = JSON.parse(m[1]);
      report = { ok: true, nodes: d.actors.nodes.length, ofNodes: d.actors.total?.nodes, ties: d.actors.edges.length, ofTies: d.actors.total?.edges, statementsListed: d.statements.length, perTie: d.generated.perTie };
    } catch (err) { report = { ok: false, error: String(err).slice(0, 200) }; }
  }
  const mb = (f) => (existsSync(join(out, f)) ? Math.round(statSync(join(out, f)).size / 1e5) / 10 : null);
  const row = {
    target: size, exit: r.status, statements, documents: summary.counts?.documents,
    actors: summary.actors?.nodes ?? summary.actors?.actors, seconds: Math.round(sec * 10) / 10, cpuSeconds: Math.round(cpu), peakRssMb: rssMb,
    files: { statementsMb: mb('statements.jsonl'), actorsGexfMb: mb('actors.gexf'), countriesGexfMb: mb('countries.gexf'), summaryMb: mb('summary.md') },
    actorsGexf: { ok: actorsGexf.ok, elements: actorsGexf.elements, errors: actorsGexf.errors },
    countriesGexf: { ok: countriesGexf.ok, elements: countriesGexf.elements, errors: countriesGexf.errors },
    files2: { reportMb: existsSync(join(out, 'report.html')) ? Math.round(statSync(join(out, 'report.html')).size / 1e5) / 10 : null },
    report, stages: stages.map((x, i) => ({ stage: x.stage, seconds: Math.round(((stages[i + 1]?.at ?? Date.now()) - x.at) / 100) / 10, rssMb: x.rssMb })),
    summaryOk: existsSync(join(out, 'summary.md')), load: [Math.round(load0 * 10) / 10, Math.round(load1 * 10) / 10], jobs,
  };
  if (r.status !== 0) row.stderr = r.stderr.split('\n').filter((l) => !/^\t/.test(l)).slice(-5).join('\n');
  rows.push(row);
  console.log(`  stages: ${row.stages.map((x) => `${x.stage} ${x.seconds} s ≤${x.rssMb} MB`).join(', ')}`);
  console.log(`${size}: ${statements} statements, ${row.actors} actors, ${row.seconds} s wall (${row.cpuSeconds} s CPU), peak RSS ${rssMb} MB, ` +
    `actors.gexf ${row.files.actorsGexfMb} MB ${actorsGexf.ok ? 'valid' : `INVALID ${actorsGexf.errors}`}, countries.gexf ${countriesGexf.ok ? 'valid' : 'INVALID'}, report.html ${row.files2.reportMb} MB ${report.ok ? `(${report.nodes} of ${report.ofNodes} actors drawn)` : 'INVALID'}, load ${row.load.join('→')}, exit ${r.status}`);
  if (!keep) rmSync(out, { recursive: true, force: true });
  else console.log(`  kept ${out}`);
}
console.log(JSON.stringify(rows));
