#!/usr/bin/env node
// Sentence splitting and extraction on one article with no line break, growing in size: time per
// MB should stay flat (linear time). Builds the text from the dev gold articles (or the seeds),
// joined into a single line. Prints a table, then one JSON line.
//
//   npm run build && npm run bench:sentences [-- --sizes 1,2,5,10,20,50] [-- --extract 0.25,0.5,1]
//        [-- --old DIR --old-sizes 0.1,0.2,0.4 --old-extract 0.25,0.5]   (DIR: another build to compare)
import { readdirSync, readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const list = (s) => (s ? s.split(',').filter(Boolean).map(Number) : []);
const sizes = list(arg('--sizes', '1,2,5,10,20,50'));
const extractSizes = list(arg('--extract', '0.25,0.5,1'));
const oldDir = arg('--old');
const oldSizes = list(arg('--old-sizes', '0.1,0.2,0.4'));
const oldExtract = list(arg('--old-extract', ''));

const goldTexts = join(root, '..', 'shared', 'gold', 'dev', 'texts');
const srcDir = existsSync(goldTexts) ? goldTexts : join(root, 'seeds');
const base = readdirSync(srcDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(srcDir, f), 'utf8')).join(' ').replace(/\s*\n+\s*/g, ' ');
const MB = 1024 * 1024;
const oneLine = (mb) => { let t = ''; while (t.length < mb * MB) t += `${base} `; return t.slice(0, mb * MB); };

function splitRun(build, mb) {
  const { splitSentences } = require(join(build, 'dist', 'text', 'sentences.js'));
  const text = oneLine(mb);
  const t0 = process.hrtime.bigint();
  const s = splitSentences('d', text);
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  return { mb, sec: +sec.toFixed(3), secPerMb: +(sec / mb).toFixed(3), sentences: s.length, maxChars: s.reduce((a, x) => Math.max(a, x.text.length), 0) };
}

function extractRun(build, mb) {
  const dir = mkdtempSync(join(tmpdir(), 'sg-bench-line-'));
  const file = join(dir, 'one-line.txt');
  writeFileSync(file, oneLine(mb));
  const code = `const {main}=require(${JSON.stringify(join(build, 'dist', 'cli.js'))});const t0=Date.now();` +
    `main(['extract',${JSON.stringify(file)},'-q','-o',${JSON.stringify(join(dir, 'st.jsonl'))}],{stdin:process.stdin,stdout:process.stdout,stderr:process.stderr,env:{},cwd:process.cwd()})` +
    `.then(c=>{console.log(JSON.stringify({code:c,sec:(Date.now()-t0)/1000,rss:process.resourceUsage().maxRSS}))})`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 900_000 });
  const out = JSON.parse(r.stdout.trim().split('\n').pop() || '{}');
  const bytes = existsSync(join(dir, 'st.jsonl')) ? readFileSync(join(dir, 'st.jsonl')).length : 0;
  rmSync(dir, { recursive: true, force: true });
  return { mb, sec: out.sec, secPerMb: +(out.sec / mb).toFixed(2), peakRssMb: Math.round((out.rss ?? 0) / 1024), outputMb: +(bytes / MB).toFixed(2) };
}

const results = { split: sizes.map((mb) => splitRun(root, mb)), extract: extractSizes.map((mb) => extractRun(root, mb)) };
if (oldDir) {
  results.oldSplit = oldSizes.map((mb) => splitRun(oldDir, mb));
  results.oldExtract = oldExtract.map((mb) => extractRun(oldDir, mb));
}
const table = (title, rows, cols) => {
  console.log(`\n${title}\n| ${cols.join(' | ')} |\n| ${cols.map(() => '---').join(' | ')} |`);
  for (const r of rows) console.log(`| ${cols.map((c) => r[c]).join(' | ')} |`);
};
console.log(`text: ${srcDir.replace(root + '/', '')} joined into one line`);
table('splitSentences (this build)', results.split, ['mb', 'sec', 'secPerMb', 'sentences', 'maxChars']);
table('stancegraph extract, one file (this build)', results.extract, ['mb', 'sec', 'secPerMb', 'peakRssMb', 'outputMb']);
if (oldDir) {
  table(`splitSentences (${oldDir})`, results.oldSplit, ['mb', 'sec', 'secPerMb', 'sentences', 'maxChars']);
  table(`stancegraph extract, one file (${oldDir})`, results.oldExtract, ['mb', 'sec', 'secPerMb', 'peakRssMb', 'outputMb']);
}
console.log(JSON.stringify(results));
