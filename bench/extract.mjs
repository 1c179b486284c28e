#!/usr/bin/env node
// Extraction benchmark: builds a corpus of at least 5 MB from the seed articles (each copy a
// separate document), streams it through the built extractor, and in the same run tags the same
// text with compromise's bare nlp(text) as the baseline. Prints a table, then one JSON line.
//
//   npm run build && npm run bench:extract [-- --mb 5]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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

let peak = process.memoryUsage().rss;
const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);

let t0 = process.hrtime.bigint();
let statements = 0;
for await (const r of extractPaths([dir])) statements += r.statements.length;
const extractSec = Number(process.hrtime.bigint() - t0) / 1e9;
peak = Math.max(peak, process.memoryUsage().rss);
const extractPeak = peak;

t0 = process.hrtime.bigint();
for (const t of texts) nlp(t);
const baseSec = Number(process.hrtime.bigint() - t0) / 1e9;
clearInterval(sample);
rmSync(dir, { recursive: true, force: true });

const result = {
  sentencesPerSec: Math.round(sentences / extractSec),
  wordsPerSec: Math.round(words / extractSec),
  peakRssMb: Math.round(extractPeak / 1024 / 1024),
  baselineWordsPerSec: Math.round(words / baseSec),
  ratio: Math.round(((words / extractSec) / (words / baseSec)) * 100) / 100,
};
console.log(`corpus        ${(bytes / 1024 / 1024).toFixed(1)} MB, ${n} documents, ${sentences} sentences, ${words} words`);
console.log(`extraction    ${extractSec.toFixed(1)} s, ${result.sentencesPerSec} sentences/s, ${result.wordsPerSec} words/s, ${statements} statements`);
console.log(`peak RSS      ${result.peakRssMb} MB (during extraction)`);
console.log(`compromise    ${baseSec.toFixed(1)} s, ${result.baselineWordsPerSec} words/s (bare nlp(text), same text)`);
console.log(`ratio         ${result.ratio}x of bare compromise tagging`);
console.log(JSON.stringify(result));
