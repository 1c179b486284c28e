#!/usr/bin/env node
// No names in code: the source (src/**/*.ts) and data (src/data/*) must not contain the name or
// an alias of any person, media outlet or group of the gold annotations (organizations are left
// out: international bodies such as the UN are in the gazetteer src/data/international-bodies.json). The rules find
// people from the text, not from a list. Run by `npm run eval` (scripts/eval.mjs).
//
//   node scripts/check-names.mjs GOLD_DIR      exit 0 clean, 1 names found, 2 usage/gold problem
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

export function goldNames(goldDir) {
  const names = new Set();
  for (const g of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, g), 'utf8'));
    for (const e of Object.values(gold.entities ?? {})) {
      // organizations are left out: international bodies (the UN, the EU) are a gazetteer by design
      if (e.kind === 'person' || e.kind === 'media' || e.kind === 'group') {
        for (const n of [e.name, ...(e.aliases ?? [])]) if (n && n.includes(' ') && n.length > 6 && /[A-Z]/.test(n)) names.add(n);
      }
    }
  }
  return names;
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') || dirname(p) === join(SRC, 'data') ? [p] : [];
  });
}

export function findNames(goldDir) {
  const names = goldNames(goldDir);
  const hits = [];
  for (const f of sourceFiles(SRC)) {
    const text = readFileSync(f, 'utf8');
    for (const n of names) if (text.includes(n)) hits.push(`${relative(ROOT, f)}: ${n}`);
  }
  return { names, hits };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const gold = process.argv[2];
  if (!gold || !existsSync(gold) || !statSync(gold).isDirectory()) {
    console.error('usage: node scripts/check-names.mjs GOLD_DIR (a folder of gold *.json files)');
    process.exit(2);
  }
  const { names, hits } = findNames(gold);
  if (names.size < 5) {
    console.error(`check-names: only ${names.size} multi-word names in ${gold}: is this the gold folder?`);
    process.exit(2);
  }
  if (hits.length) {
    console.error(`check-names: names from the gold found in the source (the rules must find them in the text):\n  ${hits.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`check-names: none of the ${names.size} person/media/group names of the gold is in src/`);
}
