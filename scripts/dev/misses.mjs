#!/usr/bin/env node
// For each gold statement of the dev gold: the sentence, the gold triple, and what we extracted there.
// node scripts/dev/misses.mjs PRED.jsonl [doc-substring]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const GOLD = new URL('../../../shared/gold/dev/', import.meta.url).pathname;
const pred = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const only = process.argv[3];
const squash = (s) => String(s ?? '').replace(/[“”]/g, '"').replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
const norm = (s) => String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
const SIGN = { CRITICIZE: '-', ACCUSE: '-', WARN: '-', DEMAND: '-', REJECT: '-', PROTEST: '-', SANCTION: '-', SUPPORT: '+', COOPERATE: '+', MEET: '+', COMMENT: '0' };
for (const f of readdirSync(GOLD).filter((x) => x.endsWith('.json'))) {
  const g = JSON.parse(readFileSync(join(GOLD, f), 'utf8'));
  if (only && !g.doc.includes(only)) continue;
  const alias = new Map();
  for (const [id, e] of Object.entries(g.entities)) for (const n of [id, e.name, ...(e.aliases ?? [])]) if (!alias.has(norm(n))) alias.set(norm(n), id);
  const res = (n) => alias.get(norm(n)) ?? `?${n}`;
  const mine = pred.filter((p) => p.doc === g.doc);
  const usedPred = new Set();
  console.log(`\n===== ${g.doc}`);
  for (const s of g.statements) {
    const here = mine.filter((p) => squash(p.text).includes(squash(s.anchor)));
    const sent = here[0]?.text ?? '';
    const ok = (p) => res(p.actor.name) === s.actor && s.targets.includes(res(p.target.name)) && SIGN[p.type] === SIGN[s.type];
    const hit = here.some(ok);
    here.forEach((p) => usedPred.add(p));
    console.log(`${hit ? 'OK  ' : 'MISS'} ${s.actor} ${s.type} ${s.targets.join(',')}  «${s.anchor}»`);
    if (!hit) for (const p of here) console.log(`       we: ${res(p.actor.name)} ${p.type} ${res(p.target.name)} cue=${p.cue} [${p.evidence.rules.slice(0, 3).join(' ')}]`);
  }
  for (const p of mine) if (!usedPred.has(p) && p.type !== 'COMMENT') console.log(`EXTRA ${res(p.actor.name)} ${p.type} ${res(p.target.name)} cue=${p.cue} «${p.text.slice(0, 120)}»`);
}
