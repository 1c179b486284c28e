#!/usr/bin/env node
// npm run eval [-- --gold DIR] [-- --keep]
//
// The extractor's score on the dev gold, as a check:
//   1. build       npm run build (dist/ from the current source)
//   2. extract     stancegraph extract GOLD/texts -o out/eval/statements.jsonl
//   3. score       stancegraph eval --gold GOLD --pred out/eval/statements.jsonl (printed, and saved as JSON)
//   4. cross-check the same figures from the reference scorer (GOLD/../../eval/score.mjs), when it is there
//   5. names       no person, media or group name of the gold in src/ (scripts/check-names.mjs)
//   6. floor       fails when an F1 falls below eval/floor.json (for the gold named there)
//
// GOLD: --gold DIR, else $STANCEGRAPH_GOLD, else ../shared/gold/dev beside the repository.
// Exit 0 when every check passes, 1 otherwise (each failure named).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNames } from './check-names.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const floorFile = join(ROOT, 'eval', 'floor.json');
const floor = JSON.parse(readFileSync(floorFile, 'utf8'));
const gold = resolve(flag('--gold') ?? process.env.STANCEGRAPH_GOLD ?? join(ROOT, floor.gold));
const texts = join(gold, 'texts');
const outDir = join(ROOT, 'out', 'eval');
const pred = join(outDir, 'statements.jsonl');
const failures = [];
const step = (s) => console.log(`\n== ${s}`);

if (!existsSync(gold) || !existsSync(texts)) {
  console.error(`eval: no gold at ${gold} (with its texts/ folder). Put the shared folder beside the repository, or give --gold DIR.`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

step('build: npm run build');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });

step(`extract: stancegraph extract ${relative(ROOT, texts)} -o ${relative(ROOT, pred)}`);
const t0 = Date.now();
const ex = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'extract', texts, '-o', pred], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
if (ex.status !== 0) failures.push(`extract exited ${ex.status}`);
console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);

step(`score: stancegraph eval --gold ${relative(ROOT, gold)} --pred ${relative(ROOT, pred)}`);
const cli = (...args) => execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'eval', '--gold', gold, '--pred', pred, ...args], { cwd: ROOT, encoding: 'utf8' });
const text = cli();
const ours = JSON.parse(cli('--json'));
const lines = text.trimEnd().split('\n');
console.log(lines.slice(lines.indexOf('ALL')).join('\n'));
writeFileSync(join(outDir, 'score.json'), JSON.stringify(ours, null, 1));

const reference = join(gold, '..', '..', 'eval', 'score.mjs');
step('cross-check with the reference scorer');
if (existsSync(reference)) {
  // the reference scorer runs only when invoked by its real path
  const ref = JSON.parse(execFileSync(process.execPath, [realpathSync(reference), '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const same = JSON.stringify(ref.summary) === JSON.stringify(ours.summary) && JSON.stringify(ref.docs) === JSON.stringify(ours.docs);
  if (same) console.log(`same figures as ${relative(ROOT, reference)} on all ${Object.keys(ref.docs).length} documents and 4 views`);
  else failures.push(`stancegraph eval and ${reference} disagree (compare: stancegraph eval --json vs score.mjs --json)`);
} else {
  console.log(`no reference scorer at ${reference}: skipped`);
}

step('names: no person, media or group name of the gold in src/');
const { names, hits } = findNames(gold);
if (names.size < 5) failures.push(`only ${names.size} names in the gold: is ${gold} a gold folder?`);
else if (hits.length) failures.push(`names from the gold in the source (the rules must find them in the text):\n    ${hits.join('\n    ')}`);
else console.log(`none of the ${names.size} names is in src/`);

step(`floor: ${relative(ROOT, floorFile)}`);
if (realpathSync(gold) === realpathSync(resolve(ROOT, floor.gold))) {
  for (const [view, min] of Object.entries(floor.f1)) {
    const f1 = ours.summary[view].f1;
    const ok = f1 + 1e-9 >= min;
    console.log(`  ${view.padEnd(10)} F1 ${f1.toFixed(3)}  floor ${min.toFixed(3)}  ${ok ? 'ok' : 'BELOW'}`);
    if (!ok) failures.push(`${view} F1 ${f1.toFixed(3)} is below the floor ${min} (eval/floor.json)`);
  }
} else {
  console.log(`the floor is kept for ${floor.gold}; ${gold} is another gold: figures reported, no floor`);
}

if (failures.length) {
  console.error(`\neval: FAILED\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\neval: passed');
