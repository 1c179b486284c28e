#!/usr/bin/env node
// Syntax benchmark (one core, one process): the seed articles plus the `# text` lines of the
// bundled EWT-test excerpt (test/fixtures/ud), grouped into documents of 20 sentences, are run
// through
//   A. parseText(doc)            sentence split + tokenize + tag + lemmatize + parse
//   B. parse(tokens) per sentence tag + lemmatize + parse on pre-tokenized sentences
//   C. compromise nlp(doc)        the baseline (compromise's own tagging)
// in the same run, interleaved over several rounds after a warm-up round; prints median and min
// of each, then one JSON line.
//
//   npm run build && npm run bench:parse [-- --rounds 7]
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { parseText, parse, tokenize } = require(join(root, 'dist', 'syntax', 'index.js'));
const { splitSentences } = require(join(root, 'dist', 'text', 'sentences.js'));
const nlp = require('compromise');

const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 7;

const docs = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
const ud = readFileSync(join(root, 'test', 'fixtures', 'ud', 'en_ewt-ud-test.first300.conllu'), 'utf8')
  .split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9));
for (let i = 0; i < ud.length; i += 20) docs.push(ud.slice(i, i + 20).join(' '));

const sentences = docs.flatMap((d) => splitSentences('b', d).map((s) => s.text));
const tokenized = sentences.map((s) => tokenize(s));
const nSent = sentences.length;
const nTok = tokenized.reduce((a, t) => a + t.length, 0);

const runs = { parseText: [], parse: [], compromise: [] };
const cpu = { parseText: [], parse: [], compromise: [] };
let lastCpu = 0;
// Wall-clock seconds; the process's CPU seconds (user + system) of the same call go to lastCpu.
// On a shared machine the CPU time is the steadier figure: waiting for a core is not counted.
function time(fn) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  lastCpu = (c.user + c.system) / 1e6;
  return wall;
}
const A = () => { for (const d of docs) parseText(d); };
const B = () => { for (const t of tokenized) parse(t); };
const C = () => { for (const d of docs) nlp(d).json(); };
// warm-up (also loads the model and compromise)
A(); B(); C();
for (let r = 0; r < ROUNDS; r++) {
  runs.parseText.push(time(A)); cpu.parseText.push(lastCpu);
  runs.parse.push(time(B)); cpu.parse.push(lastCpu);
  runs.compromise.push(time(C)); cpu.compromise.push(lastCpu);
}
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const result = {};
console.log(`corpus  ${docs.length} documents, ${nSent} sentences, ${nTok} tokens; ${ROUNDS} rounds after warm-up; node ${process.version}`);
console.log('              wall clock: sentences/s (median / best)  tokens/s (median / best)   CPU time: sentences/s (median)  tokens/s (median)');
for (const [k, v] of Object.entries(runs)) {
  const med = median(v), min = Math.min(...v), cmed = median(cpu[k]);
  result[k] = {
    sentPerSecMedian: Math.round(nSent / med), sentPerSecBest: Math.round(nSent / min),
    tokPerSecMedian: Math.round(nTok / med), tokPerSecBest: Math.round(nTok / min),
    cpuSentPerSecMedian: Math.round(nSent / cmed), cpuTokPerSecMedian: Math.round(nTok / cmed),
    secMedian: +med.toFixed(3), secMin: +min.toFixed(3),
  };
  const r = result[k];
  console.log(`${k.padEnd(12)}  ${String(r.sentPerSecMedian).padStart(10)} / ${String(r.sentPerSecBest).padEnd(10)}      ${String(r.tokPerSecMedian).padStart(8)} / ${String(r.tokPerSecBest).padEnd(8)}              ${String(r.cpuSentPerSecMedian).padStart(8)}           ${r.cpuTokPerSecMedian}`);
}
console.log(JSON.stringify({ sentences: nSent, tokens: nTok, rounds: ROUNDS, ...result }));
