#!/usr/bin/env node
/**
 * The graph stage of `stancegraph build` alone, on a statements.jsonl
 * ====================================================================
 *
 * What `build` does after extraction, in the same order and with the same functions: buildGraph
 * from the file read a line at a time, dropUnsignedActors, projectCountries, analyse (actors,
 * states), assignBlocColors, summary.md, actors.gexf / countries.gexf written line by line,
 * report.html from the file read again. After each step: elapsed time, resident memory (RSS) and
 * the live heap after a full GC (run with --expose-gc), so it says what holds memory. Used for the
 * 1 M point when a whole `build` (extraction included) does not fit the time at hand.
 *
 *   npm run build && node --expose-gc bench/graph-stage.mjs STATEMENTS.jsonl OUTDIR
 *   (e.g. statements from bench/synth/statements.mjs --n 1000000: 25,060 actors)
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { buildGraph } = require(`${dist}/graph/build-graph.js`);
const { projectCountries } = require(`${dist}/graph/project-countries.js`);
const { analyse, layoutIterations } = require(`${dist}/graph/analyse.js`);
const { assignSignedDegrees } = require(`${dist}/graph/analyses/signed-degree.js`);
const { assignCriticismPagerank } = require(`${dist}/graph/analyses/centrality.js`);
const { assignBlocs } = require(`${dist}/graph/analyses/communities.js`);
const { assignBalance } = require(`${dist}/graph/analyses/balance.js`);
const { assignLayout } = require(`${dist}/graph/layout.js`);
const { seededRng } = require(`${dist}/graph/rng.js`);
const { dropUnsignedActors } = require(`${dist}/graph/signed-only.js`);
const { assignBlocColors } = require(`${dist}/export/colors.js`);
const { readJsonlSync } = require(`${dist}/export/stream.js`);
const { StatementFile } = require(`${dist}/graph/evidence-store.js`);
const { writeGexfFile } = require(`${dist}/export/gexf.js`);
const { renderSummaryMarkdown, StatementTally, summarize } = require(`${dist}/export/summary.js`);
const { writeReport } = require(`${dist}/report/write-report.js`);

const stepwise = process.argv.includes('--steps');
const [file, out] = process.argv.slice(2).filter((a) => a !== '--steps');
if (!file || !out) { console.error('usage: node --expose-gc bench/graph-stage.mjs [--steps] STATEMENTS.jsonl OUTDIR'); process.exit(2); }
mkdirSync(out, { recursive: true });
const t0 = Date.now();
const rows = [];
const step = (what) => {
  const rss = process.memoryUsage().rss;
  global.gc?.();
  const live = process.memoryUsage().heapUsed;
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const row = { step: what, seconds: Math.round((Date.now() - t0) / 100) / 10, rssMb: Math.round(rss / 1e6), peakRssMb: peakMb, liveHeapMb: Math.round(live / 1e6), load: Math.round(loadavg()[0] * 10) / 10 };
  rows.push(row);
  console.log(`${String(row.seconds).padStart(7)} s  ${what.padEnd(44)} RSS ${row.rssMb} MB (peak so far ${peakMb}), live heap ${row.liveHeapMb} MB (load ${row.load})`);
};
// --steps: a thread samples the process's resident memory (/proc/self/status, VmRSS) every 100 ms and
// keeps the largest sample since the last phase mark, so the layout's phases each get their own peak.
const phasePeak = new Int32Array(new SharedArrayBuffer(4));
if (stepwise) {
  new Worker(`const { workerData: a } = require('node:worker_threads'); const fs = require('node:fs');
    setInterval(() => { const m = /VmRSS:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
      const mb = Math.round(Number(m[1]) / 1024); if (mb > Atomics.load(a, 0)) Atomics.store(a, 0, mb); }, 100);`,
  { eval: true, workerData: phasePeak }).unref();
}
let phaseT = Date.now();
const layoutPhase = (name) => {
  const u = process.memoryUsage();
  const mb = (b) => Math.round(b / 1048576);
  const peak = Atomics.exchange(phasePeak, 0, 0);
  console.log(`           layout: ${name.padEnd(12)} ${String(Math.round((Date.now() - phaseT) / 100) / 10).padStart(6)} s  RSS ${mb(u.rss)} MiB (sampled peak in phase ${peak}), heap ${mb(u.heapUsed)}/${mb(u.heapTotal)} MiB, arrayBuffers ${mb(u.arrayBuffers)} MiB, external ${mb(u.external)} MiB`);
  phaseT = Date.now();
};
const docs = new Map();
const tally = new StatementTally();
function* counted(it) {
  for (const s of it) {
    tally.add(s);
    if (!docs.has(s.doc)) docs.set(s.doc, { id: s.doc, path: s.source?.path, title: s.source?.title, published: s.source?.published });
    yield s;
  }
}
// as build does: samples of evidence kept as references into the file (src/graph/evidence-store.ts)
const evidence = new StatementFile(file);
const actors = buildGraph(counted(evidence), { evidence });
step(`buildGraph: ${actors.order} actors, ${actors.size} ties`);
dropUnsignedActors(actors);
const countries = projectCountries(actors);
step(`projectCountries: ${countries.order} states, ${countries.size} ties`);
// --steps: the actor network's analyses one at a time, as src/graph/analyse.ts runs them (same order
// and seeds), with a row after each, to say which one holds the peak.
const analyseInSteps = (graph, seed) => {
  assignSignedDegrees(graph); step('  signed degrees');
  assignCriticismPagerank(graph); step('  PageRank');
  const blocs = assignBlocs(graph, { rng: seededRng(seed) }); step('  blocs');
  const balance = assignBalance(graph); step('  balance');
  Atomics.store(phasePeak, 0, 0); phaseT = Date.now();
  assignLayout(graph, { rng: seededRng(seed + 1), iterations: layoutIterations(graph), onPhase: layoutPhase }); step('  layout');
  return { blocs, balance };
};
const actorAnalysis = stepwise ? analyseInSteps(actors, 1) : analyse(actors, { seed: 1 });
step('analyse actors (blocs, balance, layout)');
const countryAnalysis = analyse(countries, { seed: 1 });
assignBlocColors(actors, countries);
step('analyse states, colours');
const summary = summarize({ docs: [...docs.values()], tally, actors: { graph: actors, analysis: actorAnalysis }, countries: { graph: countries, analysis: countryAnalysis } });
writeFileSync(join(out, 'summary.md'), renderSummaryMarkdown(summary));
step('summary.md');
writeGexfFile(actors, join(out, 'actors.gexf'), {});
writeGexfFile(countries, join(out, 'countries.gexf'), {});
step('actors.gexf, countries.gexf');
writeReport(join(out, 'report.html'), actors, countries, readJsonlSync(file), [...docs.values()], {});
step('report.html');
const mb = (f) => Math.round(statSync(join(out, f)).size / 1e5) / 10;
const peak = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(`peak RSS ${peak} MB; summary.md ${mb('summary.md')} MB, actors.gexf ${mb('actors.gexf')} MB, countries.gexf ${mb('countries.gexf')} MB, report.html ${mb('report.html')} MB`);
console.log(JSON.stringify({ statements: tally.total, documents: docs.size, actors: actors.order, ties: actors.size, peakRssMb: peak, steps: rows }));
