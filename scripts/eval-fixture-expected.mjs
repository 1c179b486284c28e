#!/usr/bin/env node
// Regenerates test/fixtures/eval/expected.json and expected.txt with the reference scorer
// (../shared/eval/score.mjs), which test/unit/commands/eval.test.ts compares `stancegraph eval` with.
// Run after changing the fixture: node scripts/eval-fixture-expected.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`reference scorer not found at ${scorer}`);
  process.exit(1);
}
const fixture = join(root, 'test', 'fixtures', 'eval');
const run = (...extra) => execFileSync('node', [realpathSync(scorer), '--gold', join(fixture, 'gold'), '--pred', join(fixture, 'pred.jsonl'), ...extra], { encoding: 'utf8' });
writeFileSync(join(fixture, 'expected.json'), run('--json'));
writeFileSync(join(fixture, 'expected.txt'), run('--show-errors'));
console.log(`wrote ${join(fixture, 'expected.json')} and expected.txt from ${scorer}`);
