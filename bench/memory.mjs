#!/usr/bin/env node
// Memory and time of `stancegraph build` (and `extract`) at 1×, 10× and 100× a corpus: the dev
// gold texts and the seed articles, each copy a distinct document (a line "Copy N." appended, so
// that duplicate detection does not fold them). Each run is a fresh process; its peak RSS is
// process.resourceUsage().maxRSS at the end. Prints a table, then one JSON line.
//
//   npm run build && npm run bench:memory [-- --scales 1,10,100] [-- --old DIR]  (DIR: another build)
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const scales = arg('--scales', '1,10,100').split(',').map(Number);
const oldDir = arg('--old');
const commands = arg('--commands', 'build,extract').split(',');

const sources = [join(root, '..', 'shared', 'gold', 'dev', 'texts'), join(root, 'seeds')].filter(existsSync);
const texts = sources.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(d, f), 'utf8') })));

function corpus(scale) {
  const dir = mkdtempSync(join(tmpdir(), `sg-bench-mem-${scale}x-`));
  let bytes = 0;
  for (let k = 0; k < scale; k++) {
    const sub = join(dir, `copy-${String(k).padStart(3, '0')}`);
    mkdirSync(sub);
    for (const t of texts) {
      const body = `${t.text}\n\nCopy ${k}.\n`;
      writeFileSync(join(sub, `${t.name}.txt`), body);
      bytes += Buffer.byteLength(body);
    }
  }
  return { dir, bytes, docs: scale * texts.length };
}

function run(build, argv) {
  const code = `const {main}=require(${JSON.stringify(join(build, 'dist', 'cli.js'))});const t0=Date.now();` +
    `main(${JSON.stringify(argv)},{stdin:process.stdin,stdout:{write(){return true},on(){},once(){},off(){}},stderr:process.stderr,env:{},cwd:process.cwd()})` +
    `.then(c=>{console.log(JSON.stringify({code:c,sec:(Date.now()-t0)/1000,rss:process.resourceUsage().maxRSS}))})`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 1_800_000, maxBuffer: 1 << 26 });
  const line = (r.stdout ?? '').trim().split('\n').pop();
  try { return JSON.parse(line); } catch { return { code: r.status, error: (r.stderr ?? '').slice(-300) }; }
}

const rows = [];
for (const scale of scales) {
  const c = corpus(scale);
  for (const [label, build] of [['this build', root], ...(oldDir ? [[oldDir, oldDir]] : [])]) {
    for (const cmd of commands) {
      const out = mkdtempSync(join(tmpdir(), 'sg-bench-out-'));
      const argv = cmd === 'build' ? ['build', c.dir, '--out-dir', out] : ['extract', c.dir, '-q', '-o', join(out, 'statements.jsonl')];
      const r = run(build, argv);
      const st = join(out, 'statements.jsonl');
      const statements = existsSync(st) ? readFileSync(st, 'utf8').split('\n').filter(Boolean).length : 0;
      const outMb = existsSync(st) ? statSync(st).size / 1048576 : 0;
      rows.push({ build: label, command: cmd, scale, docs: c.docs, inputMb: +(c.bytes / 1048576).toFixed(2), statements, sec: r.sec, mbPerSec: r.sec ? +((c.bytes / 1048576) / r.sec).toFixed(2) : null, peakRssMb: r.rss ? Math.round(r.rss / 1024) : null, statementsMb: +outMb.toFixed(1), exit: r.code, ...(r.error ? { error: r.error } : {}) });
      rmSync(out, { recursive: true, force: true });
      console.error(JSON.stringify(rows.at(-1)));
    }
  }
  rmSync(c.dir, { recursive: true, force: true });
}
const cols = ['build', 'command', 'scale', 'docs', 'inputMb', 'statements', 'sec', 'mbPerSec', 'peakRssMb', 'statementsMb', 'exit'];
console.log(`| ${cols.join(' | ')} |\n| ${cols.map(() => '---').join(' | ')} |`);
for (const r of rows) console.log(`| ${cols.map((k) => r[k]).join(' | ')} |`);
console.log(JSON.stringify(rows));
