#!/usr/bin/env node
// Precision of each statement rule on the dev gold: for every signed prediction, is its (actor, sign,
// target) edge in the gold of its document? node scripts/dev/rulestats.mjs PRED.jsonl
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const GOLD = new URL('../../../shared/gold/dev/', import.meta.url).pathname;
const norm = (s) => String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
const SIGN = { CRITICIZE: '-', ACCUSE: '-', WARN: '-', DEMAND: '-', REJECT: '-', PROTEST: '-', SANCTION: '-', SUPPORT: '+', COOPERATE: '+', MEET: '+', COMMENT: '0' };
const gold = new Map();
for (const f of readdirSync(GOLD).filter((x) => x.endsWith('.json'))) {
  const g = JSON.parse(readFileSync(join(GOLD, f), 'utf8'));
  const alias = new Map();
  for (const [id, e] of Object.entries(g.entities)) for (const n of [id, e.name, ...(e.aliases ?? [])]) if (!alias.has(norm(n))) alias.set(norm(n), id);
  const edges = new Set();
  for (const s of g.statements) for (const t of s.targets) if (SIGN[s.type] !== '0') edges.add(`${s.actor}|${SIGN[s.type]}|${t}`);
  gold.set(g.doc, { alias, edges });
}
const stats = new Map();
const bump = (k, ok) => { const v = stats.get(k) ?? [0, 0]; v[ok ? 0 : 1]++; stats.set(k, v); };
for (const l of readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
  const p = JSON.parse(l);
  if (SIGN[p.type] === '0') continue;
  const g = gold.get(p.doc); if (!g) continue;
  const r = (n) => g.alias.get(norm(n)) ?? `?${n}`;
  const ok = g.edges.has(`${r(p.actor.name)}|${SIGN[p.type]}|${r(p.target.name)}`);
  for (const rule of new Set(p.evidence.rules)) bump(rule, ok);
  if (process.argv[3] && !ok && (p.type === process.argv[3] || p.evidence.rules.includes(process.argv[3]))) console.log(`WRONG ${r(p.actor.name)} ${p.type} ${r(p.target.name)} cue=${p.cue} [${p.evidence.rules.join(' ')}] «${p.text.slice(0, 160)}»`);
  bump(`cue-class:${p.type}`, ok);
}
for (const [k, [ok, bad]] of [...stats].sort((a, b) => (b[1][0] + b[1][1]) - (a[1][0] + a[1][1]))) console.log(`${String(ok).padStart(4)} ok ${String(bad).padStart(4)} wrong  ${(ok / (ok + bad)).toFixed(2)}  ${k}`);
// With a second argument (a rule id or a type), lists that rule's wrong predictions.
